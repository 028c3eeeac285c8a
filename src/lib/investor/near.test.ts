import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { filterExpression, matchesFilter, NO_FILTER } from '../state/filters.ts';
import { PlaceFilterIndex } from '../state/place-index.ts';
import { readParam, writeParam } from '../url/url-param.ts';
import { realAtlas } from './fixture.test-helpers.ts';
import { NEAR_PARAM, nearClause, placeNearStatus, sortByDistance, type NearCondition } from './near.ts';

const { atlas, proximity, byId } = realAtlas();

describe('near filter on the real data', () => {
  const conditions: NearCondition[][] = [[{ kind: 'seaport', km: 30 }], [{ kind: 'airport', km: 100 }], [{ kind: 'station', km: 10 }, { kind: 'seaport', km: 60 }], [{ kind: 'seaport', km: 0.1 }]];

  it.each(conditions.map((c) => [NEAR_PARAM.format(c), c] as const))('list predicate, index and MapLibre expression agree (%s)', (_, near) => {
    const filter = { ...NO_FILTER, extra: [nearClause(near, proximity, atlas.places)!] };
    const compiled = featureFilter(filterExpression(filter), 'layers[0].filter');
    const onMap = atlas.map.points.features
      .filter((f) => compiled.filter({ zoom: 5 } as never, { type: 1, properties: f.properties, geometry: [] } as never))
      .map((f) => f.properties.id);
    const inList = atlas.places.filter((p) => matchesFilter(p, filter)).map((p) => p.id);
    expect(onMap).toEqual(inList);
    const index = new PlaceFilterIndex(atlas.places, atlas.taxonomy.map((i) => i.code));
    expect(index.select(filter).map((i) => atlas.places[i].id)).toEqual(inList);
  });

  it('keeps a place only when it is within over its whole uncertainty; the possibly-within stay out', () => {
    const near = [{ kind: 'airport', km: 100 }] as NearCondition[];
    const filter = { ...NO_FILTER, extra: [nearClause(near, proximity, atlas.places)!] };
    const sites = atlas.places.filter((p) => p.kind !== 'reference-point');
    const kept = sites.filter((p) => matchesFilter(p, filter));
    expect(kept.length).toBeGreaterThan(0);
    for (const p of kept) {
      const d = proximity.get(p.id, 'airport')!;
      expect(d.km + d.uKm!).toBeLessThanOrEqual(100);
    }
    const possible = sites.filter((p) => placeNearStatus(p.id, near, proximity) === 'possible');
    expect(possible.length).toBeGreaterThan(0);
    for (const p of possible) expect(kept).not.toContain(p);
    // A catalogue zone placed at its city (±80 km) 37 km from Nanjing's airport is only possibly within 50 km.
    expect(byId('dz-g321014').geometry.uncertaintyKm).toBe(80);
    expect(placeNearStatus('dz-g321014', [{ kind: 'airport', km: 50 }], proximity)).toBe('possible');
    // Xiamen (a region with a stated ±3 km point) 8 km from its airport is certainly within 25 km.
    expect(placeNearStatus('xiamen', [{ kind: 'airport', km: 25 }], proximity)).toBe('within');
  });

  it('counts a place without reference data for a kind as absent, never within', () => {
    expect(placeNearStatus('dz-g121002', [{ kind: 'station', km: 2000 }], proximity)).toBe('absent');
  });

  it('reference points stay in, whatever the radius', () => {
    const filter = { ...NO_FILTER, extra: [nearClause([{ kind: 'seaport', km: 0.1 }], proximity, atlas.places)!] };
    expect(atlas.places.filter((p) => matchesFilter(p, filter)).every((p) => p.kind === 'reference-point')).toBe(true);
  });

  it('sorts by distance, nearest first, places without a distance last', () => {
    const sorted = sortByDistance(atlas.places, 'station', proximity);
    const km = sorted.map((p) => proximity.get(p.id, 'station')?.km);
    const known = km.filter((d) => d !== undefined) as number[];
    expect(known.length).toBeGreaterThan(10);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(km.slice(known.length).every((d) => d === undefined)).toBe(true);
    expect(sortByDistance(atlas.places, 'station', proximity, true)[0]).toBe(sorted[known.length - 1]);
  });
});

describe('near= URL parameter', () => {
  it('round-trips conditions', () => {
    const near: NearCondition[] = [{ kind: 'seaport', km: 50 }, { kind: 'airport', km: 12.5 }];
    const search = writeParam('?lang=en', 'near', NEAR_PARAM.format(near));
    expect(search).toBe('?lang=en&near=seaport:50,airport:12.5');
    expect(readParam(NEAR_PARAM, search, null)).toEqual({ value: near, warnings: [] });
  });

  it('drops unknown kinds, bad radii and repeats with a warning', () => {
    const { value, warnings } = readParam(NEAR_PARAM, '?near=seaport:30,moon:5,airport:-4,station:abc,seaport:90,border:5000', null);
    expect(value).toEqual([{ kind: 'seaport', km: 30 }]);
    expect(warnings[0]).toContain('moon:5, airport:-4, station:abc, seaport:90, border:5000');
  });

  it('leaves the key out when nothing is filtered', () => {
    expect(NEAR_PARAM.format([])).toBeNull();
  });
});
