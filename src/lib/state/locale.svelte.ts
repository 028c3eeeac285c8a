/** The UI language, and its URL parameter (`lang=zh|en`; left out when it is the instance's default). */
import type { Lang } from '../data/types.ts';
import { STRINGS } from '../i18n/strings.ts';
import type { UrlParam } from '../url/url-param.ts';

export class LocaleState {
  lang = $state<Lang>('en');
  readonly fallback: Lang;

  constructor(fallback: Lang) {
    this.fallback = fallback;
    this.lang = fallback;
  }

  /** A UI string in the current language. */
  t = (key: keyof typeof STRINGS): string => STRINGS[key][this.lang];

  toggle(): void {
    this.lang = this.lang === 'zh' ? 'en' : 'zh';
  }
}

/** `lang`: the default (the browser's language, or the host's choice) is left out of the URL. */
export function langParam(fallback: Lang): UrlParam<Lang> {
  return {
    key: 'lang',
    initial: fallback,
    parse: (raw) => (raw === 'zh' || raw === 'en' ? { value: raw, warnings: [] } : { value: fallback, warnings: [`ignored lang=${raw} (use zh or en)`] }),
    format: (lang) => (lang === fallback ? null : lang),
  };
}
