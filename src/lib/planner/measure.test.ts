import { Geodesic } from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { loadGeodesic, measuredAreaKm2, measuredPolygon, pathLengthKm } from './measure.ts';

const geodesic = Geodesic.WGS84;

describe('measure', () => {
  // Hand-checkable WGS84 figures: a·π/180 along the equator; the meridian arc from the equator to 1°N
  // (110.574 km) and to the pole (10,001.966 km, the quarter meridian).
  it('a degree of the equator is 111.3195 km, of the meridian at the equator 110.574 km', () => {
    expect(pathLengthKm(geodesic, [[0, 0], [1, 0]])).toBeCloseTo((6378137 * Math.PI) / 180 / 1000, 4);
    expect(pathLengthKm(geodesic, [[0, 0], [0, 1]])).toBeCloseTo(110.574, 3);
    expect(pathLengthKm(geodesic, [[0, 0], [0, 45], [0, 90]])).toBeCloseTo(10001.966, 3);
  });

  it('adds the legs of a polyline, and a single point has no length', () => {
    const legs = pathLengthKm(geodesic, [[108.35, 21.69], [108.6, 21.69]]) + pathLengthKm(geodesic, [[108.6, 21.69], [108.6, 21.9]]);
    expect(pathLengthKm(geodesic, [[108.35, 21.69], [108.6, 21.69], [108.6, 21.9]])).toBeCloseTo(legs, 9);
    expect(pathLengthKm(geodesic, [[108.35, 21.69]])).toBe(0);
  });

  it('the area of a clicked polygon is its ellipsoidal area; under three points there is none', () => {
    // 0.1° × 0.1° at the equator: 11.13195 km × 11.0574 km ≈ 123.09 km².
    expect(measuredAreaKm2([[0, 0], [0.1, 0], [0.1, 0.1], [0, 0.1]])).toBeCloseTo(123.09, 1);
    expect(measuredPolygon([[0, 0], [1, 1]])).toBeNull();
    expect(measuredAreaKm2([[0, 0], [1, 1]])).toBe(0);
  });

  it('loads GeographicLib once', async () => {
    const a = await loadGeodesic();
    expect(a).toBe(await loadGeodesic());
    expect(pathLengthKm(a, [[0, 0], [1, 0]])).toBeCloseTo(111.3195, 4);
  });
});
