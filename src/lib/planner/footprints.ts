/**
 * A footprint the planner can compare and overlay, whatever it came from: a place of the atlas, a
 * polygon drawn with the measure tool, or a feature of an imported file. Areas are WGS84 ellipsoidal.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { LocalizedText } from '../data/types.ts';
import { areaUnits, deltaPercent } from '../geo/area.ts';
import { ellipsoidalAreaKm2 } from '../geo/ellipsoid.ts';

export type FootprintOrigin = 'atlas' | 'drawn' | 'imported';

export interface PlannerFootprint {
  /** A place id (atlas), `drawn-<n>` or `import-<layer>-<index>`. */
  key: string;
  origin: FootprintOrigin;
  name: LocalizedText;
  geometry: Polygon | MultiPolygon;
  /** The declared (planned) area, for atlas places that state one. */
  declaredKm2: number | null;
  /** What the geometry is (a geometry-kind label for atlas places; "drawn" / "imported" otherwise). */
  kind: LocalizedText;
}

/** The most footprints one comparison holds (the table and the side-by-side shapes stay readable). */
export const MAX_COMPARE = 8;

export interface CompareRow {
  footprint: PlannerFootprint;
  declaredKm2: number | null;
  computedKm2: number;
  deltaPercent: number | null;
  ha: number;
  mu: number;
  /** Computed area ÷ the first row's: "A is 2.0× B". */
  ratioToFirst: number;
}

/** The comparison table: one row per footprint, in the order they were added. */
export function compareRows(footprints: readonly PlannerFootprint[]): CompareRow[] {
  const rows = footprints.slice(0, MAX_COMPARE).map((footprint) => {
    const computedKm2 = ellipsoidalAreaKm2(footprint.geometry);
    const { ha, mu } = areaUnits(computedKm2);
    return { footprint, declaredKm2: footprint.declaredKm2, computedKm2, deltaPercent: deltaPercent(computedKm2, footprint.declaredKm2), ha, mu, ratioToFirst: 1 };
  });
  const first = rows[0]?.computedKm2 ?? 0;
  for (const row of rows) row.ratioToFirst = first > 0 ? row.computedKm2 / first : 0;
  return rows;
}

/** "A is 2.0× B" in either language; ratios under 1 read as "0.52×". */
export function ratioText(a: string, b: string, ratio: number, lang: 'zh' | 'en'): string {
  const r = ratio >= 10 ? ratio.toFixed(0) : ratio >= 1 ? ratio.toFixed(1) : ratio.toFixed(2);
  return lang === 'zh' ? `${a} 是 ${b} 的 ${r} 倍` : `${a} is ${r}× ${b}`;
}

/** Adds a key to a comparison (no duplicates, at most {@link MAX_COMPARE}); returns the new list. */
export function withKey(keys: readonly string[], key: string): string[] {
  if (keys.includes(key) || keys.length >= MAX_COMPARE) return [...keys];
  return [...keys, key];
}

/** Mean of the outer-ring vertices of the largest part: where a ghost is held. */
export function footprintCentre(geometry: Polygon | MultiPolygon): [number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best = polygons[0][0];
  let bestArea = -1;
  for (const polygon of polygons) {
    const a = ellipsoidalAreaKm2({ type: 'Polygon', coordinates: [polygon[0]] });
    if (a > bestArea) [best, bestArea] = [polygon[0], a];
  }
  const ring = best.slice(0, -1);
  const lon = ring.reduce((s, p) => s + p[0], 0) / ring.length;
  const lat = ring.reduce((s, p) => s + p[1], 0) / ring.length;
  return [lon, lat];
}
