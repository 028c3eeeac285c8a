/**
 * Footprints side by side at one scale, for planners: each footprint is projected to kilometres around
 * its own anchor (a local equirectangular projection, accurate to well under 1 % at these sizes), so
 * shapes drawn with the same km-per-pixel compare by true size wherever they are.
 */
import type { MultiPolygon, Polygon } from 'geojson';

export interface LocalShape {
  /** SVG path in km, y pointing down (north up), centred on the anchor. */
  path: string;
  /** Half-extents in km: the shape fits in [-halfWidth, halfWidth] × [-halfHeight, halfHeight]. */
  halfWidthKm: number;
  halfHeightKm: number;
  /** Planar area of the projected shape in km² (a check against the geodesic area). */
  areaKm2: number;
}

const KM_PER_DEGREE = 111.32;

/**
 * Projects a footprint to km around `anchor`.
 * @param anchor [lon, lat] the shape is centred on
 */
export function localShape(geometry: Polygon | MultiPolygon, anchor: readonly [number, number]): LocalShape {
  const kx = KM_PER_DEGREE * Math.cos((anchor[1] * Math.PI) / 180);
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let halfWidthKm = 0;
  let halfHeightKm = 0;
  let areaKm2 = 0;
  const parts: string[] = [];
  for (const polygon of polygons)
    polygon.forEach((ring, r) => {
      const points = ring.map(([lon, lat]) => [(lon - anchor[0]) * kx, -(lat - anchor[1]) * KM_PER_DEGREE]);
      for (const [x, y] of points) {
        halfWidthKm = Math.max(halfWidthKm, Math.abs(x));
        halfHeightKm = Math.max(halfHeightKm, Math.abs(y));
      }
      // Shoelace; holes (r > 0) subtract.
      let twice = 0;
      for (let i = 0; i < points.length - 1; i++) twice += points[i][0] * points[i + 1][1] - points[i + 1][0] * points[i][1];
      areaKm2 += (r === 0 ? 1 : -1) * Math.abs(twice / 2);
      parts.push(`M${points.map(([x, y]) => `${x.toFixed(3)},${y.toFixed(3)}`).join('L')}Z`);
    });
  return { path: parts.join(''), halfWidthKm, halfHeightKm, areaKm2 };
}

/** One scale for all shapes: pixels per km so the largest fits in `maxPx` (its larger half-extent × 2). */
export function commonScale(shapes: readonly LocalShape[], maxPx: number): number {
  const largest = Math.max(0, ...shapes.map((s) => 2 * Math.max(s.halfWidthKm, s.halfHeightKm)));
  return largest > 0 ? maxPx / largest : 1;
}
