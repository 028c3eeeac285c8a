/**
 * The reviewed table of division aliases (data/catalog/division-aliases.tsv): names by which zone names
 * refer to a GB/T 2260 division that are not a form of its current name. Facts, each with its source:
 * - `former-name`: the division's name before a change (户县 → 鄠邑区, 2016); also matched in GeoNames.
 * - `short-form`: an official abbreviation (科左后旗 for 科尔沁左翼后旗).
 * - `area-in`: a town, farm, 兵团 division or zone area named in zone names that lies in the division
 *   (风陵渡 in 芮城县; 第三师 and 图木舒克市 are one unit).
 * - `misspelling`: the catalogue's own misspelling (湽博 for 淄博): shown corrected with a note.
 * - `zone-in`: a zone whose name names no division (东侨经济技术开发区), with the division a source puts it
 *   in; the alias is the zone's catalogue name, exactly.
 * - `seat`: where the division's seat is, when GeoNames does not name it: a prefecture's seat county
 *   (庆阳市 → 西峰区) or a county's seat town (香格里拉市 → 建塘).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from '../../src/lib/data/schema.ts';

export const ALIAS_FILE = 'data/catalog/division-aliases.tsv';
const HEADER = ['code', 'division', 'alias', 'kind', 'source', 'source_title', 'quote'] as const;
export const ALIAS_KINDS = ['former-name', 'short-form', 'area-in', 'misspelling', 'zone-in', 'seat'] as const;
export type AliasKind = (typeof ALIAS_KINDS)[number];

export interface DivisionAlias {
  line: number;
  /** GB/T 2260 code of the division. */
  code: string;
  /** Its current name (a cross-check on the code). */
  division: string;
  alias: string;
  kind: AliasKind;
  source: string;
  sourceTitle: string;
  quote: string;
}

/** Parses the alias table; a broken row is a problem naming the file, the row and the reason. */
export function parseDivisionAliases(text: string, file = ALIAS_FILE): { rows: DivisionAlias[]; problems: Problem[] } {
  const rows: DivisionAlias[] = [];
  const problems: Problem[] = [];
  const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  if (lines[0] !== HEADER.join('\t')) return { rows, problems: [{ file, reason: `header must be ${HEADER.join(' | ')}` }] };
  lines.slice(1).forEach((l, i) => {
    const line = i + 2;
    const f = l.split('\t').map((x) => x.trim());
    const fail = (reason: string) => problems.push({ file, feature: `row ${line}${f[2] ? ` (${f[2]})` : ''}`, reason });
    if (f.length !== HEADER.length) return fail(`expected ${HEADER.length} tab-separated fields, got ${f.length}`);
    const [code, division, alias, kind, source, sourceTitle, quote] = f;
    if (!/^\d{6}$/.test(code)) return fail(`code ${JSON.stringify(code)} is not a 6-digit GB/T 2260 code`);
    if (!division || !alias) return fail('division and alias must not be empty');
    if (!(ALIAS_KINDS as readonly string[]).includes(kind)) return fail(`kind ${JSON.stringify(kind)} is not one of ${ALIAS_KINDS.join(', ')}`);
    if (!source || !sourceTitle || !quote) return fail('source, source_title and quote are required');
    if (quote.length > 200) return fail('quote is longer than 200 characters');
    rows.push({ line, code, division, alias, kind: kind as AliasKind, source, sourceTitle, quote });
  });
  return { rows, problems };
}

/** Reads and parses the committed alias table. */
export function readDivisionAliases(root: string): { rows: DivisionAlias[]; problems: Problem[] } {
  return parseDivisionAliases(readFileSync(join(root, ALIAS_FILE), 'utf8'));
}
