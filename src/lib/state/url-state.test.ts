import { describe, expect, it } from 'vitest';
import { formatHash, formatQuery, parseHash, parseQuery, type UrlVocabulary } from './url-state.ts';

const vocabulary: UrlVocabulary = {
  industries: new Set(['tcm', 'biologics']),
  placeIds: new Set(['fcg-pilot-zone']),
};

describe('URL state', () => {
  it('reads every parameter of the contract', () => {
    const { value, warnings } = parseQuery('?lang=en&industry=tcm,biologics&region=fujian&select=fcg-pilot-zone&layers=pilot-zones,parks-bases', vocabulary);
    expect(warnings).toEqual([]);
    expect(value).toEqual({
      lang: 'en',
      industries: ['tcm', 'biologics'],
      regions: ['fujian'],
      select: 'fcg-pilot-zone',
      layers: ['pilot-zones', 'parks-bases'],
      basemap: null,
      dataset: null,
    });
  });

  it('ignores unknown and malformed values with a warning, never throwing', () => {
    const { value, warnings } = parseQuery('?lang=fr&industry=tcm,%3Cscript%3E&region=mars&select=nowhere&layers=,,&basemap=javascript:alert(1)', vocabulary);
    expect(value).toEqual({ lang: null, industries: ['tcm'], regions: [], select: null, layers: [], basemap: null, dataset: null });
    expect(warnings).toHaveLength(5);
    expect(parseQuery('?dataset=../../etc', vocabulary).value.dataset).toBeNull();
    expect(parseQuery('?dataset=national', vocabulary).value.dataset).toBe('national');
    expect(warnings.join('\n')).toMatch(/lang=fr/);
    expect(warnings.join('\n')).toMatch(/industry value\(s\): <script>/);
  });

  it('round-trips through formatQuery', () => {
    const state = { lang: 'zh' as const, industries: ['tcm'], regions: ['hebei' as const], select: 'fcg-pilot-zone', layers: null, basemap: null, dataset: null };
    expect(formatQuery(state)).toBe('?lang=zh&industry=tcm&region=hebei&select=fcg-pilot-zone');
    expect(parseQuery(formatQuery(state), vocabulary).value).toEqual(state);
  });

  it('leaves defaults out of the URL', () => {
    expect(formatQuery({ lang: null, industries: [], regions: [], select: null, layers: null, basemap: null, dataset: null })).toBe('');
  });

  it('reads and writes the map view as #zoom/lat/lng', () => {
    expect(parseHash('#9.5/21.6868/108.3538').value).toEqual({ zoom: 9.5, lat: 21.6868, lng: 108.3538 });
    expect(formatHash({ zoom: 9.5, lat: 21.68681234, lng: 108.35381234 })).toBe('#9.5/21.6868/108.3538');
    expect(parseHash('').value).toBeNull();
    const bad = parseHash('#abc/1');
    expect(bad.value).toBeNull();
    expect(bad.warnings[0]).toMatch(/expected #zoom\/lat\/lng/);
    expect(parseHash('#3/95/10').value).toBeNull();
  });
});
