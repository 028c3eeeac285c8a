/**
 * The contract between the tile pipeline (`scripts/tiles/build-pmtiles.ts`) and the map
 * (`pmtiles-source.ts`): the vector layer's name and the flat properties its features carry.
 *
 * Two sorts of feature share the one `sites` layer:
 * - a **site**: one place, with {@link SiteTileProperties} (no `count`);
 * - an **aggregate**: one grid cell summarising many sites, with {@link AggregateTileProperties}
 *   (always has `count`). Low zooms carry only aggregates; a high-zoom tile that would be too big
 *   also falls back to aggregates, so layers tell the two apart by `["has", "count"]`, never by zoom.
 */

/** Name of the one vector layer in the archive. */
export const SITES_LAYER = 'sites';

/** Property present on (and only on) aggregates: the number of sites in the cell. */
export const AGGREGATE_COUNT = 'count';

/** Aggregate property counting the cell's sites that have industry `code`. */
export const industryCountKey = (code: string): string => `n_${code}`;
/** Aggregate property counting the cell's sites of kind `kind`. */
export const kindCountKey = (kind: string): string => `k_${kind}`;

/** `['a','b']` → `|a|b|`, so `["in", "|a|", ["get", "industries"]]` tests membership. */
export function encodeIndustries(codes: readonly string[]): string {
  return codes.length === 0 ? '' : `|${codes.join('|')}|`;
}

/** Inverse of {@link encodeIndustries}. */
export function decodeIndustries(value: string): string[] {
  return value.split('|').filter((s) => s !== '');
}

/** Flat properties of an individual site in the tiles (what MapLibre filters and paints read). */
export interface SiteTileProperties {
  id: string;
  kind: string;
  /** `|code|code|` (see {@link encodeIndustries}), or '' */
  industries: string;
  /** First industry code, or '' */
  primaryIndustry: string;
  nameZh: string;
  nameEn: string;
  geometryKind: string;
  /** guangxi | fujian | hebei when the pipeline knows it (absent: the site matches no region filter). */
  regionGroup?: string;
  /** Catalogue zones: approval level and zone type (absent: not a catalogue zone, passes those filters). */
  zoneLevel?: string;
  zoneType?: string;
  /**
   * Any other flat property of the input (a number, string or boolean: `dSeaport`, …) under its own
   * name, so a filter clause reading it applies to tiled sites as to the GeoJSON layers.
   */
  [property: string]: string | number | boolean | undefined;
}

/** Properties of an aggregate (grid cell); `n_<code>` / `k_<kind>` appear only when non-zero. */
export interface AggregateTileProperties {
  count: number;
  /** Every industry present in the cell, `|code|code|`, so the site filter also works on aggregates. */
  industries: string;
  /** The cell's most common industry (ties: taxonomy/input order), so the site colour expression applies. */
  primaryIndustry: string;
  [countKey: `n_${string}` | `k_${string}`]: number;
}

/** The archive's own metadata block under `medpark` (besides the TileJSON-like fields). */
export interface SitesArchiveInfo {
  /** Zooms ≤ this carry only aggregates. */
  aggregateMaxZoom: number;
  /** Grid cells per tile side used for aggregates. */
  aggregateGrid: number;
  /** Industry codes seen, in first-seen order (the `n_<code>` properties). */
  industries: string[];
  /** Kinds seen (the `k_<kind>` properties). */
  kinds: string[];
  /** Point features tiled. */
  features: number;
  /** Tiles above `aggregateMaxZoom` that were too big and hold aggregates instead of sites. */
  oversizeTilesAggregated: number;
}
