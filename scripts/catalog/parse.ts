/**
 * Parses and validates the catalogue table (data/catalog/development-zones-2018.tsv). A bad row is a
 * problem naming the file, the row (line number and code) and the reason; the build fails on any.
 */
import type { Problem } from '../../src/lib/data/schema.ts';
import type { ZoneLevel, ZoneType } from '../../src/lib/data/catalog-types.ts';

export const CATALOG_FILE = 'data/catalog/development-zones-2018.tsv';
/** Official total of the 2018 catalogue (552 national + 1,991 provincial). */
export const CATALOG_ROW_COUNT = 2543;

export const HEADER = ['序号', '代码', '开发区名称', '省份', '城市/区县', '批准级别', '开发区类型', '批准时间', '核准面积_公顷', '主导产业'];

/** Catalogue type (zh) per level → type slug, English gloss and the code's type digit. */
export const ZONE_TYPE_TABLE: { level: ZoneLevel; zh: string; type: ZoneType; en: string; digit: string }[] = [
  { level: 'national', zh: '经济技术开发区', type: 'etdz', en: 'Economic and Technological Development Zone', digit: '1' },
  { level: 'national', zh: '高新技术产业开发区', type: 'hitech', en: 'High-tech Industrial Development Zone', digit: '2' },
  { level: 'national', zh: '海关特殊监管区域', type: 'customs', en: 'Special Customs Supervision Area', digit: '3' },
  { level: 'national', zh: '边境/跨境经济合作区', type: 'border', en: 'Border / Cross-border Economic Cooperation Zone', digit: '5' },
  { level: 'national', zh: '其他类型开发区', type: 'other', en: 'Other Development Zone', digit: '6' },
  { level: 'provincial', zh: '经济开发区', type: 'edz', en: 'Economic Development Zone', digit: '7' },
  { level: 'provincial', zh: '高新技术产业开发区', type: 'hitech', en: 'High-tech Industrial Development Zone', digit: '8' },
  { level: 'provincial', zh: '工业园区', type: 'industrial-park', en: 'Industrial Park', digit: '9' },
];

const LEVELS: Record<string, ZoneLevel> = { 国务院: 'national', 省政府: 'provincial' };
const CODE = /^([GS])(\d{2})(\d)(\d{3})$/;
const DATE = /^(\d{4})\.(0[1-9]|1[0-2])$/;

/**
 * Duplicate codes the source really prints, with their count. S377018 is printed for both 山东淄川经济开发区
 * and 山东临淄经济开发区: two real zones in two districts of Zibo, so both are kept; the code is shown as
 * printed and the second row's place id gets the suffix `-2` (see the pipeline). Any other duplicate fails.
 */
export const KNOWN_DUPLICATES: Readonly<Record<string, number>> = { S377018: 2 };

export interface CatalogRow {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  code: string;
  name: string;
  province: string;
  /** The extraction's location string: a hint only, sometimes truncated. */
  locationHint: string;
  level: ZoneLevel;
  typeZh: string;
  type: ZoneType;
  typeEn: string;
  /** 'YYYY-MM', one or two. */
  approvedOn: string[];
  areaHa: number;
  industries: string[];
}

export interface ParseOptions {
  /** Province full names (省份) and their 2-digit GB prefix. */
  provinceCodes: ReadonlyMap<string, string>;
  /** Expected data rows; the real file must hold the official total. */
  expectedRows?: number;
}

/**
 * Parses the TSV text. Rows with problems are left out of `rows` and reported in `problems`.
 * The one known duplicate code (S377018, 山东淄川 and 山东临淄) is kept for both rows: the second
 * occurrence is given the id suffix `-2` by the pipeline, and the code is shown as the catalogue prints it.
 */
export function parseCatalog(text: string, options: ParseOptions, file = CATALOG_FILE): { rows: CatalogRow[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const rows: CatalogRow[] = [];
  const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  if (lines[0] !== HEADER.join('\t'))
    return { rows, problems: [{ file, reason: `header must be ${HEADER.join(' | ')}; got ${JSON.stringify(lines[0].slice(0, 80))}` }] };
  lines.slice(1).forEach((lineText, i) => {
    const line = i + 2;
    const fields = lineText.split('\t');
    const at = `row ${line}${fields[1] ? ` (${fields[1]})` : ''}`;
    const fail = (reason: string) => problems.push({ file, feature: at, reason });
    if (fields.length !== HEADER.length) return fail(`expected ${HEADER.length} tab-separated fields, got ${fields.length}`);
    const [, code, name, province, hint, levelZh, typeZh, dates, area, industries] = fields.map((f) => f.trim());
    const m = CODE.exec(code);
    if (!m) return fail(`code ${JSON.stringify(code)} does not match G|S + 2-digit province + type digit + 3 digits`);
    const level = LEVELS[levelZh];
    if (!level) return fail(`unknown approval level ${JSON.stringify(levelZh)} (国务院 or 省政府)`);
    if ((m[1] === 'G') !== (level === 'national')) return fail(`code prefix ${m[1]} disagrees with level ${levelZh}`);
    const type = ZONE_TYPE_TABLE.find((t) => t.level === level && t.zh === typeZh);
    if (!type) return fail(`unknown zone type ${JSON.stringify(typeZh)} for level ${levelZh}`);
    if (type.digit !== m[3]) return fail(`code type digit ${m[3]} disagrees with type ${typeZh} (expected ${type.digit})`);
    const provinceCode = options.provinceCodes.get(province);
    if (!provinceCode) return fail(`unknown province ${JSON.stringify(province)}`);
    if (provinceCode !== m[2]) return fail(`code province ${m[2]} disagrees with ${province} (${provinceCode})`);
    if (!name) return fail('name is empty');
    const approvedOn: string[] = [];
    for (const d of dates.split('/')) {
      const dm = DATE.exec(d);
      if (!dm || Number(dm[1]) < 1978 || Number(dm[1]) > 2018) return fail(`approval date ${JSON.stringify(dates)} is not YYYY.MM (1978–2018)`);
      approvedOn.push(`${dm[1]}-${dm[2]}`);
    }
    const areaHa = Number(area);
    if (area === '' || !Number.isFinite(areaHa) || areaHa <= 0) return fail(`approved area ${JSON.stringify(area)} is not a positive number of hectares`);
    // One cell ends a term with a stray full stop (食品.): the source's typo, not part of the term.
    const terms = industries.split('、').map((t) => t.trim().replace(/\.$/, ''));
    if (terms.some((t) => t === '')) return fail(`main industries ${JSON.stringify(industries)} hold an empty term`);
    rows.push({ line, code, name, province, locationHint: hint, level, typeZh, type: type.type, typeEn: type.en, approvedOn, areaHa, industries: terms });
  });
  for (const [code, list] of duplicateCodes(rows))
    if (!(code in KNOWN_DUPLICATES && KNOWN_DUPLICATES[code] === list.length))
      problems.push({ file, feature: `row ${list[1].line} (${code})`, reason: `duplicate code (also row ${list[0].line})` });
  const expected = options.expectedRows;
  if (expected !== undefined && lines.length - 1 !== expected)
    problems.push({ file, reason: `expected ${expected} zones (the official total), found ${lines.length - 1} rows` });
  return { rows, problems };
}

/** Codes that occur more than once, with their rows. */
export function duplicateCodes(rows: readonly CatalogRow[]): Map<string, CatalogRow[]> {
  const byCode = new Map<string, CatalogRow[]>();
  for (const row of rows) byCode.set(row.code, [...(byCode.get(row.code) ?? []), row]);
  return new Map([...byCode].filter(([, list]) => list.length > 1));
}
