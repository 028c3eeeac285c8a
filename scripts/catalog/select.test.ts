import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEADER, parseCatalog } from './parse.ts';
import { selectZone, termCodes, zoneIndustryCodes } from './select.ts';

const provinces = JSON.parse(readFileSync('data/provinces.json', 'utf8')).provinces as { name: { zh: string }; adcode: string }[];
const { rows } = parseCatalog(readFileSync('data/catalog/development-zones-2018.tsv', 'utf8'), {
  provinceCodes: new Map(provinces.map((p) => [p.name.zh, p.adcode.slice(0, 2)])),
});
const row = (code: string) => rows.find((r) => r.code === code)!;

describe('selection rule on real rows', () => {
  it('keeps zones naming medicine, biomedicine, devices, TCM or life sciences', () => {
    expect(HEADER.length).toBe(10);
    for (const code of ['G132003', 'G131055', 'G351134', 'S137058', 'S138049', 'G372028']) expect(selectZone(row(code).industries).kept, code).toBe(true);
    expect(selectZone(row('G372028').industries).medicalTerms).toEqual(['医疗器械', '医药']);
  });
  it('drops biotech alone, food, electrical equipment and explosives', () => {
    expect(row('G331114').industries).toContain('生物技术');
    for (const code of ['G331114', 'G411168', 'G321085', 'G351024', 'G352021']) expect(selectZone(row(code).industries).kept, code).toBe(false);
    expect(selectZone(['炸药及火工产品', '食品', '健康食品', '生物']).kept).toBe(false);
  });
  it('keeps 481 of the 2,543 zones', () => {
    expect(rows.length).toBe(2543);
    expect(rows.filter((r) => selectZone(r.industries).kept).length).toBe(481);
  });
  it('maps terms to taxonomy codes, real industries before auxiliary ones', () => {
    expect(termCodes('生物医药')).toEqual(['biologics']);
    expect(termCodes('医疗器械')).toEqual(['medical_devices']);
    expect(termCodes('中药材加工')).toEqual(['tcm']);
    expect(termCodes('医药化工')).toEqual(['api_excipients_intermediates']);
    expect(termCodes('装备制造')).toEqual([]);
    expect(zoneIndustryCodes(['医药', '中药'], new Set(['pharma_manufacturing_general']))).toEqual(['tcm', 'pharma_manufacturing_general']);
  });
});
