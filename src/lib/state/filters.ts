/**
 * The place filter as clauses. Every part of it — the core's industries, regions, layer groups and
 * catalogue level/type, and any tool's clause — is one `FilterClause`: a predicate over the place
 * (the list) and a MapLibre expression over its map feature (every layer, GeoJSON or tiles), given
 * side by side so list and map agree by construction. Expressions are total over features that lack
 * a property (tiled sites carry what their archive has): such a feature fails or passes exactly as a
 * place without that field does.
 */
import type { FilterSpecification } from 'maplibre-gl';
import type { Place, RegionGroup } from '../data/types.ts';
import { kindsOf, LAYER_GROUP_IDS, type LayerGroupId } from './layer-groups.ts';

export interface PlaceFilter {
  /** Industry codes; a place matches when it has any of them. Empty: no industry filter. */
  industries: readonly string[];
  /** Region groups; empty: all regions. */
  regions: readonly RegionGroup[];
  /** Layer groups shown. */
  layers: readonly LayerGroupId[];
  /** Catalogue zones: approval levels kept (empty or absent: all); places outside the catalogue pass. */
  zoneLevels?: readonly string[];
  /** Catalogue zones: zone types kept (empty or absent: all); places outside the catalogue pass. */
  zoneTypes?: readonly string[];
  /** Clauses tools add (e.g. "within 50 km of a seaport"); a place must pass all of them. */
  extra?: readonly FilterClause[];
}

/**
 * One part of the place filter, given both ways by its owner so list and map stay one definition:
 * `predicate` over the place (the list), `expression` over its map feature's properties (every layer).
 * The core knows no tool: it only combines the clauses it is given.
 */
export interface FilterClause {
  /** The owner's id (one clause per id). */
  id: string;
  /** Receives the full places the list holds. */
  predicate(place: Place): boolean;
  expression: FilterSpecification;
  /** Called by "clear filters": the owner resets its own state (which drops or relaxes the clause). */
  clear?(): void;
}

export const NO_FILTER: PlaceFilter = { industries: [], regions: [], layers: LAYER_GROUP_IDS };

/** The core clauses' ids (tiles count some of them per cell, see `pmtiles-source.ts`). */
export const CORE_CLAUSE = { layers: 'layers', industry: 'industry', region: 'region', zoneLevel: 'zone-level', zoneType: 'zone-type' } as const;

type FilterablePlace = Pick<Place, 'kind' | 'industries' | 'regionGroup' | 'catalog'>;
/** A clause's property read as a string, '' when the feature has none. */
const text = (property: string) => ['coalesce', ['get', property], ''];

/** Places of these kinds (what the shown layer groups hold). */
export function kindClause(kinds: readonly string[]): FilterClause {
  const set = new Set<string>(kinds);
  return { id: CORE_CLAUSE.layers, predicate: (p) => set.has(p.kind), expression: ['in', text('kind'), ['literal', [...kinds]]] as FilterSpecification };
}

/** Layer groups shown: the kinds they hold. */
export const layerClause = (layers: readonly LayerGroupId[]): FilterClause => kindClause(kindsOf(layers));

/** Places with any of `codes` (features carry `|a|b|`); null when there is no industry filter. */
export function industryClause(codes: readonly string[]): FilterClause | null {
  if (!codes.length) return null;
  const set = new Set(codes);
  return {
    id: CORE_CLAUSE.industry,
    predicate: (p) => p.industries.some((code) => set.has(code)),
    expression: ['any', ...codes.map((code) => ['in', `|${code}|`, text('industries')])] as FilterSpecification,
  };
}

/** Places of these region groups (a place with none fails); null when there is no region filter. */
export function regionClause(regions: readonly RegionGroup[]): FilterClause | null {
  if (!regions.length) return null;
  const set = new Set<string>(regions);
  return { id: CORE_CLAUSE.region, predicate: (p) => p.regionGroup !== null && set.has(p.regionGroup), expression: ['in', text('regionGroup'), ['literal', [...regions]]] as FilterSpecification };
}

/** Catalogue zones of these values of one catalogue field; places outside the catalogue (feature value '') pass. */
function catalogClause(id: string, field: 'level' | 'type', property: string, values: readonly string[] | undefined): FilterClause | null {
  if (!values?.length) return null;
  const set = new Set(values);
  return { id, predicate: (p) => !p.catalog || set.has(p.catalog[field]), expression: ['in', text(property), ['literal', ['', ...values]]] as FilterSpecification };
}

/** Every clause of the filter: the core's (those that restrict anything) and the tools'. */
export function filterClauses(filter: PlaceFilter): FilterClause[] {
  const core = [
    layerClause(filter.layers),
    regionClause(filter.regions),
    industryClause(filter.industries),
    catalogClause(CORE_CLAUSE.zoneLevel, 'level', 'zoneLevel', filter.zoneLevels),
    catalogClause(CORE_CLAUSE.zoneType, 'type', 'zoneType', filter.zoneTypes),
  ];
  return [...core.filter((c): c is FilterClause => c !== null), ...(filter.extra ?? [])];
}

/**
 * The filter as one predicate (the list's side; also what a clustered source's data must pass, so its
 * counts equal the list). Each clause builds its sets once: a national catalogue runs this over tens
 * of thousands of places per change.
 */
export function compileFilter(filter: PlaceFilter): (place: FilterablePlace) => boolean {
  const predicates = filterClauses(filter).map((clause) => clause.predicate);
  // Clauses may read any field; the list always passes whole places.
  return (place) => predicates.every((passes) => passes(place as Place));
}

/** Whether a place passes the filter. */
export function matchesFilter(place: FilterablePlace, filter: PlaceFilter): boolean {
  return compileFilter(filter)(place);
}

/**
 * The same filter as a MapLibre expression over map feature properties (the map's side); applied
 * with setFilter, never by rebuilding sources.
 */
export function filterExpression(filter: PlaceFilter): FilterSpecification {
  return ['all', ...filterClauses(filter).map((clause) => clause.expression)] as FilterSpecification;
}

/** Count of places per industry among places passing the rest of the filter (for the filter's badges). */
export function industryCounts(places: readonly FilterablePlace[], filter: PlaceFilter): Map<string, number> {
  const counts = new Map<string, number>();
  const passes = compileFilter({ ...filter, industries: [] });
  for (const place of places) if (passes(place)) for (const code of place.industries) counts.set(code, (counts.get(code) ?? 0) + 1);
  return counts;
}
