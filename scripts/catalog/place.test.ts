import { describe, expect, it } from 'vitest';
import { loadData } from '../data-files.ts';
import { withCatalog } from './load.ts';
import { readCatalogInputs } from './pipeline.ts';
import { insideProvince, resolveDivision } from './place.ts';
import { ROOT } from '../data-files.ts';

const data = withCatalog(loadData());
const { catalog } = data;
const inputs = readCatalogInputs(ROOT, data.taxonomy, new Set());
const hebei = inputs.provinces.find((p) => p.id === 'hebei')!;

describe('placement of catalogue zones', () => {
  it('builds with no problems', () => {
    expect(data.problems).toEqual([]);
  });
  it('puts every placed point inside its own province', () => {
    expect(catalog.features.length).toBeGreaterThan(300);
    const iso = new Map(inputs.provinces.map((p) => [p.id, p.iso]));
    for (const f of catalog.features) {
      const [lon, lat] = f.geometry.coordinates as number[];
      expect(insideProvince(lon, lat, iso.get(f.properties.catalog!.province)!, inputs.provincePolygons), f.properties.id).toBe(true);
    }
  });
  it('refuses a point in another province', () => {
    expect(insideProvince(114.4786, 38.0414, 'CN-HE', inputs.provincePolygons)).toBe(true);
    expect(insideProvince(114.4786, 38.0414, 'CN-SD', inputs.provincePolygons)).toBe(false);
  });
  it('resolves county from the name and province, with prefecture fallback', () => {
    expect(resolveDivision('河北正定高新技术产业开发区', hebei, inputs.seats).county?.name).toBe('正定县');
    expect(resolveDivision('河北赵县经济开发区', hebei, inputs.seats).county?.name).toBe('赵县');
    const sjz = resolveDivision('石家庄高新技术产业开发区', hebei, inputs.seats);
    expect([sjz.prefecture?.name, sjz.county]).toEqual(['石家庄市', null]);
  });
  it('lists the unplaced zones with a reason and leaves them off the map', () => {
    expect(catalog.unplaced.length).toBeGreaterThan(0);
    const ids = new Set(catalog.features.map((f) => f.properties.catalog!.code));
    for (const u of catalog.unplaced) {
      expect(u.reason).not.toBe('');
      expect(ids.has(u.row.code)).toBe(false);
    }
    expect(catalog.unplaced.map((u) => u.row.code)).toContain('G451185'); // 广西—东盟: names no division
    expect(catalog.placed.length + catalog.sited.length + catalog.unplaced.length + catalog.merges.length).toBe(catalog.kept.length);
  });
  it('gives zones at one seat the same seat coordinate, and says what the point is', () => {
    const atChengdu = catalog.features.filter((f) => f.properties.catalog!.placement!.divisionCode === '510100');
    expect(atChengdu.length).toBeGreaterThan(1);
    expect(new Set(atChengdu.map((f) => f.geometry.coordinates.join(','))).size).toBe(1);
    expect(atChengdu[0].properties.geometry).toMatchObject({ kind: 'point-at-city', uncertaintyKm: 80 });
    expect(atChengdu[0].properties.geometry.method).toMatch(/^Placed at the seat of 成都市 .*the catalogue gives no location/);
  });
  it('merges the seed places that are catalogue zones instead of drawing them twice', () => {
    expect(catalog.merges.map((m) => m.match.place).sort()).toEqual(['sjz-base-high-tech', 'sjz-base-zhao-county', 'sjz-base-zhengding', 'sjz-etdz']);
    const jingkai = data.files.flatMap((f) => f.features).find((f) => f.properties.id === 'sjz-etdz')!;
    expect(jingkai.properties.catalog?.code).toBe('G131055');
    expect(jingkai.properties.figures.find((f) => f.metric === 'approved-area')).toMatchObject({ value: 828.39, unit: 'ha', year: 2018 });
    expect(jingkai.properties.figures.some((f) => f.metric === 'planned-area')).toBe(true);
  });
});
