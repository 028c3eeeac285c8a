import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, normaliseText, numbersInQuote, parseDataFile, qualifierInQuote, validateAcrossFiles, validateFile, validateSources, type ValidationContext } from './schema.ts';
import type { PlaceCollection } from './types.ts';

const good = JSON.parse(readFileSync(join(import.meta.dirname, '../../../tests/fixtures/data/good/places.geojson'), 'utf8')) as PlaceCollection;
const seedText = readFileSync(join(import.meta.dirname, '../../../data/seeds/000_e84a2bc5de88b950.txt'), 'utf8');
const ctx: ValidationContext = {
  industryCodes: new Set(['lab_animals', 'tcm']),
  publicSourceIds: new Set(['pub-1']),
  seedTexts: new Map([['000_e84a2bc5de88b950.txt', normaliseText(seedText)]]),
};
const clone = () => structuredClone(good);
const reasons = (fc: unknown) => validateFile('f.geojson', fc, ctx).problems.map(formatProblem);

describe('place schema', () => {
  it('accepts the good fixture', () => {
    const result = validateFile('f.geojson', good, ctx);
    expect(result.problems).toEqual([]);
    expect(validateAcrossFiles([{ file: 'f.geojson', features: result.features }])).toEqual([]);
  });

  it('a point cannot claim to be a schematic footprint', () => {
    const fc = clone();
    fc.features[0].properties.geometry.kind = 'schematic-equal-area';
    expect(reasons(fc)).toContain('f.geojson: feature fixture-province: a schematic-equal-area geometry must be a Polygon');
  });

  it('a polygon cannot claim to be a seat', () => {
    const fc = clone();
    fc.features[1].properties.geometry.kind = 'point-at-seat';
    expect(reasons(fc)).toContain('f.geojson: feature fixture-zone: a polygon must be schematic-equal-area or digitised, not point-at-seat');
  });

  it('a proxy point must say whose anchor it uses', () => {
    const fc = clone();
    fc.features[0].properties.geometry.kind = 'proxy-point';
    expect(reasons(fc)).toContain('f.geojson: feature fixture-province: a proxy-point must name the place it stands at (geometry.proxyOf)');
  });

  it('a non-region needs a parent; a public source must exist', () => {
    const fc = clone();
    fc.features[1].properties.parent = null;
    fc.features[1].properties.sources = [{ pub: 'pub-99' }];
    expect(reasons(fc)).toEqual([
      'f.geojson: feature fixture-zone: a pilot-zone needs a parent',
      'f.geojson: feature fixture-zone: sources[0]: unknown public source "pub-99"',
    ]);
  });

  it('seed quotes survive line wrapping but not rewording', () => {
    const fc = clone();
    fc.features[1].properties.sources = [{ seed: '000_e84a2bc5de88b950.txt', quote: 'the pilot zone has a planned\n   area of 53.7 square kilometers' }];
    expect(reasons(fc)).toEqual([]);
    fc.features[1].properties.sources = [{ seed: '000_e84a2bc5de88b950.txt', quote: 'the pilot zone has a planned area of 53.7 km²' }];
    expect(reasons(fc)[0]).toMatch(/quote not found in seed/);
  });

  it('a parent loop is reported', () => {
    const fc = clone();
    fc.features[0].properties.parent = 'fixture-zone';
    const { features } = validateFile('f.geojson', fc, ctx);
    expect(validateAcrossFiles([{ file: 'f.geojson', features }]).map(formatProblem)).toContain('f.geojson: feature fixture-zone: parent chain loops back to itself');
  });

  it('parseDataFile gives one line for empty, whitespace and broken JSON', () => {
    expect(parseDataFile('a', '', 0)).toEqual({ ok: false, problem: { file: 'a', reason: 'empty file (0 bytes)' } });
    expect(parseDataFile('a', '  \n', 3)).toEqual({ ok: false, problem: { file: 'a', reason: 'file holds only whitespace' } });
    const broken = parseDataFile('a', '{"type":', 8);
    expect(broken.ok).toBe(false);
  });

  it('never throws on hostile shapes', () => {
    for (const value of [null, 42, 'x', [], { type: 'FeatureCollection', features: [null, 1, { type: 'Feature' }, { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[]] } }] }])
      expect(() => validateFile('f.geojson', value, ctx)).not.toThrow();
  });

  it('reads the qualifier a source gives a number, Chinese or English', () => {
    expect(qualifierInQuote('产值近16亿元')).toBe('nearly');
    expect(qualifierInQuote('该产业集群2024年产值突破1257亿元')).toBe('exceeds');
    expect(qualifierInQuote('目前实验用猴存栏1.1万余只')).toBe('exceeds');
    expect(qualifierInQuote('投资总额500多亿元')).toBe('exceeds');
    expect(qualifierInQuote('成功签约项目66个')).toBeNull(); // 签约 is not 约 (about)
    expect(qualifierInQuote('约15%')).toBe('about');
    expect(qualifierInQuote('the operating income exceeded 100 billion yuan')).toBe('exceeds');
    expect(qualifierInQuote('2024: 344 above-scale pharmaceutical firms')).toBeNull();
    expect(qualifierInQuote('total project investment was 7.479 billion yuan')).toBeNull();
  });

  it('reads the numbers a source states, with 万/亿 (simplified or traditional) and English multipliers', () => {
    expect(numbersInQuote('总投资额126.48亿元')).toContain(12648000000);
    expect(numbersInQuote('目前实验用猴存栏1.1万余只')).toContain(11000);
    expect(numbersInQuote('投资总额500多亿元')).toContain(50000000000);
    expect(numbersInQuote('該產業集群2024年產值突破1257億元')).toEqual([2024, 125700000000]);
    expect(numbersInQuote('石家庄全市生物医药产业营收突破千亿元大关')).toEqual([100000000000]);
    expect(numbersInQuote('the total project investment was 7.479 billion yuan')).toEqual([7479000000]);
    expect(numbersInQuote('Phase 1 investment 400 million yuan')).toEqual([1, 400000000]);
    expect(numbersInQuote('a planned area of 2,798.65 ha')).toEqual([2798.65]);
    expect(numbersInQuote('an average annual increase of about 15%')).toEqual([15]);
    expect(numbersInQuote('plans to build three major parks')).toEqual([]);
  });

  it('a figure whose quote does not state its value is refused', () => {
    const fc = clone();
    fc.features[1].properties.figures[0].source = { pub: 'pub-1', quote: 'area of the pilot zone, see the page' };
    expect(reasons(fc)).toEqual(['f.geojson: feature fixture-zone: figures[0]: the quote does not state the value 53.7 in any written form ("area of the pilot zone, see the page")']);
  });

  it('a figure whose quote says 近 (nearly) cannot be shown as about', () => {
    const fc = clone();
    fc.features[1].properties.figures.push({ ...fc.features[1].properties.figures[0], kind: 'output', metric: 'output', value: 1.6e9, unit: 'CNY', basis: 'actual', qualifier: 'about', source: { pub: 'pub-1', quote: '产值近16亿元' } });
    expect(reasons(fc)).toEqual(['f.geojson: feature fixture-zone: figures[1]: the quote words the number as nearly but the figure says about ("产值近16亿元")']);
    fc.features[1].properties.figures[1].qualifier = 'nearly';
    expect(reasons(fc)).toEqual([]);
  });

  it('a source names its publisher; a page on another host must be marked a copy', () => {
    const base = { id: 'pub-1', url: 'https://www.chinanews.com.cn/x.shtml', title: 't', publisher: { zh: '中国新闻网', en: 'CNS' }, publisherSite: 'chinanews.com.cn' };
    expect(validateSources('s.json', [base])).toEqual([]);
    expect(validateSources('s.json', [{ ...base, url: 'http://mirror.example/x' }]).map(formatProblem)[0]).toMatch(/not the publisher's site/);
    expect(validateSources('s.json', [{ ...base, url: 'http://mirror.example/x', archiveCopy: true }])).toEqual([]);
    expect(validateSources('s.json', [{ ...base, archiveCopy: true }]).map(formatProblem)[0]).toMatch(/archiveCopy is set but url is on the publisher's site/);
    expect(validateSources('s.json', [{ id: 'pub-2', url: 'http://x.example', title: 't' }]).map(formatProblem)).toEqual(['s.json: feature pub-2: publisher {zh, en} must name who published the text']);
  });
});

describe('every word the Chinese panel shows has Chinese', () => {
  it('an estimate, a geometry note and a name correction without their Chinese are refused', () => {
    const fc = clone();
    const p = fc.features[0].properties as unknown as { geometry: { note?: string; sources: Record<string, string>[] }; name: Record<string, string> };
    delete p.geometry.sources[0].estimateZh;
    p.geometry.note = 'A note in English only';
    p.name.correction = 'A correction in English only';
    const text = reasons(fc).join('\n');
    expect(text).toMatch(/estimateZh/);
    expect(text).toMatch(/geometry\.noteZh/);
    expect(text).toMatch(/correctionZh/);
  });
});
