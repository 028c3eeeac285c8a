import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PlaceCollection } from '../../src/lib/data/types.ts';
import { describe, expect, it } from 'vitest';
import { mulberry32 as prng } from '../synthetic/prng.ts';
import { assignSitesToZones, sitesByZone, ZoneIndex, zonesOfSite, type ZoneShape } from './zone-index.ts';

/** An irregular star-shaped ring (counter-clockwise, closed) around [cx, cy] with radius ≈ r degrees. */
function starRing(rand: () => number, cx: number, cy: number, r: number, vertices = 32, clockwise = false): number[][] {
  const ring: number[][] = [];
  for (let i = 0; i < vertices; i++) {
    const theta = ((clockwise ? -1 : 1) * 2 * Math.PI * i) / vertices;
    const rr = r * (0.6 + 0.8 * rand());
    ring.push([cx + rr * Math.cos(theta), cy + rr * Math.sin(theta)]);
  }
  ring.push([...ring[0]]);
  return ring;
}

const square = (x0: number, y0: number, x1: number, y1: number): number[][] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
  [x0, y0],
];

/** Brute force: every zone, Turf's point-in-polygon. */
function bruteZones(zones: readonly ZoneShape[], lon: number, lat: number): string[] {
  return zones.filter((z) => booleanPointInPolygon([lon, lat], z.geometry)).map((z) => z.id);
}

/** Many irregular zones scattered over eastern China, some overlapping. */
function randomZones(rand: () => number, count: number): ZoneShape[] {
  const zones: ZoneShape[] = [];
  for (let i = 0; i < count; i++) {
    const cx = 105 + rand() * 15;
    const cy = 22 + rand() * 15;
    const r = 0.02 + rand() * 0.3;
    zones.push({ id: `zone-${i}`, geometry: { type: 'Polygon', coordinates: [starRing(rand, cx, cy, r, 24 + Math.floor(rand() * 25))] } });
  }
  return zones;
}

describe('ZoneIndex', () => {
  it('agrees with Turf booleanPointInPolygon on 5,000 random points over 400 irregular zones', () => {
    const rand = prng(1);
    const zones = randomZones(rand, 400);
    const index = new ZoneIndex(zones);
    let hits = 0;
    let multi = 0;
    for (let i = 0; i < 5000; i++) {
      // Half the points near a zone (so many are inside), half anywhere in the area.
      let lon: number;
      let lat: number;
      if (i % 2 === 0) {
        const ring = (zones[i % zones.length].geometry as Polygon).coordinates[0];
        lon = ring[0][0] + (rand() - 0.5) * 0.6;
        lat = ring[0][1] + (rand() - 0.5) * 0.6;
      } else {
        lon = 104 + rand() * 17;
        lat = 21 + rand() * 17;
      }
      const expected = bruteZones(zones, lon, lat);
      expect(index.zonesContaining(lon, lat), `at ${lon},${lat}`).toEqual(expected);
      if (expected.length) hits++;
      if (expected.length > 1) multi++;
    }
    // The test means something only if both outcomes (and overlaps) occur often.
    expect(hits).toBeGreaterThan(1000);
    expect(hits).toBeLessThan(4500);
    expect(multi).toBeGreaterThan(10);
  });

  it('respects holes (either winding), also against Turf on random points', () => {
    const rand = prng(2);
    const zones: ZoneShape[] = [
      { id: 'ring', geometry: { type: 'Polygon', coordinates: [square(110, 30, 111, 31), square(110.25, 30.25, 110.75, 30.75).reverse()] } },
      // Hole listed with the same winding as the outer ring: even-odd still makes it a hole.
      { id: 'ring-same-winding', geometry: { type: 'Polygon', coordinates: [square(112, 30, 113, 31), square(112.4, 30.4, 112.6, 30.6)] } },
      // A star with two holes.
      {
        id: 'star',
        geometry: {
          type: 'Polygon',
          coordinates: [starRing(rand, 115, 33, 1, 40), starRing(rand, 115, 33.2, 0.15, 12, true), starRing(rand, 114.7, 32.8, 0.1, 9, true)],
        },
      },
    ];
    const index = new ZoneIndex(zones);
    expect(index.zonesContaining(110.5, 30.5)).toEqual([]);
    expect(index.zonesContaining(110.1, 30.5)).toEqual(['ring']);
    expect(index.zonesContaining(112.5, 30.5)).toEqual([]);
    expect(index.zonesContaining(112.2, 30.5)).toEqual(['ring-same-winding']);
    expect(index.zonesContaining(115, 33.2)).toEqual([]);
    let inHole = 0;
    for (let i = 0; i < 4000; i++) {
      const lon = 109.8 + rand() * 6.5;
      const lat = 29.8 + rand() * 4.5;
      const expected = bruteZones(zones, lon, lat);
      expect(index.zonesContaining(lon, lat), `at ${lon},${lat}`).toEqual(expected);
      if (expected.length === 0 && lon > 110.25 && lon < 110.75 && lat > 30.25 && lat < 30.75) inHole++;
    }
    expect(inHole).toBeGreaterThan(10);
  });

  it('handles MultiPolygon zones (parts far apart, a part with a hole) and overlapping zones', () => {
    const rand = prng(3);
    const multi: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[square(100, 25, 101, 26)], [square(120, 40, 122, 42), square(120.5, 40.5, 121.5, 41.5)], [starRing(rand, 90, 30, 0.5)]],
    };
    const zones: ZoneShape[] = [
      { id: 'multi', geometry: multi },
      { id: 'inside-part', geometry: { type: 'Polygon', coordinates: [square(100.2, 25.2, 100.4, 25.4)] } },
      { id: 'between-parts', geometry: { type: 'Polygon', coordinates: [square(110, 33, 111, 34)] } },
    ];
    const index = new ZoneIndex(zones);
    expect(index.zonesContaining(100.3, 25.3)).toEqual(['multi', 'inside-part']);
    expect(index.zonesContaining(121, 41)).toEqual([]);
    expect(index.zonesContaining(120.2, 41)).toEqual(['multi']);
    expect(index.zonesContaining(110.5, 33.5)).toEqual(['between-parts']);
    expect(index.zonesContaining(105, 30)).toEqual([]);
    for (let i = 0; i < 4000; i++) {
      const lon = 89 + rand() * 34;
      const lat = 24 + rand() * 19;
      expect(index.zonesContaining(lon, lat), `at ${lon},${lat}`).toEqual(bruteZones(zones, lon, lat));
    }
    // Points sampled inside each part's bbox, so the parts are really exercised.
    for (const [x0, y0, x1, y1] of [[100, 25, 101, 26], [120, 40, 122, 42], [89.4, 29.4, 90.6, 30.6]])
      for (let i = 0; i < 500; i++) {
        const lon = x0 + rand() * (x1 - x0);
        const lat = y0 + rand() * (y1 - y0);
        expect(index.zonesContaining(lon, lat)).toEqual(bruteZones(zones, lon, lat));
      }
  });

  it('indexes the atlas place features (fixture data): footprints contain their anchors, points are skipped', () => {
    const fixture = resolve(import.meta.dirname, '../../tests/fixtures/data/good/places.geojson');
    const collection = JSON.parse(readFileSync(fixture, 'utf8')) as PlaceCollection;
    const index = ZoneIndex.fromFeatures(collection.features);
    const footprints = collection.features.filter((f) => f.geometry.type !== 'Point');
    expect(footprints.length).toBeGreaterThan(0);
    expect(index.zoneIds).toEqual(footprints.map((f) => f.properties.id));
    for (const f of footprints) {
      const [lon, lat] = f.properties.geometry.anchor!;
      expect(index.zonesContaining(lon, lat)).toContain(f.properties.id);
    }
  });

  it('builds from features, skipping points; an empty index finds nothing', () => {
    const index = ZoneIndex.fromFeatures([
      { type: 'Feature', properties: { id: 'a' }, geometry: { type: 'Polygon', coordinates: [square(0, 0, 1, 1)] } },
      { type: 'Feature', properties: { id: 'p' }, geometry: { type: 'Point', coordinates: [0.5, 0.5] } },
      { type: 'Feature', properties: null, geometry: { type: 'Polygon', coordinates: [square(0, 0, 1, 1)] } },
    ]);
    expect(index.zoneIds).toEqual(['a']);
    expect(index.zonesContaining(0.5, 0.5)).toEqual(['a']);
    expect(new ZoneIndex([]).zonesContaining(0.5, 0.5)).toEqual([]);
    expect(assignSitesToZones([0.5, 0.5], new ZoneIndex([])).assignedCount).toBe(0);
  });
});

describe('assignSitesToZones', () => {
  it('matches brute force for 3,000 sites, from flat or nested positions', () => {
    const rand = prng(4);
    const zones = randomZones(rand, 200);
    const index = new ZoneIndex(zones);
    const positions: [number, number][] = [];
    for (let i = 0; i < 3000; i++) positions.push([104 + rand() * 17, 21 + rand() * 17]);
    const flat = new Float64Array(positions.flat());
    const fromFlat = assignSitesToZones(flat, index);
    const fromNested = assignSitesToZones(positions, index);
    expect(fromNested).toEqual(fromFlat);
    expect(fromFlat.siteCount).toBe(3000);

    const expectedByZone = new Map<string, number[]>();
    let assigned = 0;
    positions.forEach(([lon, lat], site) => {
      const expected = bruteZones(zones, lon, lat);
      expect(zonesOfSite(fromFlat, index, site)).toEqual(expected);
      if (expected.length) assigned++;
      for (const id of expected) expectedByZone.set(id, [...(expectedByZone.get(id) ?? []), site]);
    });
    expect(fromFlat.assignedCount).toBe(assigned);
    expect(assigned).toBeGreaterThan(100);
    expect(sitesByZone(fromFlat, index)).toEqual(expectedByZone);
    const ids = positions.map((_, i) => `site-${i}`);
    const byZoneIds = sitesByZone(fromFlat, index, ids);
    for (const [zone, sites] of expectedByZone) expect(byZoneIds.get(zone)).toEqual(sites.map((i) => ids[i]));
  });
});
