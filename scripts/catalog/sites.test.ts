import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadData, ROOT } from '../data-files.ts';
import { withCatalog } from './load.ts';
import { buildSiteContext, readCatalogInputs, siteSourceId } from './pipeline.ts';
import { CATALOG_ROW_COUNT, parseCatalog } from './parse.ts';
import { resolveDivision } from './place.ts';
import { selectZone } from './select.ts';
import { CHECK_HEADER, SITE_HEADER, parseCheckSet, parseSites, quantile, siteCodes, toWgs84 } from './sites.ts';

const data = withCatalog(loadData());
const inputs = readCatalogInputs(ROOT, data.taxonomy, new Set());
const provinceByName = new Map(inputs.provinces.map((p) => [p.name.zh, p]));
const { rows } = parseCatalog(inputs.tsv, {
  provinceCodes: new Map(inputs.provinces.map((p) => [p.name.zh, p.adcode.slice(0, 2)])),
  expectedRows: CATALOG_ROW_COUNT,
});
const kept = rows.filter((r) => selectZone(r.industries).kept);
const ctx = buildSiteContext(
  siteCodes(rows),
  new Map(kept.map((r) => [r, resolveDivision(r.name, provinceByName.get(r.province)!, inputs.seats)])),
  inputs,
);

/** The committed 泰州 row (a real row), as fields to break one at a time. */
const jiangsu = readFileSync(join(ROOT, 'data/catalog/sites/jiangsu.tsv'), 'utf8').split('\n');
const taizhouLine = jiangsu.find((l) => l.startsWith('G322081\t'))!;
const header = SITE_HEADER.join('\t');
const field = (name: (typeof SITE_HEADER)[number]) => SITE_HEADER.indexOf(name);

function withField(changes: Partial<Record<(typeof SITE_HEADER)[number], string>>): string {
  const cells = taizhouLine.split('\t');
  for (const [k, v] of Object.entries(changes)) cells[field(k as (typeof SITE_HEADER)[number])] = v!;
  return cells.join('\t');
}

function problemsOf(line: string, file = 'data/catalog/sites/jiangsu.tsv'): string[] {
  return parseSites([{ file, text: `${header}\n${line}\n` }], ctx).problems.map((p) => `${p.file}: ${p.feature}: ${p.reason}`);
}

describe('site table: the committed rows', () => {
  it('build with no problems and every row places its zone', () => {
    expect(data.problems).toEqual([]);
    expect(data.catalog.sited.length).toBeGreaterThan(0);
    const codes = new Set(data.catalog.features.map((f) => f.properties.catalog?.code));
    for (const s of data.catalog.sited) expect(codes.has(s.row.code), s.row.code).toBe(true);
  });
  it('override the seat: 泰州医药高新区 is a point-at-site with its radius, quote and source', () => {
    const f = data.catalog.features.find((x) => x.properties.catalog?.code === 'G322081')!;
    expect(f.geometry.coordinates).toEqual([119.885, 32.413]);
    const g = f.properties.geometry;
    expect([g.kind, g.confidence, g.uncertaintyKm]).toEqual(['point-at-site', 'sourced', 5]);
    expect(g.sources[0]).toMatchObject({ pub: siteSourceId('G322081') });
    expect((g.sources[0] as { quote: string }).quote).toContain('药城大道1号');
    expect(f.properties.catalog!.placement).toMatchObject({ precision: 'town', site: { source: 'site-g322081' } });
    const source = data.sources.find((s) => s.id === 'site-g322081')!;
    expect([source.url, source.lang]).toEqual(['https://www.iivd.net/article-27302-1.html', 'zh-CN']);
    expect(data.catalog.unplaced.some((u) => u.row.code === 'G322081')).toBe(false);
  });
  it('keep county and prefecture rows at seat semantics (kinds point-at-seat / point-at-city)', () => {
    for (const s of data.catalog.sited) {
      const f = data.catalog.features.find((x) => x.properties.catalog?.code === s.row.code)!;
      const expected = { site: 'point-at-site', town: 'point-at-site', county: 'point-at-seat', prefecture: 'point-at-city' }[s.site.precision];
      expect(f.properties.geometry.kind, s.row.code).toBe(expected);
    }
  });
});

describe('site table: a broken row fails with file, row, code and reason', () => {
  const at = 'data/catalog/sites/jiangsu.tsv: row 2 (';
  it('accepts the row as committed', () => {
    expect(problemsOf(taizhouLine)).toEqual([]);
  });
  it.each([
    ['a code not in the catalogue', { code: 'G329999' }, 'is not in the catalogue'],
    ['a zone that is not kept (not medical)', { code: 'G322079', zone: '扬州高新技术产业开发区' }, 'not a kept (medical) zone'],
    ['a zone name that does not match the code', { zone: '泰州经济开发区' }, "is not the catalogue's name for G322081"],
    ['an unknown datum', { datum: 'WGS-84' }, 'datum must be one of'],
    ['an unknown precision', { precision: 'street' }, 'precision must be one of'],
    ['more decimals than the precision allows', { lon: '119.8855' }, 'more than 3 for town precision'],
    ['an uncertainty outside the precision range', { uncertainty_km: '1' }, 'must be 3–8 km for town precision'],
    ['an empty quote', { quote: '' }, 'quote must not be empty'],
    ['a quote over 200 characters', { quote: '位'.repeat(201) }, 'at most 200'],
    ['a source that is not a URL', { source: 'iivd article' }, "source must be the page's http(s) URL"],
    ['a coord_source of no known form', { coord_source: 'amap' }, 'coord_source must be'],
    ['a point outside its province', { lon: '121.474', lat: '31.230' }, 'is not inside 江苏省'],
    ['non-numeric coordinates', { lat: '32.4N' }, 'lon/lat must be decimal degrees'],
  ])('%s', (_, change, reason) => {
    const problems = problemsOf(withField(change));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(at);
    expect(problems[0]).toContain(reason);
  });
  it('a point far from the county its name resolves to (丹阳 → 徐州)', () => {
    const line = withField({ code: 'S328138', zone: '江苏省丹阳高新技术产业开发区', lon: '117.185', lat: '34.262' });
    expect(problemsOf(line)).toEqual([expect.stringMatching(/row 2 \(S328138\): point is \d+ km from the seat of 丹阳市, the county .*at most 60 km/)]);
  });
  it('a zone named after another county passes only when its note says so', () => {
    const far = { code: 'S328138', zone: '江苏省丹阳高新技术产业开发区', lon: '117.185', lat: '34.262' };
    expect(problemsOf(withField({ ...far, note: 'named after 丹阳 [outside named county]' }))).toEqual([]);
    expect(problemsOf(withField({ ...far, note: 'named after 丹阳' }))).toHaveLength(1);
  });
  it('a row in another province file', () => {
    expect(problemsOf(taizhouLine, 'data/catalog/sites/zhejiang.tsv')[0]).toContain('is in 江苏省 (jiangsu.tsv), not in this file');
  });
  it('a file not named after a province, a wrong header, a short row', () => {
    expect(problemsOf(taizhouLine, 'data/catalog/sites/jiangsu-2.tsv')[0]).toContain('file name must be <province id>.tsv');
    const bad = parseSites([{ file: 'data/catalog/sites/jiangsu.tsv', text: `code\tzone\n${taizhouLine}\n` }], ctx).problems;
    expect(bad[0].reason).toContain('header must be');
    expect(problemsOf('G322081\t泰州医药高新技术产业开发区\t119.885')[0]).toContain('expected 14 tab-separated fields, got 3');
  });
  it('a code given twice', () => {
    const two = parseSites([{ file: 'data/catalog/sites/jiangsu.tsv', text: `${header}\n${taizhouLine}\n${taizhouLine}\n` }], ctx).problems;
    expect(two.map((p) => `${p.feature}: ${p.reason}`)).toEqual(['row 3 (G322081): duplicate code (also data/catalog/sites/jiangsu.tsv row 2)']);
  });
  it('S377018-2 names the second zone printed with S377018 (山东临淄)', () => {
    expect(ctx.zones.get('S377018-2')?.row.name).toBe('山东临淄经济开发区');
    expect(ctx.zones.get('S377018')?.row.name).toBe('山东淄川经济开发区');
  });
});

describe('site table: a zone outside its catalogue province (藏青工业园, Tibet\'s enclave in 格尔木)', () => {
  const xizang = readFileSync(join(ROOT, 'data/catalog/sites/xizang.tsv'), 'utf8').split('\n');
  const zangqing = xizang.find((l) => l.startsWith('S549004\t'))!;
  const file = 'data/catalog/sites/xizang.tsv';
  const edit = (changes: Partial<Record<(typeof SITE_HEADER)[number], string>>) => {
    const cells = zangqing.split('\t');
    for (const [k, v] of Object.entries(changes)) cells[field(k as (typeof SITE_HEADER)[number])] = v!;
    return cells.join('\t');
  };
  const note = zangqing.split('\t')[field('note')];
  it('the committed row passes: in 青海省 as its note declares, and the zone is placed and says so', () => {
    const { rows: parsed, problems } = parseSites([{ file, text: `${header}\n${zangqing}\n` }], ctx);
    expect(problems).toEqual([]);
    expect(parsed[0].outside).toEqual({ province: 'qinghai', place: '青海省格尔木市', reason: "Tibet's enclave park, built with Qinghai" });
    const f = data.catalog.features.find((x) => x.properties.catalog?.code === 'S549004')!;
    expect(f.properties.catalog!.province).toBe('xizang');
    expect(f.properties.catalog!.placement!.site!.outside).toMatchObject({ province: { zh: '青海省', en: 'Qinghai' }, place: '青海省格尔木市' });
    expect(f.properties.geometry.method).toContain('outside its catalogue province, in 青海省格尔木市');
    expect(data.catalog.unplaced.map((u) => u.row.code)).not.toContain('S549004');
  });
  it('without the declaration the same point is refused as outside 西藏自治区', () => {
    const plain = note.replace(/\[outside catalogue province: [^\]]*\]/, '');
    expect(problemsOf(edit({ note: plain }), file)).toEqual([expect.stringContaining('is not inside 西藏自治区 on the basemap; a zone lying in another province declares it')]);
  });
  it('the declared place must be a real other province, named by the quote, and hold the point', () => {
    expect(problemsOf(edit({ note: '[outside catalogue province: 格尔木市, x]' }), file)[0]).toContain("must start with a province's full name");
    expect(problemsOf(edit({ note: '[outside catalogue province: 西藏自治区拉萨市, x]' }), file)[0]).toContain('the catalogue province itself');
    expect(problemsOf(edit({ quote: '藏青工业园区开展特色资源深加工' }), file)[0]).toContain('the quote must name the declared place (格尔木)');
    expect(problemsOf(edit({ note: '[outside catalogue province: 新疆维吾尔自治区格尔木, x]' }), file)[0]).toContain('not inside 新疆维吾尔自治区, the province its note declares');
  });
});

describe('datums', () => {
  it('converts GCJ-02 and BD-09 to WGS84 (offsets of a few hundred metres near Beijing)', () => {
    const [lon, lat] = toWgs84(116.397, 39.909, 'GCJ-02');
    expect(lon).toBeCloseTo(116.3908, 3);
    expect(lat).toBeCloseTo(39.9076, 3);
    const [blon, blat] = toWgs84(116.4034, 39.9151, 'BD-09');
    expect(Math.abs(blon - 116.397)).toBeLessThan(0.01);
    expect(Math.abs(blat - 39.909)).toBeLessThan(0.01);
    expect(toWgs84(119.885, 32.413, 'WGS84')).toEqual([119.885, 32.413]);
  });
  it('a GCJ-02 row is placed at its converted point', () => {
    const { rows: parsed } = parseSites([{ file: 'data/catalog/sites/jiangsu.tsv', text: `${header}\n${withField({ datum: 'GCJ-02' })}\n` }], ctx);
    expect(parsed[0].raw).toEqual([119.885, 32.413]);
    expect(parsed[0].lon).not.toBe(119.885);
    expect(Math.abs(parsed[0].lon - 119.885)).toBeLessThan(0.01);
  });
});

describe('check set', () => {
  const checkHeader = CHECK_HEADER.join('\t');
  const sites = parseSites([{ file: 'data/catalog/sites/jiangsu.tsv', text: `${header}\n${taizhouLine}\n` }], ctx).rows;
  it('refuses a location from the same page as the zone’s site row (not independent)', () => {
    const line = ['G322081', '泰州医药高新技术产业开发区', '119.9', '32.4', 'WGS84', 'https://www.iivd.net/article-27302-1.html', '江苏泰州中国医药城', '药城大道1号', ''].join('\t');
    const { problems } = parseCheckSet('data/catalog/check-set.tsv', `${checkHeader}\n${line}\n`, ctx, sites);
    expect(problems.map((p) => `${p.feature}: ${p.reason}`)).toEqual([expect.stringContaining('row 2 (G322081): same source as its row')]);
  });
  it('accepts an independent one, and refuses one without a quote', () => {
    const ok = ['G322081', '泰州医药高新技术产业开发区', '119.9', '32.4', 'WGS84', 'https://example.org/x', 'x', '药城大道1号', ''];
    expect(parseCheckSet('data/catalog/check-set.tsv', `${checkHeader}\n${ok.join('\t')}\n`, ctx, sites).problems).toEqual([]);
    ok[7] = '';
    const { problems } = parseCheckSet('data/catalog/check-set.tsv', `${checkHeader}\n${ok.join('\t')}\n`, ctx, sites);
    expect(problems[0].reason).toContain('quote must not be empty');
  });
  it('quantiles interpolate between order statistics', () => {
    expect(quantile([5, 1, 3], 0.5)).toBe(3);
    expect(quantile([0, 10], 0.9)).toBe(9);
    expect(quantile([], 0.5)).toBeNaN();
  });
});
