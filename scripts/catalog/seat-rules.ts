/**
 * How a GB/T 2260 division finds its seat among GeoNames populated places (the rules of
 * `npm run data:gazetteer`, kept pure so each can be tested on real GeoNames rows). In order:
 * 1. Region: a place whose GeoNames ADM2 code is the division's prefecture (first four GB digits); else
 *    a place anywhere in the division's province, for units whose ADM2 code GeoNames does not give in GB
 *    form (the four municipalities, provincial-level-directly-administered county units such as 仙桃 and
 *    神农架, the 兵团 cities), or, for any division, the one place in the province that carries its name
 *    (GeoNames' ADM2 code is wrong: 鄂州 is filed under 黄冈's 4211).
 * 2. Name: a place whose Chinese alternate names hold a form of the division's name (full, without
 *    suffix, autonomous short form) or a reviewed alias (former name: 户县 for 鄠邑区); else one whose
 *    name or Latin alternate name is the pinyin of such a form.
 * 3. Class: the seat classes in the division level's order; a prefecture accepts a PPLA3 (GeoNames files
 *    泰州, 绍兴, 绵阳 … as third-order seats) or a plain PPL, the more populous by DOMINANT_POPULATION
 *    when both carry the name; a county also a PPLA4 named after it.
 * 4. Several candidates that lie within DUPLICATE_KM of each other are one place entered twice (新余):
 *    the most populous is taken. Candidates further apart are ambiguous: no seat (no guess).
 * 5. A prefecture that matches no name takes the one PPLA2 (seat of a second-order division) filed
 *    under its ADM2 code (资阳 → Ziyang, 雁江).
 */
import { pinyin } from 'pinyin-pro';
import { nameForms } from './division-names.ts';

export interface GeoRow {
  id: number;
  name: string;
  /** Alternate names (all scripts). */
  alt: readonly string[];
  lat: number;
  lon: number;
  /** GeoNames feature code: PPLC, PPLA, PPLA2, PPLA3, PPLA4, PPL. */
  fc: string;
  admin1: string;
  admin2: string;
  population: number;
}

export type DivisionLevel = 'province' | 'prefecture' | 'county';

export interface DivisionInput {
  code: string;
  name: string;
  level: DivisionLevel;
  /** Reviewed aliases (data/catalog/division-aliases.tsv), e.g. 户县 for 鄠邑区. */
  aliases: readonly string[];
}

export interface SeatMatch {
  row: GeoRow;
  /** What matched: a Chinese name form, an alias, a pinyin name, or the prefecture's only PPLA2. */
  match: 'zh-name' | 'alias' | 'pinyin-name' | 'only-ppla2';
  /** Where the candidate was looked for: its GeoNames ADM2 code = the GB prefecture, or the province. */
  region: 'prefecture-code' | 'province';
  /** Set when duplicates were merged (rule 4). */
  duplicates?: number;
}

/** Candidates closer than this are one place entered twice. */
export const DUPLICATE_KM = 25;

/** Seat classes tried in order, per level; classes in one group compete (see `pickOne`). */
const CLASSES: Record<DivisionLevel, readonly (readonly string[])[]> = {
  province: [['PPLC'], ['PPLA']],
  // GeoNames files some prefecture seats as PPLA3 (泰州) or PPL (本溪), and some counties named after
  // their prefecture as PPLA3 (本溪满族自治县's seat carries 本溪): within the group the larger place wins.
  prefecture: [['PPLA'], ['PPLA2'], ['PPLC'], ['PPLA3', 'PPL']],
  county: [['PPLA3'], ['PPLA2'], ['PPLA'], ['PPLC'], ['PPL'], ['PPLA4']],
};

/** Population ratio by which the larger of two same-named candidates is taken as the prefecture seat. */
export const DOMINANT_POPULATION = 3;

/**
 * One place from same-class candidates: duplicates merged; else, for a prefecture, a place at least
 * DOMINANT_POPULATION times as populous as every other; else null (ambiguous).
 */
export function pickOne(candidates: readonly GeoRow[], level: DivisionLevel): GeoRow | null {
  const merged = mergeDuplicates(candidates);
  if (merged || level !== 'prefecture') return merged;
  const [first, ...rest] = [...candidates].sort((a, b) => b.population - a.population);
  return rest.every((g) => km(g, first) <= DUPLICATE_KM || first.population >= DOMINANT_POPULATION * g.population) ? first : null;
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);
const HAN = /[\u4e00-\u9fff]/;

/** Whether GeoNames gives this division no GB-form ADM2 code, so its places are looked for in the province. */
export function provinceWide(code: string): boolean {
  return MUNICIPALITIES.has(code.slice(0, 2)) || code.slice(2, 4) === '90';
}

/** Toneless pinyin as one lower-case word (正定 → zhengding). */
export function pinyinKey(zh: string): string {
  return fold(pinyin(zh, { toneType: 'none', type: 'array', v: true }).join('').replace(/v/g, 'u'));
}

/** Lower case without diacritics, apostrophes, spaces or hyphens (Xi’an → xian). */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f'’ -]/g, '').toLowerCase();
}

function km(a: GeoRow, b: GeoRow): number {
  const r = Math.PI / 180;
  const x = (b.lon - a.lon) * r * Math.cos(((a.lat + b.lat) / 2) * r);
  const y = (b.lat - a.lat) * r;
  return Math.sqrt(x * x + y * y) * 6371;
}

/** The GeoNames rows indexed by Chinese name and by folded Latin name. */
export interface GeoIndex {
  byZh: Map<string, GeoRow[]>;
  byLatin: Map<string, GeoRow[]>;
  /** GeoNames ADM1 code → 2-digit GB province code. */
  provinceOf: Map<string, string>;
  /** PPLA2 rows by ADM2 code. */
  ppla2: Map<string, GeoRow[]>;
}

/**
 * Indexes GeoNames rows. An ADM1 code's GB province is the most common first two digits of its rows'
 * 4-digit ADM2 codes; an ADM1 without any (the municipalities) is the province whose name its
 * PPLC/PPLA row carries.
 */
export function indexGeoRows(rows: readonly GeoRow[], provinces: readonly { code: string; name: string }[]): GeoIndex {
  const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => m.set(k, [...(m.get(k) ?? []), v]);
  const byZh = new Map<string, GeoRow[]>();
  const byLatin = new Map<string, GeoRow[]>();
  const ppla2 = new Map<string, GeoRow[]>();
  const votes = new Map<string, Map<string, number>>();
  for (const g of rows) {
    for (const a of new Set(g.alt)) if (HAN.test(a)) push(byZh, a, g);
    for (const a of new Set([g.name, ...g.alt.filter((x) => !HAN.test(x) && /^[\p{Script=Latin}\s'’-]+$/u.test(x))].map(fold))) push(byLatin, a, g);
    if (g.fc === 'PPLA2') push(ppla2, g.admin2, g);
    if (/^\d{4}$/.test(g.admin2)) {
      const v = votes.get(g.admin1) ?? new Map<string, number>();
      v.set(g.admin2.slice(0, 2), (v.get(g.admin2.slice(0, 2)) ?? 0) + 1);
      votes.set(g.admin1, v);
    }
  }
  const provinceOf = new Map<string, string>();
  for (const [admin1, v] of votes) provinceOf.set(admin1, [...v].sort((a, b) => b[1] - a[1])[0][0]);
  for (const g of rows)
    if ((g.fc === 'PPLC' || g.fc === 'PPLA') && !provinceOf.has(g.admin1)) {
      const p = provinces.find((p) => nameForms(p.name).some((f) => g.alt.includes(f)));
      if (p) provinceOf.set(g.admin1, p.code.slice(0, 2));
    }
  return { byZh, byLatin, provinceOf, ppla2 };
}

/** One place entered several times (all within DUPLICATE_KM): the most populous; else null. */
export function mergeDuplicates(rows: readonly GeoRow[]): GeoRow | null {
  if (!rows.length) return null;
  if (!rows.every((a) => rows.every((b) => km(a, b) <= DUPLICATE_KM))) return null;
  return [...rows].sort((a, b) => b.population - a.population || a.id - b.id)[0];
}

/**
 * The seat of a division, or a note saying why none was taken.
 * @param div the division and its reviewed aliases
 * @param index the indexed GeoNames rows of China
 */
export function findSeat(div: DivisionInput, index: GeoIndex): SeatMatch | { note: string } {
  const pref4 = div.code.slice(0, 4);
  const prov2 = div.code.slice(0, 2);
  const forms = nameForms(div.name);
  const aliasForms = div.aliases.flatMap(nameForms);
  const pinyinForms = [...new Set([...forms.slice(1), ...aliasForms].map(pinyinKey))];
  const sameProvince = (g: GeoRow) => index.provinceOf.get(g.admin1) === prov2;
  const regions: { region: SeatMatch['region']; test: (g: GeoRow) => boolean; unique: boolean }[] =
    div.level === 'province' || provinceWide(div.code)
      ? [{ region: 'province', test: sameProvince, unique: false }]
      : [
          { region: 'prefecture-code', test: (g) => g.admin2 === pref4, unique: false },
          // Rule 1, wrong ADM2: only a seat-class place, only when it is the one in the province.
          { region: 'province', test: (g) => sameProvince(g) && g.fc !== 'PPLA4', unique: true },
        ];
  const names: { match: SeatMatch['match']; rows: GeoRow[] }[] = [
    { match: 'zh-name', rows: forms.flatMap((f) => index.byZh.get(f) ?? []) },
    { match: 'alias', rows: aliasForms.flatMap((f) => index.byZh.get(f) ?? []) },
    // A pinyin match is taken when the place has no Chinese name (so not another place's) or is itself a seat.
    {
      match: 'pinyin-name',
      rows: pinyinForms.flatMap((f) => index.byLatin.get(f) ?? []).filter((g) => !g.alt.some((a) => HAN.test(a)) || ['PPLA2', 'PPLA3'].includes(g.fc)),
    },
  ];
  for (const { region, test, unique } of regions)
    for (const { match, rows } of names)
      for (const group of CLASSES[div.level]) {
        const candidates = [...new Set(rows)].filter((g) => group.includes(g.fc) && test(g));
        if (!candidates.length) continue;
        const one = pickOne(candidates, div.level);
        // Distinct places of one name and class: no seat rather than a guess.
        if (!one) return { note: `ambiguous: GeoNames ${group.join('/')} ${candidates.map((g) => g.id).join(', ')} are more than ${DUPLICATE_KM} km apart` };
        if (unique && rows.filter((g) => test(g) && km(g, one) > DUPLICATE_KM).length) continue;
        return { row: one, match, region, ...(candidates.length > 1 ? { duplicates: candidates.length } : {}) };
      }
  if (div.level === 'prefecture') {
    const only = mergeDuplicates(index.ppla2.get(pref4) ?? []);
    if (only) return { row: only, match: 'only-ppla2', region: 'prefecture-code' };
  }
  return { note: 'no GeoNames seat-class place carries the name' };
}
