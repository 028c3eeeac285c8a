/**
 * Measuring on the map: a polyline's geodesic length (WGS84, by GeographicLib's inverse problem) and
 * a polygon's ellipsoidal area. The solver is passed in, so the browser can load GeographicLib lazily.
 */
import type { Polygon, Position } from 'geojson';
import { ellipsoidalAreaKm2 } from '../geo/ellipsoid.ts';

/** The part of GeographicLib's `Geodesic` the planner uses. */
export interface GeodesicSolver {
  Inverse(lat1: number, lon1: number, lat2: number, lon2: number): { s12?: number };
}

export type MeasureKind = 'distance' | 'area';

/** Geodesic length of a polyline in km (each leg is the shortest path on the ellipsoid). */
export function pathLengthKm(geodesic: GeodesicSolver, points: readonly Position[]): number {
  let metres = 0;
  for (let i = 1; i < points.length; i++) metres += geodesic.Inverse(points[i - 1][1], points[i - 1][0], points[i][1], points[i][0]).s12 ?? 0;
  return metres / 1000;
}

/** The polygon of a measured area (closed ring), or null with fewer than three points. */
export function measuredPolygon(points: readonly Position[]): Polygon | null {
  if (points.length < 3) return null;
  return { type: 'Polygon', coordinates: [[...points.map((p) => [p[0], p[1]]), [points[0][0], points[0][1]]]] };
}

/** Area of the measured polygon in km² (WGS84), 0 with fewer than three points. */
export function measuredAreaKm2(points: readonly Position[]): number {
  const polygon = measuredPolygon(points);
  return polygon ? ellipsoidalAreaKm2(polygon) : 0;
}

let solver: Promise<GeodesicSolver> | null = null;
/** GeographicLib's WGS84 geodesic, loaded on first use (a separate chunk of about 32 kB). */
export function loadGeodesic(): Promise<GeodesicSolver> {
  solver ??= import('geographiclib-geodesic').then((module) => {
    // A CommonJS module: bundled, its exports arrive as the default export.
    return (module.default ?? module).Geodesic.WGS84;
  });
  return solver;
}
