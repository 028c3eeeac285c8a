/**
 * Browser side of the site tiles: the `pmtiles://` protocol for MapLibre, the vector source pointing
 * at an archive anywhere (any static host or object store that answers HTTP Range requests), and the
 * circle layers that draw it — aggregates sized by count at low zoom, single sites at high zoom.
 *
 * The layers tell aggregates from sites by the `count` property, never by zoom (see
 * `sites-schema.ts`), so they follow the archive whatever zooms it was built with.
 */
import { PMTILES_SCHEME } from './pmtiles-protocol.ts';
import type {
  CircleLayerSpecification,
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  VectorSourceSpecification,
} from 'maplibre-gl';
import { CORE_CLAUSE, filterClauses, industryClause, kindClause, regionClause, type FilterClause, type PlaceFilter } from '../state/filters.ts';
import { kindsOf } from '../state/layer-groups.ts';
import { AGGREGATE_COUNT, industryCountKey, kindCountKey, SITES_LAYER } from './sites-schema.ts';

export { PMTILES_SCHEME, registerPmtilesProtocol, type ProtocolHost } from './pmtiles-protocol.ts';
/** Default id of the source in the style. */
export const SITES_TILE_SOURCE = 'sites-tiles';
export const SITES_TILE_LAYER_IDS = {
  aggregate: 'sites-tiles-aggregate',
  site: 'sites-tiles-site',
} as const;
/**
 * `pmtiles://` + the archive's absolute URL. Relative URLs resolve against `base` (default: the
 * document's base URI), so a build served under any path finds an archive shipped beside it.
 */
export function pmtilesUrl(url: string, base?: string): string {
  if (url.startsWith(`${PMTILES_SCHEME}://`)) return url;
  const against = base ?? (typeof document !== 'undefined' ? document.baseURI : undefined);
  return `${PMTILES_SCHEME}://${new URL(url, against).href}`;
}

/**
 * The vector source for a sites archive at `url` (absolute, or relative to `base`/the page).
 * `promoteId: 'id'` lets feature-state (hover, selection) address sites by their slug.
 */
export function sitesTileSource(url: string, options: { base?: string; attribution?: string } = {}): VectorSourceSpecification {
  const source: VectorSourceSpecification = { type: 'vector', url: pmtilesUrl(url, options.base), promoteId: 'id' };
  if (options.attribution) source.attribution = options.attribution;
  return source;
}

/**
 * What to show: empty or missing lists mean "no restriction". Sites apply every clause (`clauses`:
 * the app's whole filter, core and tools'; without it, the clauses of the lists below); aggregates
 * can apply only what their cells count (industries, kinds): under any other clause (a region, a
 * catalogue level, a tool's) they are hidden — zoom in to the sites — rather than shown unfiltered.
 */
export interface SitesTileFilter {
  /** Industry codes; a site shows when it has any of them. */
  industries?: readonly string[];
  /** Kinds (`base`, `facility`, …); a site shows when its kind is listed. */
  kinds?: readonly string[];
  /** Region groups; a site shows when its `regionGroup` is listed. */
  regions?: readonly string[];
  /** Every clause of the filter (`filterClauses`); when given, the lists above only size aggregates. */
  clauses?: readonly FilterClause[];
}

/** The app's filter in the tiles' terms: every clause for the sites, the counted parts for the cells. */
export function sitesTileFilter(filter: PlaceFilter): SitesTileFilter {
  return { industries: filter.industries, kinds: kindsOf(filter.layers), clauses: filterClauses(filter) };
}

/** Clauses a cell's counts answer (`n_<code>`, `k_<kind>`). */
const COUNTED: ReadonlySet<string> = new Set([CORE_CLAUSE.industry, CORE_CLAUSE.layers]);

function clausesOf(filter: SitesTileFilter): FilterClause[] {
  if (filter.clauses) return [...filter.clauses];
  const parts = [filter.kinds?.length ? kindClause(filter.kinds) : null, industryClause(filter.industries ?? []), regionClause(filter.regions ?? [])];
  return parts.filter((c): c is FilterClause => c !== null);
}

const IS_AGGREGATE: ExpressionSpecification = ['has', AGGREGATE_COUNT];
const sum = (terms: ExpressionSpecification[]): ExpressionSpecification =>
  terms.length === 1 ? terms[0] : (['+', ...terms] as unknown as ExpressionSpecification);
const countOf = (key: string): ExpressionSpecification => ['coalesce', ['get', key], 0];

/** Filter of the site layer: individual sites passing every clause (the GeoJSON layers' own expressions). */
export function siteFilter(filter: SitesTileFilter = {}): FilterSpecification {
  return ['all', ['!', IS_AGGREGATE], ...clausesOf(filter).map((clause) => clause.expression)] as FilterSpecification;
}

/**
 * How many of an aggregate's sites match `filter`: `count` unfiltered; with industries, the sum of
 * their `n_<code>` (a site with two selected industries counts twice: an upper bound); with kinds, the
 * sum of `k_<kind>`; with both, the smaller of the two (cells keep no joint counts: also an upper bound).
 */
export function aggregateCount(filter: SitesTileFilter = {}): ExpressionSpecification {
  const byIndustry = filter.industries?.length ? sum(filter.industries.map((c) => countOf(industryCountKey(c)))) : null;
  const byKind = filter.kinds?.length ? sum(filter.kinds.map((k) => countOf(kindCountKey(k)))) : null;
  if (byIndustry && byKind) return ['min', byIndustry, byKind];
  return byIndustry ?? byKind ?? ['get', AGGREGATE_COUNT];
}

/** Filter of the aggregate layer: cells with at least one matching site. */
export function aggregateFilter(filter: SitesTileFilter = {}): FilterSpecification {
  if (clausesOf(filter).some((clause) => !COUNTED.has(clause.id))) return ['all', IS_AGGREGATE, false] as FilterSpecification;
  return ['all', IS_AGGREGATE, ['>', aggregateCount(filter), 0]] as FilterSpecification;
}

/** Aggregate radius in px from its (filtered) count: area ∝ count, 2.5 px for one site, 14 px from ~20k. */
export function aggregateRadius(filter: SitesTileFilter = {}): DataDrivenPropertyValueSpecification<number> {
  return ['interpolate', ['linear'], ['sqrt', aggregateCount(filter)], 0, 0, 1, 2.5, 10, 5, 40, 9, 150, 14];
}

const state = (key: 'selected' | 'hover'): ExpressionSpecification => ['boolean', ['feature-state', key], false];
const stateBonus: ExpressionSpecification = ['case', state('selected'), 3, state('hover'), 1.5, 0];

/** Industry code → colour (the app's `IndustryColours` scale is one). */
export type ColourOf = (code: string) => string;

/**
 * Aggregate colour under a filter. With no industry selected (or no `colourOf`): `colour`, which reads
 * the cell's `primaryIndustry`. With industries selected: the colour of the selected industry with the
 * most sites in the cell, so a cell is never painted in an industry that was filtered out.
 */
export function aggregateColour(
  colour: DataDrivenPropertyValueSpecification<string>,
  filter: SitesTileFilter = {},
  colourOf?: ColourOf,
): DataDrivenPropertyValueSpecification<string> {
  const codes = filter.industries ?? [];
  if (!colourOf || codes.length === 0) return colour;
  if (codes.length === 1) return colourOf(codes[0]);
  const n = (code: string) => countOf(industryCountKey(code));
  const branches = codes.slice(0, -1).flatMap((code) => [
    ['all', ...codes.filter((other) => other !== code).map((other) => ['>=', n(code), n(other)])],
    colourOf(code),
  ]);
  return ['case', ...branches, colourOf(codes[codes.length - 1])] as unknown as ExpressionSpecification;
}

export interface SitesTileLayerOptions {
  sourceId?: string;
  filter?: SitesTileFilter;
  /** Colours by industry code, so filtered aggregates take a selected industry's colour. */
  colourOf?: ColourOf;
}

/**
 * The two circle layers over the sites source, bottom to top: aggregates, then sites.
 * @param colour paint expression for a feature's colour (e.g. `industryColourExpression(scale)`)
 */
export function sitesTileLayers(colour: DataDrivenPropertyValueSpecification<string>, options: SitesTileLayerOptions = {}): CircleLayerSpecification[] {
  const source = options.sourceId ?? SITES_TILE_SOURCE;
  const filter = options.filter ?? {};
  return [
    {
      id: SITES_TILE_LAYER_IDS.aggregate,
      type: 'circle',
      source,
      'source-layer': SITES_LAYER,
      filter: aggregateFilter(filter),
      // Small circles over big ones.
      layout: { 'circle-sort-key': ['-', 0, aggregateCount(filter)] },
      paint: {
        'circle-radius': aggregateRadius(filter),
        'circle-color': aggregateColour(colour, filter, options.colourOf),
        'circle-opacity': 0.72,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 0.8,
        'circle-stroke-opacity': 0.9,
      },
    },
    {
      id: SITES_TILE_LAYER_IDS.site,
      type: 'circle',
      source,
      'source-layer': SITES_LAYER,
      filter: siteFilter(filter),
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, ['+', 1.6, stateBonus], 12, ['+', 3, stateBonus], 16, ['+', 6, stateBonus]],
        'circle-color': colour,
        'circle-stroke-color': ['case', state('selected'), '#111827', '#ffffff'],
        'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 9, 0.2, 13, 1],
      },
    },
  ];
}

/** The map calls {@link applySitesTileFilter} needs. */
export interface FilterableMap {
  setFilter(layerId: string, filter: FilterSpecification | null): unknown;
  setPaintProperty(layerId: string, name: string, value: unknown): unknown;
  setLayoutProperty(layerId: string, name: string, value: unknown): unknown;
}

/**
 * Re-filters the layers of {@link sitesTileLayers} in place (filters, aggregate sizes, order and,
 * given `colour` and `colourOf`, aggregate colours).
 */
export function applySitesTileFilter(
  map: FilterableMap,
  filter: SitesTileFilter,
  colours?: { colour: DataDrivenPropertyValueSpecification<string>; colourOf: ColourOf },
): void {
  map.setFilter(SITES_TILE_LAYER_IDS.site, siteFilter(filter));
  map.setFilter(SITES_TILE_LAYER_IDS.aggregate, aggregateFilter(filter));
  map.setPaintProperty(SITES_TILE_LAYER_IDS.aggregate, 'circle-radius', aggregateRadius(filter));
  if (colours) map.setPaintProperty(SITES_TILE_LAYER_IDS.aggregate, 'circle-color', aggregateColour(colours.colour, filter, colours.colourOf));
  map.setLayoutProperty(SITES_TILE_LAYER_IDS.aggregate, 'circle-sort-key', ['-', 0, aggregateCount(filter)]);
}
