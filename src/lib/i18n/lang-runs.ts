/**
 * Splits data text into runs by language, so words of the other language inside a sentence (an English
 * seed term quoted in a Chinese note, a Chinese name in an English one) are marked `lang` for screen
 * readers (WCAG 3.1.2). A Latin run of three or more letters inside Chinese text is English; a CJK run
 * inside English text is Chinese. Digits, codes and punctuation stay in the surrounding language.
 */
export interface LangRun {
  text: string;
  /** `en`, `zh-CN`, or null for the surrounding language. */
  lang: 'en' | 'zh-CN' | null;
}

// A Latin phrase: words of letters (with ’'-) joined by spaces or light punctuation, containing a word of ≥ 3 letters.
const LATIN = /[A-Za-z][A-Za-z’'-]*(?:[ ,.:/()&]+[A-Za-z][A-Za-z’'-]*)*/g;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]+(?:[\s·、，（）()]*[\u3400-\u9fff\uf900-\ufaff]+)*/g;

/** The runs of `text` in a UI of language `base`. */
export function langRuns(text: string, base: 'zh' | 'en'): LangRun[] {
  const pattern = base === 'zh' ? LATIN : CJK;
  const lang = base === 'zh' ? 'en' : 'zh-CN';
  const runs: LangRun[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (base === 'zh' && !/[A-Za-z]{3}/.test(match[0])) continue;
    if (match.index > at) runs.push({ text: text.slice(at, match.index), lang: null });
    runs.push({ text: match[0], lang });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), lang: null });
  return runs;
}

/** The `lang` attribute value of a text wholly in one language: Chinese if it has CJK characters and no Latin words, else English. */
export function langOfText(text: string): 'en' | 'zh-CN' {
  return /[\u3400-\u9fff]/.test(text) && !/[A-Za-z]{3}/.test(text.replace(/https?:\S+/g, '')) ? 'zh-CN' : 'en';
}

/** The `lang` attribute for data text: the language the data states (e.g. a source's `lang`), else read from the script. */
export function langAttr(stated: string | undefined, text: string): 'en' | 'zh-CN' {
  if (stated === 'zh' || stated?.startsWith('zh-')) return 'zh-CN';
  if (stated?.startsWith('en')) return 'en';
  return langOfText(text);
}
