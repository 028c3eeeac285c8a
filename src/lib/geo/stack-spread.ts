/**
 * Display positions for map points that share one coordinate (proxy points at a zone anchor, many
 * catalogue zones at one county seat). Stacked points cannot be told apart or clicked, so the map
 * draws each group on a sunflower (Vogel) spiral around the shared coordinate: the first point sits
 * on a ring of `minRadiusM`, later ones spiral outwards at a constant density. Only the drawn
 * position moves; the place's anchor (its evidence) stays the shared coordinate.
 *
 * Deterministic and order-independent: points are grouped by their exact coordinate and placed in
 * the order of their ids, so the same set gives the same layout whatever order it arrives in.
 * Linear in the number of points (one Map pass, one sort per group).
 */

export interface StackInput {
  id: string;
  /** [lon, lat] of the evidence coordinate. */
  coordinates: readonly [number, number] | readonly number[];
}

export interface StackPlacement {
  /** Where to draw the point ([lon, lat]); equals the input when the point is alone. */
  display: [number, number];
  /** True when the point was moved off a shared coordinate. */
  spread: boolean;
  /** How many points share the coordinate (1 when alone). */
  stackSize: number;
}

export interface SpreadOptions {
  /** Distance of the first ring from the shared coordinate, in metres. */
  minRadiusM?: number;
  /** Distance between neighbouring points on the spiral, in metres. */
  spacingM?: number;
}

/** 350 m ring and 350 m spacing: two dozen points fit within ~1.2 km, apart at city zoom (~12). */
export const DEFAULT_MIN_RADIUS_M = 350;
export const DEFAULT_SPACING_M = 350;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const METRES_PER_DEGREE_LAT = 111_320;

/** Exact-coordinate key; inputs that differ in the 7th decimal (~1 cm) are different sites. */
function key(lon: number, lat: number): string {
  return `${lon.toFixed(7)},${lat.toFixed(7)}`;
}

/**
 * Spreads every group of points that share a coordinate.
 * @returns placements by id (every input id is present)
 */
export function spreadStackedPoints(points: readonly StackInput[], options: SpreadOptions = {}): Map<string, StackPlacement> {
  const minRadius = options.minRadiusM ?? DEFAULT_MIN_RADIUS_M;
  const spacing = options.spacingM ?? DEFAULT_SPACING_M;
  const groups = new Map<string, StackInput[]>();
  for (const p of points) {
    const k = key(p.coordinates[0], p.coordinates[1]);
    const group = groups.get(k);
    if (group) group.push(p);
    else groups.set(k, [p]);
  }
  const out = new Map<string, StackPlacement>();
  for (const group of groups.values()) {
    const [lon, lat] = [group[0].coordinates[0], group[0].coordinates[1]];
    if (group.length === 1) {
      out.set(group[0].id, { display: [lon, lat], spread: false, stackSize: 1 });
      continue;
    }
    group.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const metresPerDegreeLon = METRES_PER_DEGREE_LAT * Math.cos((lat * Math.PI) / 180);
    group.forEach((p, i) => {
      // Vogel spiral: area per point is constant, so r grows with √i; the offset keeps i = 0 off the centre.
      const r = minRadius + spacing * Math.sqrt(i) * 0.9;
      const theta = i * GOLDEN_ANGLE;
      const dx = r * Math.sin(theta);
      const dy = r * Math.cos(theta);
      out.set(p.id, {
        display: [round(lon + dx / metresPerDegreeLon), round(lat + dy / METRES_PER_DEGREE_LAT)],
        spread: true,
        stackSize: group.length,
      });
    });
  }
  return out;
}

/** 1e-7° (~1 cm): stable output bytes without pretending to more precision. */
function round(v: number): number {
  return Math.round(v * 1e7) / 1e7;
}
