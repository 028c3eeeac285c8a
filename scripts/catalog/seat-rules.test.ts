// Each seat rule on real GeoNames rows (cities500, fields as published: id, name, lat, lon, class, ADM1, ADM2, population).
import { describe, expect, it } from 'vitest';
import { findSeat, indexGeoRows, mergeDuplicates, pickOne, type GeoRow } from './seat-rules.ts';
import { ethnicShortName, nameForms } from './division-names.ts';

const row = (id: number, name: string, lat: number, lon: number, fc: string, admin1: string, admin2: string, population: number, alt: string[]): GeoRow => ({ id, name, lat, lon, fc, admin1, admin2, population, alt });
const ROWS: GeoRow[] = [
  row(1793505, 'Taizhou', 32.49069, 119.90812, 'PPLA3', '04', '3212', 1607108, ['Taizhou', '泰州', '泰州市']),
  row(8400694, 'Taizhou', 28.66266, 121.43312, 'PPLA2', '02', '3310', 1485502, ['Taizhou', '台州']),
  row(1788505, 'Xinyu', 27.83906, 114.84591, 'PPLA2', '03', '3605', 0, ['新余', '新余市']),
  row(1788508, 'Xinyu', 27.80429, 114.93335, 'PPLA2', '03', '3605', 839488, ['新余', '新余市']),
  row(6642286, 'E’zhou', 30.39607, 114.88655, 'PPLA2', '12', '4211', 668727, ['鄂州', '鄂州市']),
  row(2038300, 'Benxi', 41.28861, 123.765, 'PPL', '19', '2105', 987717, ['Benxi', '本溪']),
  row(2033934, 'Xiaoshi', 41.29711, 124.12092, 'PPLA3', '19', '2105', 68994, ['小市', '本溪', '本溪县']),
  row(1790371, 'Xiantao', 30.3708, 113.44294, 'PPL', '12', '12324193', 239406, ['Mianyang', 'Xiantao', 'Xiantaozhen']),
  row(1787957, 'Xuhui', 31.19594, 121.44709, 'PPLA3', '23', '12324204', 0, ['徐汇']),
  row(1796236, 'Shanghai', 31.22222, 121.45806, 'PPLA', '23', '12324204', 22315474, ['上海']),
  row(1806561, 'Ganting', 34.10241, 108.61406, 'PPLA3', '26', '6101', 0, ['户县']),
  row(1798256, 'Qianshan', 27.34815, 114.13353, 'PPLA4', '03', '3608', 0, ['铅山']),
];
const PROVINCES = [
  { code: '320000', name: '江苏省' },
  { code: '310000', name: '上海市' },
  { code: '420000', name: '湖北省' },
];
const index = indexGeoRows(ROWS, PROVINCES);
const byId = (id: number) => ROWS.find((r) => r.id === id)!;
const seatOf = (code: string, name: string, level: 'prefecture' | 'county', aliases: string[] = []) => findSeat({ code, name, level, aliases }, index);

describe('seat rules on real GeoNames rows', () => {
  it('maps GeoNames ADM1 codes to GB provinces, the municipalities by their capital', () => {
    expect(index.provinceOf.get('04')).toBe('32');
    expect(index.provinceOf.get('12')).toBe('42');
    expect(index.provinceOf.get('23')).toBe('31');
  });
  it('takes a PPLA3 as a prefecture seat (泰州 is filed as PPLA3)', () => {
    expect(seatOf('321200', '泰州市', 'prefecture')).toMatchObject({ row: { id: 1793505 }, match: 'zh-name', region: 'prefecture-code' });
  });
  it('merges one place entered twice (新余) and keeps the more populous', () => {
    expect(seatOf('360500', '新余市', 'prefecture')).toMatchObject({ row: { id: 1788508 }, duplicates: 2 });
    expect(mergeDuplicates([byId(1793505), byId(8400694)])).toBeNull();
  });
  it('resolves a wrong ADM2 code when the name is unique in the province (鄂州 under 黄冈\'s 4211)', () => {
    expect(seatOf('420700', '鄂州市', 'prefecture')).toMatchObject({ row: { id: 6642286 }, region: 'province' });
  });
  it('prefers the much larger place when a prefecture and a county share the name (本溪)', () => {
    expect(pickOne([byId(2038300), byId(2033934)], 'prefecture')?.id).toBe(2038300);
    expect(pickOne([byId(2038300), byId(2033934)], 'county')).toBeNull();
  });
  it('finds municipality districts and directly administered units in the whole province', () => {
    expect(seatOf('310104', '徐汇区', 'county')).toMatchObject({ row: { id: 1787957 }, region: 'province' });
    expect(seatOf('429004', '仙桃市', 'county')).toMatchObject({ row: { id: 1790371 }, match: 'pinyin-name', region: 'province' });
  });
  it('matches a former name from the alias table (户县 for 鄠邑区)', () => {
    expect(seatOf('610118', '鄠邑区', 'county')).toMatchObject({ note: expect.any(String) });
    expect(seatOf('610118', '鄠邑区', 'county', ['户县'])).toMatchObject({ row: { id: 1806561 }, match: 'alias' });
  });
  it('gives no seat rather than a same-named place elsewhere (潜山 is not 铅山)', () => {
    expect(seatOf('340882', '潜山市', 'county')).toHaveProperty('note');
  });
});

describe('division name forms', () => {
  it('strips autonomous suffixes and ethnic names', () => {
    expect(ethnicShortName('围场满族蒙古族自治县')).toBe('围场');
    expect(ethnicShortName('黔南布依族苗族自治州')).toBe('黔南');
    expect(ethnicShortName('博尔塔拉蒙古自治州')).toBe('博尔塔拉');
    expect(ethnicShortName('鄂温克族自治旗')).toBeNull();
    expect(nameForms('海北藏族自治州')).toEqual(expect.arrayContaining(['海北藏族自治州', '海北', '海北州']));
    expect(nameForms('潜山市')).toEqual(['潜山市', '潜山']);
  });
});
