/**
 * The place filter (industries, regions, layer groups) as one value, applied two ways from the same
 * definition: a predicate for the list and a MapLibre filter expression for the map.
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
 * A clause a tool adds to the place filter, given both ways by its owner so list and map stay one
 * definition: `predicate` over the place (the list), `expression` over its map feature's properties.
 * The core knows no tool: it only combines the clauses it is given.
 */
export interface FilterClause {
  /** The owner's id (one clause per id). */
  id: string;
  /** Receives the full places the list holds (the core's own parts read only kind, region, industries). */
  predicate(place: Place): boolean;
  expression: FilterSpecification;
  /** Called by "clear filters": the owner resets its own state (which drops or relaxes the clause). */
  clear?(): void;
}

export const NO_FILTER: PlaceFilter = { industries: [], regions: [], layers: LAYER_GROUP_IDS };

type FilterablePlace = Pick<Place, 'kind' | 'industries' | 'regionGroup' | 'catalog'>;

/**
 * The filter as a predicate (the list's side), with its sets built once: a national catalogue runs it
 * over tens of thousands of places per change.
 */
export function compileFilter(filter: PlaceFilter): (place: FilterablePlace) => boolean {
  const kinds = new Set<string>(kindsOf(filter.layers));
  const regions = filter.regions.length ? new Set<string>(filter.regions) : null;
  const industries = filter.industries.length ? new Set(filter.industries) : null;
  const levels = filter.zoneLevels?.length ? new Set(filter.zoneLevels) : null;
  const types = filter.zoneTypes?.length ? new Set(filter.zoneTypes) : null;
  const extra = compileExtra(filter);
  return (place) =>
    kinds.has(place.kind) &&
    (levels === null || !place.catalog || levels.has(place.catalog.level)) &&
    (types === null || !place.catalog || types.has(place.catalog.type)) &&
    (regions === null || (place.regionGroup !== null && regions.has(place.regionGroup))) &&
    (industries === null || place.industries.some((code) => industries.has(code))) &&
    (extra === null || extra(place));
}

/** The tools' clauses as one predicate, or null when there are none. */
export function compileExtra(filter: PlaceFilter): ((place: FilterablePlace) => boolean) | null {
  const clauses = filter.extra ?? [];
  if (clauses.length === 0) return null;
  // Clauses read fields beyond the core's three; the list always passes whole places.
  return (place) => clauses.every((clause) => clause.predicate(place as Place));
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
  const clauses: unknown[] = [['in', ['get', 'kind'], ['literal', kindsOf(filter.layers)]]];
  if (filter.regions.length) clauses.push(['in', ['get', 'regionGroup'], ['literal', [...filter.regions]]]);
  if (filter.industries.length)
    clauses.push(['any', ...filter.industries.map((code) => ['in', `|${code}|`, ['get', 'industries']])]);
  // Map features of places outside the catalogue carry '' for both.
  if (filter.zoneLevels?.length) clauses.push(['in', ['get', 'zoneLevel'], ['literal', ['', ...filter.zoneLevels]]]);
  if (filter.zoneTypes?.length) clauses.push(['in', ['get', 'zoneType'], ['literal', ['', ...filter.zoneTypes]]]);
  for (const clause of filter.extra ?? []) clauses.push(clause.expression);
  return ['all', ...clauses] as FilterSpecification;
}

/** Count of places per industry among places passing the rest of the filter (for the filter's badges). */
export function industryCounts(places: readonly Place[], filter: PlaceFilter): Map<string, number> {
  const counts = new Map<string, number>();
  const passes = compileFilter({ ...filter, industries: [] });
  for (const place of places) if (passes(place)) for (const code of place.industries) counts.set(code, (counts.get(code) ?? 0) + 1);
  return counts;
}
