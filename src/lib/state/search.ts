/**
 * Search places by name in Chinese, English (official or generated) or the seed's raw spelling;
 * catalogue zones also by code, toneless pinyin and the catalogue's printed spelling.
 */
import type { Place } from '../data/types.ts';

/** Lowercase, no spaces or punctuation: "Fang Cheng-gang" finds "Fangchenggang". */
export function searchKey(text: string): string {
  return text.toLowerCase().normalize('NFKC').replace(/[\s\p{P}]+/gu, '');
}

export type SearchField = 'zh' | 'en' | 'seed' | 'code' | 'pinyin' | 'printed';

const FIELDS: readonly SearchField[] = ['zh', 'en', 'seed', 'code', 'pinyin', 'printed'];

/** The text of a place searched as `field`. */
function fieldText(place: Place, field: SearchField): string | undefined {
  if (field === 'code') return place.catalog?.code;
  if (field === 'pinyin') return place.catalog?.pinyin;
  // The catalogue's own (misspelt) name, so 湽博 finds the zone shown as 淄博.
  if (field === 'printed') return place.catalog?.printedName;
  return place.name[field];
}

export interface SearchHit {
  place: Place;
  /** Which name matched: a name, the catalogue code, or the toneless pinyin of a catalogue zone. */
  field: SearchField;
}

/**
 * Places whose zh, en or seed name contains the query; names that start with it come first.
 * @param limit most hits returned
 */
export function searchPlaces(places: readonly Place[], query: string, limit = 20): SearchHit[] {
  const q = searchKey(query);
  if (!q) return [];
  const scored: { hit: SearchHit; score: number }[] = [];
  for (const place of places) {
    let best: { field: SearchHit['field']; score: number } | null = null;
    for (const field of FIELDS) {
      const name = fieldText(place, field);
      if (!name) continue;
      const key = searchKey(name);
      const at = key.indexOf(q);
      if (at < 0) continue;
      const score = at === 0 ? 0 : 1;
      if (!best || score < best.score) best = { field, score };
    }
    if (best) scored.push({ hit: { place, field: best.field }, score: best.score });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.hit.place.name.en.localeCompare(b.hit.place.name.en))
    .slice(0, limit)
    .map((s) => s.hit);
}
