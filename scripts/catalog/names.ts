/**
 * English for catalogue zones and their main-industry terms (data/catalog/README.md, Names). The zh name
 * stays the name; the English is, in order:
 * 1. an official English name from a cited source (data/catalog/names-en.tsv), else
 * 2. a generated name (`catalog.enGenerated`): the divisions the resolver found become proper English
 *    (江苏 Jiangsu, 南京市 Nanjing, 赵县 Zhao County, 海沧区 Haicang District; a short form stays a bare
 *    name: 正定 Zhengding), the generic parts are translated by the reviewed glossary
 *    (data/catalog/glossary.tsv: 海峡两岸 Cross-Strait, 科技 Science and Technology, 化学原料药 Chemical APIs,
 *    longest match first), and only what is left, the proper names, is toneless pinyin (one word per run
 *    of up to four characters, ü as u, an apostrophe before a syllable starting with a, e or o: Xi'an).
 * Main-industry terms are translated whole by the glossary; a term it does not cover has no English.
 */
import { pinyin } from 'pinyin-pro';
import type { Problem } from '../../src/lib/data/schema.ts';
import { ethnicShortName, shortName } from './division-names.ts';

export const GLOSSARY_FILE = 'data/catalog/glossary.tsv';
export const OFFICIAL_NAMES_FILE = 'data/catalog/names-en.tsv';

export interface GlossaryEntry {
  zh: string;
  en: string;
  /** `name`: a generic part of zone names; `industry`: a 主导产业 term. */
  use: 'name' | 'industry';
}

export interface OfficialName {
  code: string;
  en: string;
  source: string;
  sourceTitle: string;
  quote: string;
}

const HAN = /[\u4e00-\u9fff]/;

function parseTsv(text: string, header: readonly string[], file: string, onRow: (f: string[], fail: (r: string) => void) => void): Problem[] {
  const problems: Problem[] = [];
  const lines = text.replace(/\r\n/g, '\n').replace(/\n$/, '').split('\n');
  if (lines[0] !== header.join('\t')) return [{ file, reason: `header must be ${header.join(' | ')}` }];
  lines.slice(1).forEach((l, i) => {
    const f = l.split('\t').map((x) => x.trim());
    const fail = (reason: string) => problems.push({ file, feature: `row ${i + 2}${f[0] ? ` (${f[0]})` : ''}`, reason });
    if (f.length !== header.length) return fail(`expected ${header.length} tab-separated fields, got ${f.length}`);
    if (f.some((x) => x === '')) return fail('empty field');
    onRow(f, fail);
  });
  return problems;
}

/** Parses the glossary; a broken row is a problem naming the file, the row and the reason. */
export function parseGlossary(text: string, file = GLOSSARY_FILE): { entries: GlossaryEntry[]; problems: Problem[] } {
  const entries: GlossaryEntry[] = [];
  const seen = new Set<string>();
  const problems = parseTsv(text, ['zh', 'en', 'use'], file, ([zh, en, use], fail) => {
    if (use !== 'name' && use !== 'industry') return fail(`use ${JSON.stringify(use)} is not name or industry`);
    if (!HAN.test(zh) || HAN.test(en)) return fail('zh must be Chinese and en must not be');
    if (seen.has(`${use}:${zh}`)) return fail(`duplicate ${use} term ${zh}`);
    seen.add(`${use}:${zh}`);
    entries.push({ zh, en, use });
  });
  return { entries, problems };
}

/** Parses the official English names; each needs its source, title and quoted words. */
export function parseOfficialNames(text: string, file = OFFICIAL_NAMES_FILE): { names: OfficialName[]; problems: Problem[] } {
  const names: OfficialName[] = [];
  const problems = parseTsv(text, ['code', 'en', 'source', 'source_title', 'quote'], file, ([code, en, source, sourceTitle, quote], fail) => {
    if (!/^[GS]\d{6}(-2)?$/.test(code)) return fail(`code ${JSON.stringify(code)} is not a catalogue code`);
    if (HAN.test(en)) return fail('en must be English');
    if (!/^https?:\/\//.test(source)) return fail('source must be a URL');
    if (quote.length > 300) return fail('quote is longer than 300 characters');
    names.push({ code, en, source, sourceTitle, quote });
  });
  return { names, problems };
}

/** Toneless pinyin of Chinese text as one capitalised word (石家庄 → Shijiazhuang, 西安 → Xi'an). */
export function pinyinWord(zh: string): string {
  const syllables = pinyin(zh, { toneType: 'none', type: 'array', v: true }).map((s) => s.replace(/v/g, 'u'));
  const word = syllables.map((s, i) => (i > 0 && /^[aeo]/.test(s) && HAN.test(zh[i - 1] ?? '') ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** Toneless pinyin of the whole zh name, lower case, without spaces, so that any word typed is a substring (for search). */
export function searchPinyin(zh: string): string {
  return pinyin(zh, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' })
    .map((s) => s.replace(/v/g, 'u'))
    .join('');
}

/** Generic endings of division names and their English ('' = a city: the bare name). */
const DIVISION_GLOSS: readonly [string, string][] = [
  ['自治县', 'Autonomous County'],
  ['自治州', 'Autonomous Prefecture'],
  ['自治旗', 'Autonomous Banner'],
  ['新区', 'New Area'],
  ['林区', 'Forestry District'],
  ['地区', 'Prefecture'],
  ['县', 'County'],
  ['区', 'District'],
  ['旗', 'Banner'],
  ['盟', 'League'],
  ['市', ''],
];

/**
 * A division's name in English: 南京市 → Nanjing, 赵县 → Zhao County, 海沧区 → Haicang District,
 * 围场满族蒙古族自治县 → Weichang Autonomous County. A short form as written in a zone name (正定, 海北州)
 * is the bare name (Zhengding, Haibei Prefecture).
 * @param text the division's name, full or as the zone name writes it
 * @param fullName the division's GB/T 2260 name
 */
export function divisionEnglish(text: string, fullName = text, glossary: readonly GlossaryEntry[] = []): string {
  // A conventional English name from the glossary wins over pinyin (拉萨 Lhasa, 呼和浩特 Hohhot).
  const word = (zh: string) => glossary.find((g) => g.use === 'name' && g.zh === zh)?.en ?? pinyinWord(zh);
  if (text !== fullName) {
    if (text.endsWith('州') && fullName.endsWith('自治州') && text.length > 2) return `${word(text.slice(0, -1))} Prefecture`;
    return word(text);
  }
  const gloss = DIVISION_GLOSS.find(([s]) => fullName.endsWith(s) && fullName.length > s.length);
  if (!gloss) return word(fullName);
  const base = (gloss[0].startsWith('自治') ? ethnicShortName(fullName) : null) ?? shortName(fullName) ?? fullName.slice(0, -gloss[0].length);
  return gloss[1] ? `${word(base)} ${gloss[1]}` : word(base);
}

/** A place in the zone name and its English, as the resolver found it (江苏 → Jiangsu). */
export interface PlaceName {
  zh: string;
  en: string;
}

interface Token {
  en: string;
  /** From the glossary or a known place, not pinyin. */
  known: boolean;
}

/** The parts of a generated name left in pinyin, with their Chinese (for review and tests). */
export function pinyinParts(zh: string, places: readonly PlaceName[], glossary: readonly GlossaryEntry[]): string[] {
  return tokens(zh, nameDictionary(places, glossary)).filter((t) => !t.known).map((t) => t.en);
}

/** Cuts Chinese text into glossary terms, known places and proper-name runs (pinyin). */
function tokens(text: string, dictionary: readonly { zh: string; en: string }[]): Token[] {
  // Longest first; a stable sort keeps the earlier entry (a place, then a name term) on equal length.
  const sorted = [...dictionary].sort((a, b) => b.zh.length - a.zh.length);
  const out: Token[] = [];
  let run = '';
  const flush = () => {
    if (!run) return;
    // A proper name: one word for up to four characters (Zhangjiang, Jinggangshan), else two-character words.
    const words = run.length <= 4 ? [run] : (run.match(/.{1,2}/gu) ?? []);
    if (words.length > 1 && words[words.length - 1].length === 1) words.splice(-2, 2, words[words.length - 2] + words[words.length - 1]);
    out.push(...words.map((w) => ({ en: pinyinWord(w), known: false })));
    run = '';
  };
  for (let i = 0; i < text.length; ) {
    const ch = text[i];
    if (!HAN.test(ch)) {
      flush();
      let j = i;
      while (j < text.length && !HAN.test(text[j])) j++;
      out.push({ en: text.slice(i, j), known: true });
      i = j;
      continue;
    }
    const hit = sorted.find((d) => text.startsWith(d.zh, i));
    if (hit) {
      flush();
      out.push({ en: hit.en, known: true });
      i += hit.zh.length;
    } else {
      run += ch;
      i++;
    }
  }
  flush();
  return out;
}

function joinWords(words: readonly string[]): string {
  return words
    .join(' ')
    .replace(/- /g, '-') // glossary prefixes such as Bio-
    .replace(/\s*[（(]\s*/g, ' (')
    .replace(/\s*[）)]\s*/g, ') ')
    .replace(/\s*—\s*/g, '–')
    .replace(/\s*·\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/ \)/g, ')')
    .trim();
}

/** Places first, then the glossary's name terms, then its industry terms (zone names hold 医药, 原料药 …). */
function nameDictionary(places: readonly PlaceName[], glossary: readonly GlossaryEntry[]): { zh: string; en: string }[] {
  const names = glossary.filter((g) => g.use === 'name');
  const taken = new Set([...places, ...names].map((d) => d.zh));
  return [...places, ...names, ...glossary.filter((g) => g.use === 'industry' && !taken.has(g.zh))];
}

/**
 * The generated English name.
 * @param zh the catalogue name
 * @param places places the resolver found in the name, with their English
 * @param glossary the reviewed glossary (its `name` terms are used)
 */
export function englishName(zh: string, places: readonly PlaceName[], glossary: readonly GlossaryEntry[]): string {
  const dictionary = nameDictionary(places, glossary);
  return joinWords(tokens(zh, dictionary).map((t) => t.en));
}

const GENERIC_PINYIN = new WeakMap<readonly GlossaryEntry[], { zh: string; pinyin: string }[]>();

/**
 * Glossary terms (two characters or more) whose pinyin stands in an English name as a word or as two
 * adjacent words ("Keji", "Haixia Liang'an"): a generic part left untranslated. Should be none.
 */
export function pinyinLeft(en: string, glossary: readonly GlossaryEntry[]): string[] {
  const key = (w: string) => w.toLowerCase().replace(/['’]/g, '');
  const words = en.split(/[\s()–-]+/).filter(Boolean).map(key);
  const seen = new Set([...words, ...words.slice(1).map((w, i) => words[i] + w)]);
  let generic = GENERIC_PINYIN.get(glossary);
  if (!generic) {
    // A glossary entry whose English is its pinyin (临港 Lingang) is a proper name, not a generic part.
    generic = glossary.filter((g) => g.zh.length >= 2 && key(g.en) !== key(pinyinWord(g.zh))).map((g) => ({ zh: g.zh, pinyin: key(pinyinWord(g.zh)) }));
    GENERIC_PINYIN.set(glossary, generic);
  }
  return [...new Set(generic.filter((g) => seen.has(g.pinyin)).map((g) => g.zh))];
}

/**
 * A main-industry term in English, translated whole by the glossary (its `industry` terms, then its
 * `name` terms), or null when the glossary does not cover every part of it.
 */
export function industryEnglish(term: string, glossary: readonly GlossaryEntry[]): string | null {
  const exact = glossary.find((g) => g.use === 'industry' && g.zh === term);
  if (exact) return exact.en;
  const parts = tokens(term, glossary);
  return parts.every((t) => t.known) ? joinWords(parts.map((t) => t.en)) : null;
}
