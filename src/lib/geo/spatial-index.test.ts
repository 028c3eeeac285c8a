import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { EARTH_RADIUS_KM, haversineKm, PointIndex, type IndexedPoint } from './spatial-index.ts';

/** Seeded uniform [0, 1) (mulberry32), so the random cases are the same on every run. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('PointIndex', () => {
  const rand = prng(5);
  const points: IndexedPoint[] = Array.from({ length: 2000 }, (_, i) => ({ id: `ref-${i}`, lon: 74 + rand() * 60, lat: 18 + rand() * 35 }));
  const index = new PointIndex(points);
  const brute = (lon: number, lat: number) =>
    points
      .map((p, i) => ({ id: p.id, index: i, distanceKm: distance([lon, lat], [p.lon, p.lat], { units: 'kilometers' }) }))
      .sort((a, b) => a.distanceKm - b.distanceKm);

  it('haversineKm equals turf.distance (R = 6371.0088 km) to 1e-9 km, near and far', () => {
    expect(EARTH_RADIUS_KM).toBe(6371.0088);
    for (let i = 0; i < 2000; i++) {
      const a: [number, number] = [-180 + rand() * 360, -90 + rand() * 180];
      const b: [number, number] = i % 2 ? [a[0] + (rand() - 0.5) * 0.01, a[1] + (rand() - 0.5) * 0.01] : [-180 + rand() * 360, -90 + rand() * 180];
      expect(Math.abs(haversineKm(a[0], a[1], b[0], b[1]) - distance(a, b, { units: 'kilometers' }))).toBeLessThan(1e-9);
    }
  });

  it('k nearest agree with brute-force turf.distance (ids, order, distances within 1e-6 km)', () => {
    for (let q = 0; q < 500; q++) {
      const lon = 70 + rand() * 68;
      const lat = 15 + rand() * 42;
      const k = 1 + (q % 7);
      const got = index.nearest(lon, lat, k);
      const expected = brute(lon, lat).slice(0, k);
      expect(got.map((r) => r.id)).toEqual(expected.map((r) => r.id));
      got.forEach((r, i) => {
        expect(Math.abs(r.distanceKm - expected[i].distanceKm)).toBeLessThan(1e-6);
        expect(r.index).toBe(expected[i].index);
      });
    }
  });

  it('honours maxKm and a filter', () => {
    for (let q = 0; q < 200; q++) {
      const lon = 74 + rand() * 60;
      const lat = 18 + rand() * 35;
      const maxKm = 20 + rand() * 200;
      const got = index.nearest(lon, lat, 10, maxKm);
      const expected = brute(lon, lat).filter((r) => r.distanceKm <= maxKm).slice(0, 10);
      expect(got.map((r) => r.id)).toEqual(expected.map((r) => r.id));
      const even = index.nearest(lon, lat, 3, Infinity, (i) => i % 2 === 0);
      expect(even.map((r) => r.id)).toEqual(brute(lon, lat).filter((r) => r.index % 2 === 0).slice(0, 3).map((r) => r.id));
    }
    // A bound beyond half the Earth's circumference returns everything asked for.
    expect(index.nearest(0, 0, 5, 30000)).toHaveLength(5);
    expect(index.nearest(100, 30, 0)).toEqual([]);
    expect(new PointIndex([]).nearest(100, 30, 3)).toEqual([]);
  });
});
