import { describe, expect, it } from 'vitest';
import { loadData } from '../data-files.ts';
import { withCatalog } from './load.ts';
import { readCatalogInputs } from './pipeline.ts';
import { insideProvince, resolveDivision } from './place.ts';
import { parseDivisionAliases } from './division-aliases.ts';
import { ROOT } from '../data-files.ts';

const data = withCatalog(loadData());
const { catalog } = data;
const inputs = readCatalogInputs(ROOT, data.taxonomy, new Set());
const hebei = inputs.provinces.find((p) => p.id === 'hebei')!;
const aliases = parseDivisionAliases(inputs.aliasesTsv).rows;
const resolve = (name: string, provinceId: string) => resolveDivision(name, inputs.provinces.find((p) => p.id === provinceId)!, inputs.seats, aliases);
const placedAt = (code: string) => catalog.features.find((f) => f.properties.catalog!.code === code)?.properties.catalog!.placement;

describe('placement of catalogue zones', () => {
  it('builds with no problems', () => {
    expect(data.problems).toEqual([]);
  });
  it('puts every placed point inside its own province, or inside the one its site row declares (enclaves)', () => {
    expect(catalog.features.length).toBeGreaterThan(300);
    const iso = new Map(inputs.provinces.map((p) => [p.id, p.iso]));
    const isoByZh = new Map(inputs.provinces.map((p) => [p.name.zh, p.iso]));
    for (const f of catalog.features) {
      const [lon, lat] = f.geometry.coordinates as number[];
      const outside = f.properties.catalog!.placement?.site?.outside;
      const province = outside ? isoByZh.get(outside.province.zh)! : iso.get(f.properties.catalog!.province)!;
      expect(insideProvince(lon, lat, province, inputs.provincePolygons), f.properties.id).toBe(true);
    }
    expect(catalog.features.filter((f) => f.properties.catalog!.placement?.site?.outside).map((f) => f.properties.catalog!.code)).toEqual(['S549004']);
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
    const ids = new Set(catalog.features.map((f) => f.properties.catalog!.code));
    for (const u of catalog.unplaced) {
      expect(u.reason).not.toBe('');
      expect(ids.has(u.row.code)).toBe(false);
    }
    // 藏青工业园 is a 西藏 zone in 格尔木, 青海: its name alone is refused by the province check (no seat of
    // 西藏 holds it); its site row, which declares the enclave, places it.
    const xizang = inputs.provinces.find((p) => p.id === 'xizang')!;
    expect(resolveDivision('西藏自治区藏青工业园', xizang, inputs.seats, aliases).note).toMatch(/格尔木市, outside 西藏自治区/);
    expect(catalog.sited.map((s) => s.row.code)).toContain('S549004');
    expect(catalog.unplaced.length).toBeLessThanOrEqual(2);
    expect(catalog.placed.length + catalog.sited.length + catalog.unplaced.length + catalog.merges.length).toBe(catalog.kept.length);
  });
  it('places prefecture seats GeoNames files as PPLA3 (泰州, 绍兴, 绵阳, 内江, 温州, 宜宾)', () => {
    expect(placedAt('G322081')).toMatchObject({ divisionCode: '321200' });
    for (const code of ['G331117', 'G511192', 'G511195', 'S517101']) expect(placedAt(code), code).toBeDefined();
    expect(inputs.seats.filter((s) => ['温州市', '宜宾市'].includes(s.name)).every((s) => s.lon !== null)).toBe(true);
  });
  it('places municipality districts at their own seat', () => {
    // (闵行 now has a site row; its seat resolution is what this rule is about.)
    const minhang = resolve('闵行经济技术开发区', 'shanghai').county;
    expect(minhang?.name).toBe('闵行区');
    expect(minhang?.lon).not.toBeNull();
    expect(placedAt('S117014')).toMatchObject({ precision: 'county', division: { zh: '密云区' } });
    expect(placedAt('S509016')).toMatchObject({ precision: 'county', division: { zh: '涪陵区' } });
  });
  it('resolves ambiguous and wrongly coded seats (新余, 安康, 鄂州)', () => {
    for (const name of ['新余市', '安康市', '鄂州市']) expect(inputs.seats.find((s) => s.name === name)?.lon, name).not.toBeNull();
    expect(placedAt('G421174')).toBeDefined();
  });
  it('finds name variants: 县→市, autonomous short forms, former names, names inside, directly administered units, 兵团', () => {
    expect(resolve('河北围场经济开发区', 'hebei').county?.name).toBe('围场满族蒙古族自治县');
    expect(resolve('陕西户县沣京工业园区', 'shaanxi').county?.name).toBe('鄠邑区');
    expect(resolve('中国—马来西亚钦州产业园区', 'guangxi').prefecture?.name).toBe('钦州市');
    expect(resolve('河北京南·固安高新技术产业开发区', 'hebei').county?.name).toBe('固安县');
    expect(resolve('仙桃高新技术产业开发区', 'hubei').county?.name).toBe('仙桃市');
    expect(resolve('湖北神农架林区盘水生态产业园区', 'hubei').county?.name).toBe('神农架林区');
    expect(resolve('第三师图木舒克工业园区', 'xinjiang').county?.name).toBe('图木舒克市');
    expect(resolve('黑龙江牛家经济开发区', 'heilongjiang').county?.name).toBe('五常市'); // not 龙江 inside 黑龙江
    expect(placedAt('S339059')).toBeDefined(); // 浙江新昌 (county of 绍兴)
  });
  it('corrects the catalogue\'s misspelling 湽博 and says so', () => {
    const r = resolve('湽博高新技术产业开发区', 'shandong');
    expect(r.prefecture?.name).toBe('淄博市');
    expect(r.correction).toMatchObject({ printed: '湽博高新技术产业开发区', corrected: '淄博高新技术产业开发区' });
  });
  it('gives zones at one seat the same seat coordinate, and says what the point is', () => {
    const atChengdu = catalog.features.filter((f) => f.properties.catalog!.placement!.divisionCode === '510100' && f.properties.geometry.kind === 'point-at-city');
    expect(atChengdu.length).toBeGreaterThan(1);
    expect(new Set(atChengdu.map((f) => f.geometry.coordinates.join(','))).size).toBe(1);
    expect(atChengdu[0].properties.geometry).toMatchObject({ kind: 'point-at-city', uncertaintyKm: 80 });
    expect(atChengdu[0].properties.geometry.method).toMatch(/^Placed at the seat of Chengdu .*the catalogue gives no location/);
    expect(atChengdu[0].properties.geometry.method).not.toMatch(/[\u4e00-\u9fff]/);
  });
  it('merges the seed places that are catalogue zones instead of drawing them twice', () => {
    expect(catalog.merges.map((m) => m.match.place).sort()).toEqual(['sjz-base-high-tech', 'sjz-base-zhao-county', 'sjz-base-zhengding', 'sjz-etdz']);
    const jingkai = data.files.flatMap((f) => f.features).find((f) => f.properties.id === 'sjz-etdz')!;
    expect(jingkai.properties.catalog?.code).toBe('G131055');
    expect(jingkai.properties.figures.find((f) => f.metric === 'approved-area')).toMatchObject({ value: 828.39, unit: 'ha', year: 2018 });
    expect(jingkai.properties.figures.some((f) => f.metric === 'planned-area')).toBe(true);
  });
});
