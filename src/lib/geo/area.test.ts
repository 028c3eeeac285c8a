import { Geodesic } from 'geographiclib-geodesic';
import { describe, expect, it } from 'vitest';
import { computeArea, declaredAreaKm2, toKm2 } from './area.ts';
import { schematicFootprint } from './footprint.ts';
import type { Figure } from '../data/types.ts';

/** Ellipsoidal (WGS84) area of a polygon ring, in km², by GeographicLib: an independent measure. */
function geodesicAreaKm2(ring: number[][]): number {
  const polygon = Geodesic.WGS84.Polygon(false);
  for (const [lon, lat] of ring.slice(0, -1)) polygon.AddPoint(lat, lon);
  return Math.abs(polygon.Compute(false, true).area ?? NaN) / 1e6;
}

const figure = (value: number, unit: Figure['unit']): Figure => ({
  kind: 'area',
  metric: 'planned-area',
  label: { zh: '规划面积', en: 'Planned area' },
  value,
  unit,
  scope: { zh: '测试', en: 'test' },
  basis: 'planned',
  source: { estimate: 'test', estimateZh: '测试' },
});

describe('areas', () => {
  it('toKm2 converts ha, mu and m² (1 km² = 100 ha = 1,500 mu)', () => {
    expect(toKm2(2798.65, 'ha')).toBeCloseTo(27.9865, 10);
    expect(toKm2(28000, 'mu')).toBeCloseTo(18.6667, 4);
    expect(toKm2(150000, 'm2')).toBeCloseTo(0.15, 10);
    expect(toKm2(5, 'count')).toBeNull();
  });

  it('declaredAreaKm2 reads only the planned-area figure', () => {
    expect(declaredAreaKm2([figure(53.7, 'km2')])).toBe(53.7);
    expect(declaredAreaKm2([{ ...figure(13, 'count'), kind: 'count', metric: 'signed-projects' }])).toBeNull();
  });

  it('a schematic footprint has the declared ellipsoidal area within 0.01 %', () => {
    const polygon = schematicFootprint([108.3538, 21.6868], 53.7);
    const area = computeArea(polygon, 53.7)!;
    expect(Math.abs(area.deltaPercent!)).toBeLessThan(0.01);
    expect(area.mu).toBeCloseTo(area.computedKm2 * 1500, 6);
    expect(area.ha).toBeCloseTo(area.computedKm2 * 100, 6);
  });

  // Every computed area is the WGS84 ellipsoidal area: within 0.1 % of GeographicLib at the zones' latitudes
  // (Turf's sphere was 0.3 % high at 21°N and 0.4 % low at 53°N).
  it.each([
    [[108.3538, 21.6868], 53.7],
    [[118.05, 24.52], 10.36],
    [[114.7, 38.01], 26.38],
    [[126.6, 45.75], 5],
  ] as [[number, number], number][])('computeArea agrees with GeographicLib within 0.1 %% at %j', (centre, km2) => {
    const polygon = schematicFootprint(centre, km2);
    const computed = computeArea(polygon, km2)!.computedKm2;
    const geodesicKm2 = geodesicAreaKm2(polygon.coordinates[0]);
    expect(Math.abs(computed - geodesicKm2) / geodesicKm2).toBeLessThan(0.001);
  });

  it('points have no area', () => {
    expect(computeArea({ type: 'Point', coordinates: [0, 0] }, null)).toBeNull();
  });
});
