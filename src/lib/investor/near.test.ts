import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { filterExpression, matchesFilter, NO_FILTER } from '../state/filters.ts';
import { PlaceFilterIndex } from '../state/place-index.ts';
import { readParam, writeParam } from '../url/url-param.ts';
import { realAtlas } from './fixture.test-helpers.ts';
import { NEAR_PARAM, nearClause, sortByDistance, type NearCondition } from './near.ts';

const { atlas, distances, byId } = realAtlas();

describe('near filter on the real data', () => {
  const conditions: NearCondition[][] = [[{ kind: 'seaport', km: 30 }], [{ kind: 'airport', km: 50 }], [{ kind: 'station', km: 10 }, { kind: 'border', km: 60 }], [{ kind: 'seaport', km: 0.1 }]];

  it.each(conditions.map((c) => [NEAR_PARAM.format(c), c] as const))('list predicate, index and MapLibre expression agree (%s)', (_, near) => {
    const filter = { ...NO_FILTER, extra: [nearClause(near, distances)!] };
    const compiled = featureFilter(filterExpression(filter), 'layers[0].filter');
    const onMap = atlas.map.points.features
      .filter((f) => compiled.filter({ zoom: 5 } as never, { type: 1, properties: f.properties, geometry: [] } as never))
      .map((f) => f.properties.id);
    const inList = atlas.places.filter((p) => matchesFilter(p, filter)).map((p) => p.id);
    expect(onMap).toEqual(inList);
    const index = new PlaceFilterIndex(atlas.places, atlas.taxonomy.map((i) => i.code));
    expect(index.select(filter).map((i) => atlas.places[i].id)).toEqual(inList);
  });

  it('keeps a place exactly when its nearest port is within the radius', () => {
    const filter = { ...NO_FILTER, extra: [nearClause([{ kind: 'seaport', km: 30 }], distances)!] };
    const sites = atlas.places.filter((p) => p.kind !== 'reference-point');
    const kept = sites.filter((p) => matchesFilter(p, filter));
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(sites.length);
    for (const p of kept) expect(distances.get(p.id)!.seaport).toBeLessThanOrEqual(30);
    for (const p of sites.filter((s) => !kept.includes(s))) expect(distances.get(p.id)!.seaport!).toBeGreaterThan(30);
    // The Fangchenggang pilot zone is a port city; Shijiazhuang is ~1,000 km inland from any port in the data.
    expect(kept.map((p) => p.id)).toContain('fcg-pilot-zone');
    expect(kept.map((p) => p.id)).not.toContain('shijiazhuang');
  });

  it('reference points stay in, whatever the radius', () => {
    const filter = { ...NO_FILTER, extra: [nearClause([{ kind: 'seaport', km: 0.1 }], distances)!] };
    expect(atlas.places.filter((p) => matchesFilter(p, filter)).every((p) => p.kind === 'reference-point')).toBe(true);
  });

  it('sorts by distance, nearest first, places without a distance last', () => {
    const sorted = sortByDistance(atlas.places, 'airport', distances);
    const km = sorted.map((p) => distances.get(p.id)?.airport);
    const known = km.filter((d) => d !== undefined) as number[];
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(km.slice(known.length).every((d) => d === undefined)).toBe(true);
    expect(sortByDistance(atlas.places, 'airport', distances, true)[0]).toBe(sorted[known.length - 1]);
    expect(byId('ref-airport-nng')).toBeDefined();
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
