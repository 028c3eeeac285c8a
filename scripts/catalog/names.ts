/**
 * English names of catalogue zones, generated (the catalogue is Chinese only): the place part in
 * pinyin, the zone-type ending from a glossary. Rule (data/catalog/README.md):
 * 1. The longest glossary ending of the zh name is translated (经济技术开发区 → Economic and Technological
 *    Development Zone); a name with no glossary ending is all place part.
 * 2. The place part is cut into words: the province, prefecture and county names the resolver found (a
 *    county's generic suffix is glossed: 县 County, 区 District, 自治县 Autonomous County, 旗 Banner; 市 is
 *    dropped), then the rest in two-character words (a final single character joins the previous word).
 * 3. Each word is its toneless pinyin (ü as u), capitalised, with an apostrophe where a syllable starting
 *    with a, e or o would run on (Xi'an). Brackets, dashes and dots are kept as in the zh name.
 */
import { pinyin } from 'pinyin-pro';

/** Zone-type endings, longest first (matched at the end of the zh name). */
export const TYPE_GLOSSARY: readonly [string, string][] = [
  ['经济技术开发区', 'Economic and Technological Development Zone'],
  ['高新技术产业开发区', 'High-tech Industrial Development Zone'],
  ['高技术产业开发区', 'High-tech Industrial Development Zone'],
  ['高新技术产业园区', 'High-tech Industrial Park'],
  ['高新技术产业园', 'High-tech Industrial Park'],
  ['综合保税区', 'Comprehensive Bonded Zone'],
  ['保税物流园区', 'Bonded Logistics Park'],
  ['保税港区', 'Bonded Port Area'],
  ['保税区', 'Bonded Zone'],
  ['出口加工区', 'Export Processing Zone'],
  ['边境经济合作区', 'Border Economic Cooperation Zone'],
  ['经济合作区', 'Economic Cooperation Zone'],
  ['台商投资区', 'Taiwanese Investment Zone'],
  ['经济开发区', 'Economic Development Zone'],
  ['工业集中区', 'Industrial Concentration Zone'],
  ['工业园区', 'Industrial Park'],
  ['工业园', 'Industrial Park'],
  ['产业园区', 'Industrial Park'],
  ['产业园', 'Industrial Park'],
  ['产业集聚区', 'Industrial Cluster Zone'],
  ['高新区', 'High-tech Zone'],
  ['新区', 'New Area'],
  ['开发区', 'Development Zone'],
  ['工业区', 'Industrial Zone'],
  ['园区', 'Park'],
];

/** Generic suffixes of county-level names and their English gloss ('' = dropped). */
const ADMIN_GLOSS: readonly [string, string][] = [
  ['自治县', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'],
  ['县', 'County'],
  ['区', 'District'],
  ['旗', 'Banner'],
  ['市', ''],
];

const HAN = /[\u4e00-\u9fff]/;

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

function chunkWords(text: string): string[] {
  // Keep non-Han characters (brackets, dashes, Latin) as separators.
  const out: string[] = [];
  for (const run of text.split(/([^\u4e00-\u9fff]+)/)) {
    if (run === '') continue;
    if (!HAN.test(run)) {
      out.push(run.trim());
      continue;
    }
    for (let i = 0; i < run.length; i += 2) {
      if (run.length - i === 3) {
        out.push(pinyinWord(run.slice(i)));
        break;
      }
      out.push(pinyinWord(run.slice(i, i + 2)));
    }
  }
  return out.filter((w) => w !== '');
}

/** One known name in the place part: 赵县 → "Zhao County", 石家庄 → "Shijiazhuang". */
function placeWord(zh: string): string {
  for (const [suffix, gloss] of ADMIN_GLOSS)
    if (zh.endsWith(suffix) && zh.length > suffix.length) {
      const base = pinyinWord(zh.slice(0, -suffix.length));
      return gloss ? `${base} ${gloss}` : base;
    }
  return pinyinWord(zh);
}

/**
 * The generated English name.
 * @param zh the catalogue name
 * @param knownPlaces leading names the resolver recognised, in order (e.g. ['河北', '赵县'])
 */
export function englishName(zh: string, knownPlaces: readonly string[] = []): string {
  const ending = TYPE_GLOSSARY.find(([z]) => zh.endsWith(z) && zh.length > z.length);
  let rest = ending ? zh.slice(0, -ending[0].length) : zh;
  const words: string[] = [];
  for (const place of knownPlaces) {
    if (!rest.startsWith(place)) break;
    words.push(placeWord(place));
    rest = rest.slice(place.length);
  }
  words.push(...chunkWords(rest));
  if (ending) words.push(ending[1]);
  return words
    .join(' ')
    .replace(/\s*（\s*/g, ' (')
    .replace(/\s*）\s*/g, ') ')
    .replace(/\s*—\s*/g, '–')
    .replace(/\s*·\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
