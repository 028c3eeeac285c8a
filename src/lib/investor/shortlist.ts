/**
 * The investor's shortlist: starred place ids, in the order starred. It lives in the URL
 * (`shortlist=id1,id2`, shareable) and in browser storage (survives a visit without the parameter).
 */
import type { UrlParam } from '../url/url-param.ts';
import { isPlaceId } from '../data/place-id.ts';

/** More than this is a list, not a shortlist (and would overflow a URL). */
export const MAX_SHORTLIST = 50;

/**
 * `shortlist=id1,id2`. The value is null when the key is absent (then storage decides), a list otherwise;
 * malformed and unknown ids are dropped with a warning.
 */
export const SHORTLIST_PARAM: UrlParam<string[] | null> = {
  key: 'shortlist',
  initial: null,
  parse(raw) {
    const values = [...new Set(raw.split(',').map((v) => v.trim()).filter(Boolean))];
    const bad = values.filter((v) => !isPlaceId(v));
    const good = values.filter(isPlaceId);
    const warnings = bad.length ? [`ignored malformed shortlist id(s): ${bad.join(', ')}`] : [];
    if (good.length > MAX_SHORTLIST) warnings.push(`shortlist keeps the first ${MAX_SHORTLIST} of ${good.length} ids`);
    return { value: good.slice(0, MAX_SHORTLIST), warnings };
  },
  resolve(value, vocabulary) {
    if (value === null) return { value, warnings: [] };
    const unknown = value.filter((id) => !vocabulary.placeIds.has(id));
    return { value: value.filter((id) => vocabulary.placeIds.has(id)), warnings: unknown.length ? [`ignored unknown shortlist id(s): ${unknown.join(', ')}`] : [] };
  },
  format: (ids) => (ids && ids.length ? ids.join(',') : null),
};

/** A stored shortlist, kept only if it is a list of known ids. */
export function checkStoredShortlist(value: unknown, known: ReadonlySet<string>): string[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter((id): id is string => typeof id === 'string' && known.has(id)).slice(0, MAX_SHORTLIST);
}
