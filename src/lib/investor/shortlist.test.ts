import { describe, expect, it } from 'vitest';
import { readParam, writeParam, type UrlVocabulary } from '../url/url-param.ts';
import { checkStoredShortlist, MAX_SHORTLIST, SHORTLIST_PARAM } from './shortlist.ts';
import { storedValue } from './storage.ts';

const vocabulary: UrlVocabulary = { industries: new Set(), regions: new Set(), placeIds: new Set(['fcg-pilot-zone', 'xiamen', 'shijiazhuang']) };

describe('shortlist= URL parameter', () => {
  it('round-trips ids in starred order, other keys kept', () => {
    const search = writeParam('?lang=zh&utm_source=x', 'shortlist', SHORTLIST_PARAM.format(['xiamen', 'fcg-pilot-zone']));
    expect(search).toBe('?lang=zh&utm_source=x&shortlist=xiamen,fcg-pilot-zone');
    expect(readParam(SHORTLIST_PARAM, search, vocabulary)).toEqual({ value: ['xiamen', 'fcg-pilot-zone'], warnings: [] });
  });

  it('is null (storage decides) when absent, and left out when empty', () => {
    expect(readParam(SHORTLIST_PARAM, '?lang=en', vocabulary).value).toBeNull();
    expect(SHORTLIST_PARAM.format([])).toBeNull();
    expect(SHORTLIST_PARAM.format(null)).toBeNull();
  });

  it('drops unknown and malformed ids with a warning', () => {
    const { value, warnings } = readParam(SHORTLIST_PARAM, '?shortlist=xiamen,no-such-place,<b>x</b>,xiamen', vocabulary);
    expect(value).toEqual(['xiamen']);
    expect(warnings).toEqual(['ignored malformed shortlist id(s): <b>x</b>', 'ignored unknown shortlist id(s): no-such-place']);
  });

  it(`keeps at most ${MAX_SHORTLIST} ids`, () => {
    const ids = Array.from({ length: MAX_SHORTLIST + 5 }, (_, i) => `p${i}`);
    expect(readParam(SHORTLIST_PARAM, `?shortlist=${ids.join(',')}`, null).value).toHaveLength(MAX_SHORTLIST);
  });
});

describe('stored shortlist', () => {
  function memoryStorage() {
    const data = new Map<string, string>();
    return { data, getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v), removeItem: (k: string) => void data.delete(k) };
  }

  it('survives a write and a read under its own key, unknown ids dropped', () => {
    const storage = memoryStorage();
    const check = (v: unknown) => checkStoredShortlist(v, vocabulary.placeIds);
    storedValue(storage, 'shortlist', check).write(['xiamen', 'gone']);
    expect([...storage.data.keys()]).toEqual(['medpark-atlas:investor:shortlist']);
    expect(storedValue(storage, 'shortlist', check).read()).toEqual(['xiamen']);
    storedValue(storage, 'shortlist', check).write(null);
    expect(storage.data.size).toBe(0);
  });

  it('reads a corrupt entry or no storage as absent, and never throws', () => {
    const storage = memoryStorage();
    storage.data.set('medpark-atlas:investor:shortlist', '{not json');
    expect(storedValue(storage, 'shortlist', (v) => checkStoredShortlist(v, vocabulary.placeIds)).read()).toBeNull();
    storage.data.set('medpark-atlas:investor:shortlist', '{"a":1}');
    expect(storedValue(storage, 'shortlist', (v) => checkStoredShortlist(v, vocabulary.placeIds)).read()).toBeNull();
    const none = storedValue<string[]>(null, 'shortlist', () => null);
    expect(none.read()).toBeNull();
    expect(() => none.write(['x'])).not.toThrow();
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => {} };
    expect(() => storedValue<string[]>(full, 'shortlist', () => null).write(['x'])).not.toThrow();
  });
});
