/**
 * Schematic equal-area footprints: a circle whose WGS84 ellipsoidal area equals a declared area. The shape says
 * nothing about where the boundary is; only its area is true.
 */
import { circle } from '@turf/turf';
import { ellipsoidalAreaKm2 } from './ellipsoid.ts';
import type { Polygon } from 'geojson';

/** Vertices of a schematic footprint ring (enough to look round, few enough to stay small). */
export const FOOTPRINT_STEPS = 64;

/**
 * A circle polygon centred on `center` whose ellipsoidal area equals `areaKm2` within 1e-6 relative
 * (before rounding coordinates to 6 decimals).
 * @param center [lon, lat]
 * @param areaKm2 declared area in km²
 * @returns the polygon, coordinates rounded to 6 decimals (≈0.1 m)
 */
export function schematicFootprint(center: [number, number], areaKm2: number, steps = FOOTPRINT_STEPS): Polygon {
  if (!(areaKm2 > 0)) throw new Error(`declared area must be positive, got ${areaKm2}`);
  // A regular polygon inscribed in a circle of radius r has area n/2·r²·sin(2π/n); solve for r, then
  // correct against the ellipsoidal measure (Turf draws on a sphere; the ellipsoid differs by ~0.3 %).
  let radiusKm = Math.sqrt((2 * areaKm2) / (steps * Math.sin((2 * Math.PI) / steps)));
  let polygon = ring(center, radiusKm, steps);
  for (let i = 0; i < 3; i++) {
    const measured = ellipsoidalAreaKm2(polygon);
    radiusKm *= Math.sqrt(areaKm2 / measured);
    polygon = ring(center, radiusKm, steps);
  }
  return polygon;
}

function ring(center: [number, number], radiusKm: number, steps: number): Polygon {
  const geometry = circle(center, radiusKm, { steps, units: 'kilometers' }).geometry;
  const coordinates = geometry.coordinates[0].map(([x, y]) => [round6(x), round6(y)]);
  // Rounding must not open the ring.
  coordinates[coordinates.length - 1] = [...coordinates[0]];
  return { type: 'Polygon', coordinates: [coordinates] };
}

function round6(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
