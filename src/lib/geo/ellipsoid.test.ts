import { Geodesic } from 'geographiclib-geodesic';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { AUTHALIC_RADIUS_M, ellipsoidalAreaKm2, ringAreaM2 } from './ellipsoid.ts';
import { schematicFootprint } from './footprint.ts';

/** GeographicLib's PolygonArea on WGS84, km², for one ring: the independent reference. */
function geographicLibKm2(ring: Position[]): number {
  const polygon = Geodesic.WGS84.Polygon(false);
  for (const [lon, lat] of ring.slice(0, -1)) polygon.AddPoint(lat, lon);
  return Math.abs(polygon.Compute(false, true).area ?? NaN) / 1e6;
}

/** An irregular ring (not a circle: corners and a notch) around a centre, sizes in degrees. */
function irregularRing([lon, lat]: [number, number], size: number): Position[] {
  const shape = [[-1, -0.6], [0.8, -0.9], [1.2, 0.1], [0.3, 0.2], [0.5, 1], [-0.9, 0.7]];
  const ring = shape.map(([x, y]) => [lon + x * size, lat + y * size]);
  return [...ring, ring[0]];
}

const relative = (a: number, b: number) => Math.abs(a - b) / b;

describe('ellipsoidal areas (WGS84)', () => {
  it('the authalic radius is 6,371,007.2 m (Snyder, table 1)', () => {
    expect(AUTHALIC_RADIUS_M).toBeCloseTo(6371007.2, 0);
  });

  it.each([21.6868, 26, 38, 45])('agree with GeographicLib within 0.1 %% (in fact 1e-5) at %f°N', (lat) => {
    for (const km2 of [0.5, 53.7, 900]) {
      const circle = schematicFootprint([110, lat], km2);
      expect(relative(ellipsoidalAreaKm2(circle), geographicLibKm2(circle.coordinates[0]))).toBeLessThan(1e-5);
    }
    const ring = irregularRing([110, lat], 0.1);
    expect(relative(ellipsoidalAreaKm2({ type: 'Polygon', coordinates: [ring] }), geographicLibKm2(ring))).toBeLessThan(1e-5);
  });

  it('a hole subtracts and the ring orientation does not matter', () => {
    const outer = irregularRing([108.35, 21.69], 0.2);
    const hole = irregularRing([108.36, 21.7], 0.05).reverse();
    const polygon: Polygon = { type: 'Polygon', coordinates: [outer, hole] };
    const expected = geographicLibKm2(outer) - geographicLibKm2(hole);
    expect(relative(ellipsoidalAreaKm2(polygon), expected)).toBeLessThan(1e-5);
    expect(relative(ellipsoidalAreaKm2({ type: 'Polygon', coordinates: [[...outer].reverse()] }), geographicLibKm2(outer))).toBeLessThan(1e-5);
  });

  it('the parts of a multipolygon add', () => {
    const a = irregularRing([114.5, 38], 0.1);
    const b = irregularRing([118, 26], 0.08);
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [[a], [b]] };
    expect(relative(ellipsoidalAreaKm2(multi), geographicLibKm2(a) + geographicLibKm2(b))).toBeLessThan(1e-5);
  });

  it('a 1° × 1° cell at the equator is 12,308.8 km² (GeographicLib: 12,308.778 km²)', () => {
    const cell = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    expect(relative(ellipsoidalAreaKm2({ type: 'Polygon', coordinates: [cell] }), geographicLibKm2(cell))).toBeLessThan(1e-5);
    expect(Math.abs(ringAreaM2([[0, 0], [1, 0]]))).toBe(0);
  });

  it('edges crossing the antimeridian take the short way', () => {
    const ring = [[179.9, 10], [-179.9, 10], [-179.9, 10.2], [179.9, 10.2], [179.9, 10]];
    const shifted = ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]);
    expect(relative(ellipsoidalAreaKm2({ type: 'Polygon', coordinates: [ring] }), geographicLibKm2(shifted))).toBeLessThan(1e-5);
  });
});
