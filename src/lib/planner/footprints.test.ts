import { describe, expect, it } from 'vitest';
import { schematicFootprint } from '../geo/footprint.ts';
import { MAX_COMPARE, compareRows, footprintCentre, ratioText, withKey, type PlannerFootprint } from './footprints.ts';

const footprint = (key: string, centre: [number, number], km2: number, declaredKm2: number | null = km2): PlannerFootprint => ({
  key,
  origin: 'atlas',
  name: { zh: key, en: key },
  geometry: schematicFootprint(centre, km2),
  declaredKm2,
  kind: { zh: '示意', en: 'schematic' },
});

describe('compare rows', () => {
  it('gives ellipsoidal km², ha, mu, Δ % and the ratio to the first', () => {
    const rows = compareRows([footprint('a', [108.35, 21.69], 53.7), footprint('b', [118.05, 24.52], 10.36, 10), footprint('c', [114.7, 38], 5, null)]);
    expect(rows.map((r) => r.footprint.key)).toEqual(['a', 'b', 'c']);
    expect(rows[0].computedKm2).toBeCloseTo(53.7, 2);
    expect(rows[0].ha).toBeCloseTo(rows[0].computedKm2 * 100, 9);
    expect(rows[0].mu).toBeCloseTo(rows[0].computedKm2 * 1500, 9);
    // b is 10.36 km² against a declared 10: +3.6 %.
    expect(rows[1].deltaPercent).toBeCloseTo(3.6, 1);
    expect(rows[2].deltaPercent).toBeNull();
    expect(rows[1].ratioToFirst).toBeCloseTo(10.36 / 53.7, 3);
    expect(ratioText('A', 'B', 53.7 / 26.38, 'en')).toBe('A is 2.0× B');
    expect(ratioText('A', 'B', 0.193, 'zh')).toBe('A 是 B 的 0.19 倍');
  });

  it('holds at most 8, without duplicates', () => {
    let keys: string[] = [];
    for (let i = 0; i < 12; i++) keys = withKey(keys, `k${i % 10}`);
    expect(keys).toHaveLength(MAX_COMPARE);
    expect(withKey(['a'], 'a')).toEqual(['a']);
  });

  it('the centre of a circle is its centre', () => {
    const [lon, lat] = footprintCentre(schematicFootprint([108.35, 21.69], 53.7));
    expect(lon).toBeCloseTo(108.35, 3);
    expect(lat).toBeCloseTo(21.69, 3);
  });
});
