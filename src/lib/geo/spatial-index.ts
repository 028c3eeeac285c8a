/**
 * Nearest reference points for the atlas, in plain TypeScript (browser and Node alike):
 * {@link PointIndex} answers "which reference points are nearest to this position?" — a KDBush tree
 * searched geodesically by `geokdbush`, distances recomputed with the haversine formula and Turf's
 * mean Earth radius so they equal `turf.distance`. Coordinates are GeoJSON `[lon, lat]` in degrees.
 * (The zone R-tree the spatial bench measures lives with the bench, scripts/bench/zone-index.ts: the
 * app never asks which zone contains a position.)
 */
import KDBush from 'kdbush';
import { around } from 'geokdbush';

/** Mean Earth radius in km (IUGG), the one `turf.distance` uses. */
export const EARTH_RADIUS_KM = 6371.0088;
/** The radius `geokdbush` uses internally (only its search bound depends on it, not the ranking). */
const GEOKDBUSH_RADIUS_KM = 6371;
const RAD = Math.PI / 180;

/**
 * Great-circle distance in km between two positions (haversine, {@link EARTH_RADIUS_KM}); the same
 * formula and radius as `turf.distance(a, b, { units: 'kilometers' })`.
 */
export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const sinLat = Math.sin(dLat / 2);
  const sinLon = Math.sin(dLon / 2);
  const a = sinLat * sinLat + sinLon * sinLon * Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD);
  return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a)) * EARTH_RADIUS_KM;
}

// ---------------------------------------------------------------------------------------------
// Reference points

/** A point to index for nearest-neighbour search (e.g. an airport, seaport or railway station). */
export interface IndexedPoint {
  id: string;
  lon: number;
  lat: number;
}

/** One result of a nearest search: the point's id, its index in the input, and the distance. */
export interface NearestPoint {
  id: string;
  /** Position of the point in the array the index was built from. */
  index: number;
  /** Great-circle distance in km (haversine, {@link EARTH_RADIUS_KM}). */
  distanceKm: number;
}

/**
 * A static index of reference points answering "which points are nearest to this position?" by
 * great-circle distance (correct across the whole globe, not a planar approximation).
 */
export class PointIndex {
  /** The indexed points, in the order given. */
  readonly points: readonly IndexedPoint[];
  private readonly tree: KDBush | null;

  constructor(points: readonly IndexedPoint[]) {
    this.points = points;
    if (points.length === 0) {
      this.tree = null;
      return;
    }
    const tree = new KDBush(points.length, 32, Float64Array);
    for (const point of points) tree.add(point.lon, point.lat);
    this.tree = tree.finish();
  }

  /** Number of points indexed. */
  get size(): number {
    return this.points.length;
  }

  /**
   * The `k` nearest points to a position, nearest first.
   * @param k how many to return (fewer when fewer qualify)
   * @param maxKm only points at most this far (km)
   * @param accept optional filter on the point's index in {@link points} (e.g. by kind)
   */
  nearest(lon: number, lat: number, k = 1, maxKm = Infinity, accept?: (index: number) => boolean): NearestPoint[] {
    if (this.tree === null || !(k > 0)) return [];
    // geokdbush ranks by the haversine term, which does not depend on the radius; only its distance
    // bound does, so convert ours to its radius (with a hair of slack) and re-check exactly below.
    // Beyond half the circumference every point qualifies (and the haversine bound would wrap).
    const bound = maxKm < Math.PI * EARTH_RADIUS_KM ? (maxKm * GEOKDBUSH_RADIUS_KM) / EARTH_RADIUS_KM + 1e-9 : undefined;
    const found = around(this.tree, lon, lat, k, bound, accept);
    const out: NearestPoint[] = [];
    for (const index of found) {
      const point = this.points[index];
      const distanceKm = haversineKm(lon, lat, point.lon, point.lat);
      if (distanceKm <= maxKm) out.push({ id: point.id, index, distanceKm });
    }
    // The two formulas can disagree in the last bits for near-ties: keep the output monotonic.
    out.sort((a, b) => a.distanceKm - b.distanceKm);
    return out;
  }
}
