/** Numbers as each language writes them: 74.79亿元 / 7.479 billion yuan, 53.7平方公里 / 53.7 km². */
import type { Figure, Lang } from '../data/types.ts';

const QUALIFIERS: Record<NonNullable<Figure['qualifier']>, Record<Lang, string>> = {
  exceeds: { zh: '超过', en: 'more than ' },
  nearly: { zh: '近', en: 'nearly ' },
  about: { zh: '约', en: 'about ' },
  'up-to': { zh: '最高', en: 'up to ' },
  'at-least': { zh: '至少', en: 'at least ' },
};

/** A number with grouping, at most `digits` decimals, no trailing zeros. */
export function formatNumber(value: number, lang: Lang, digits = 2): string {
  return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: digits }).format(value);
}

/** Yuan amounts: 亿 (1e8) and 万 (1e4) in Chinese, million/billion in English. */
export function formatYuan(value: number, lang: Lang): string {
  if (lang === 'zh') {
    if (value >= 1e8) return `${formatNumber(value / 1e8, lang, 4)}亿元`;
    if (value >= 1e4) return `${formatNumber(value / 1e4, lang, 2)}万元`;
    return `${formatNumber(value, lang)}元`;
  }
  if (value >= 1e9) return `${formatNumber(value / 1e9, lang, 3)} billion yuan`;
  if (value >= 1e6) return `${formatNumber(value / 1e6, lang, 3)} million yuan`;
  return `${formatNumber(value, lang)} yuan`;
}

/** A figure's value with unit and qualifier, as the source states it. */
export function formatFigure(figure: Pick<Figure, 'value' | 'unit' | 'qualifier'>, lang: Lang): string {
  const q = figure.qualifier ? QUALIFIERS[figure.qualifier][lang] : '';
  const v = figure.value;
  switch (figure.unit) {
    case 'CNY':
      return q + formatYuan(v, lang);
    case 'km2':
      return q + (lang === 'zh' ? `${formatNumber(v, lang, 4)}平方公里` : `${formatNumber(v, lang, 4)} km²`);
    case 'ha':
      return q + (lang === 'zh' ? `${formatNumber(v, lang)}公顷` : `${formatNumber(v, lang)} ha`);
    case 'mu':
      return q + (lang === 'zh' ? `${formatNumber(v, lang)}亩` : `${formatNumber(v, lang)} mu`);
    case 'm2':
      return q + (lang === 'zh' ? `${formatNumber(v, lang)}平方米` : `${formatNumber(v, lang)} m²`);
    case 'percent':
      return `${q}${formatNumber(v, lang)}%`;
    case 'count':
      return q + formatNumber(v, lang, 0);
  }
}

/** A distance in km: 12 km / 12公里. */
export function formatKm(value: number, lang: Lang, digits = 1): string {
  return lang === 'zh' ? `${formatNumber(value, lang, digits)}公里` : `${formatNumber(value, lang, digits)} km`;
}

/** An area in hectares: 443.69 ha / 443.69公顷. */
export function formatHa(value: number, lang: Lang, digits = 2): string {
  return formatFigure({ value: Number(value.toFixed(digits)), unit: 'ha' }, lang);
}

/** An area in mu (亩; 1 km² = 1,500 mu), in whole mu: 6,655 mu / 6,655亩. */
export function formatMu(value: number, lang: Lang): string {
  return formatFigure({ value: Math.round(value), unit: 'mu' }, lang);
}

/** Area in km² for the computed-area row. */
export function formatKm2(value: number, lang: Lang, digits = 2): string {
  return formatFigure({ value: Number(value.toFixed(digits)), unit: 'km2' }, lang);
}

/** Signed percentage, e.g. "+0.01 %". */
export function formatDelta(percent: number, lang: Lang): string {
  const rounded = Number(percent.toFixed(2));
  const sign = rounded > 0 ? '+' : rounded < 0 ? '−' : '±';
  return `${sign}${formatNumber(Math.abs(rounded), lang, 2)}${lang === 'zh' ? '%' : ' %'}`;
}
