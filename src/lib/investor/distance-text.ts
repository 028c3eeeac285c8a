/** A distance with its uncertainty in words: "≈ 28 km (±85 km)"; none: what the reference data lacks. */
import type { Lang } from '../data/types.ts';
import { formatNumber } from '../i18n/format.ts';
import type { Measured } from './proximity.ts';
import { INVESTOR_STRINGS } from './strings.ts';

/** The number as the reader sees it: whole km above 10 km (a point's doubt is never below 1 km here). */
export function kmText(km: number, lang: Lang): string {
  return formatNumber(km, lang, km < 10 ? 1 : 0);
}

export function distanceText(m: Measured | null, lang: Lang): string {
  if (!m) return INVESTOR_STRINGS.noDistance[lang];
  const u = m.uKm === null ? INVESTOR_STRINGS.uncertaintyUnknown[lang] : `±${kmText(m.uKm, lang)} km`;
  return `≈ ${kmText(m.km, lang)} km (${u})`;
}
