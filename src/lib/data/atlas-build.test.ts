import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAtlas, regionGroupOf, regionsOf } from './atlas-build.ts';
import type { PlaceCollection } from './types.ts';

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../../tests/fixtures/data/good/places.geojson'), 'utf8'),
) as PlaceCollection;
const taxonomy = [{ code: 'tcm', label: { zh: '中医药', en: 'TCM' }, auxiliary: false }];

describe('buildAtlas', () => {
  const atlas = buildAtlas([{ file: 'places.geojson', features: fixture.features }], taxonomy, []);
  const zone = atlas.places.find((p) => p.id === 'fixture-zone')!;

  it('computes the footprint area next to the declared figure', () => {
    expect(zone.area!.declaredKm2).toBe(53.7);
    expect(Math.abs(zone.area!.deltaPercent!)).toBeLessThan(0.5);
  });

  it('anchors a footprint at its declared centre and a point at itself', () => {
    expect(zone.anchor).toEqual([108.3538, 21.6868]);
    expect(atlas.places.find((p) => p.id === 'fixture-province')!.anchor).toEqual([108.8, 23.6]);
  });

  it('lists children and keeps the source file', () => {
    expect(atlas.places.find((p) => p.id === 'fixture-province')!.children).toEqual(['fixture-zone']);
    expect(zone.file).toBe('places.geojson');
  });

  it('gives every place a map point and footprints a polygon, with flat filterable properties', () => {
    expect(atlas.map.points.features).toHaveLength(2);
    expect(atlas.map.footprints.features).toHaveLength(1);
    const props = atlas.map.footprints.features[0].properties;
    expect(props.industries).toBe('|lab_animals|tcm|');
    expect(props.primaryIndustry).toBe('lab_animals');
    expect(props.geometryKind).toBe('schematic-equal-area');
  });
});

describe('regionGroupOf', () => {
  const byId = new Map<string, { parent: string | null; kind: string }>([
    ['fujian', { parent: null, kind: 'region' }],
    ['xiamen', { parent: 'fujian', kind: 'region' }],
    ['xiamen-port', { parent: 'xiamen', kind: 'park' }],
    ['guangdong', { parent: null, kind: 'region' }],
    ['orphan-root', { parent: null, kind: 'park' }],
    ['loop-a', { parent: 'loop-b', kind: 'park' }],
    ['loop-b', { parent: 'loop-a', kind: 'park' }],
  ]);
  it('walks up to the province', () => expect(regionGroupOf('xiamen-port', byId)).toBe('fujian'));
  it('takes any top-level region from the data as a group (no fixed list)', () => expect(regionGroupOf('guangdong', byId)).toBe('guangdong'));
  it('returns null when the chain does not end at a region, even on a loop', () => {
    expect(regionGroupOf('orphan-root', byId)).toBeNull();
    expect(regionGroupOf('loop-a', byId)).toBeNull();
  });
});

describe('regionsOf', () => {
  it('lists the region groups present, named by their region place', () => {
    const places = [
      { id: 'hebei', name: { zh: '河北省', en: 'Hebei', zhStatus: 'verified' as const }, regionGroup: 'hebei' },
      { id: 'sjz', name: { zh: '石家庄', en: 'Shijiazhuang', zhStatus: 'verified' as const }, regionGroup: 'hebei' },
      { id: 'ref', name: { zh: '参考', en: 'Ref', zhStatus: 'verified' as const }, regionGroup: null },
    ];
    expect(regionsOf(places)).toEqual([{ id: 'hebei', name: { zh: '河北省', en: 'Hebei' } }]);
  });
});


describe('regionsOf ordering', () => {
  it('puts provinces with a region place first, then the rest in the province table order', () => {
    const name = (zh: string) => ({ zh, en: zh, zhStatus: 'verified' as const });
    const places = [
      { id: 'fujian', name: name('福建省'), regionGroup: 'fujian' },
      { id: 'z1', name: name('z1'), regionGroup: 'xinjiang' },
      { id: 'z2', name: name('z2'), regionGroup: 'beijing' },
      { id: 'hebei', name: name('河北省'), regionGroup: 'hebei' },
    ];
    const table = [
      { id: 'beijing', name: { zh: '北京市', en: 'Beijing' } },
      { id: 'hebei', name: { zh: '河北省', en: 'Hebei' } },
      { id: 'xinjiang', name: { zh: '新疆维吾尔自治区', en: 'Xinjiang' } },
    ];
    expect(regionsOf(places, table).map((r) => r.id)).toEqual(['fujian', 'hebei', 'beijing', 'xinjiang']);
  });
});
