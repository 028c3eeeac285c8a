import { describe, expect, it } from 'vitest';
import { listParam, optionalParam, readParam, writeParam, type UrlVocabulary } from './url-param.ts';

const vocabulary: UrlVocabulary = { industries: new Set(['tcm', 'biologics']), placeIds: new Set(['fcg-pilot-zone']), regions: new Set(['fujian']) };
const industry = listParam('industry', { valid: (v) => /^[a-z_]+$/.test(v), known: (v, vocab) => vocab.industries.has(v) });
const select = optionalParam('select', { known: (v, vocab) => (vocab.placeIds.has(v) ? null : 'no such place') });

describe('URL parameters', () => {
  it('parses syntax without data, and vocabulary once the data is in', () => {
    expect(readParam(industry, '?industry=tcm,unknown_code', null)).toEqual({ value: ['tcm', 'unknown_code'], warnings: [] });
    const resolved = readParam(industry, '?industry=tcm,unknown_code', vocabulary);
    expect(resolved.value).toEqual(['tcm']);
    expect(resolved.warnings).toEqual(['ignored unknown industry value(s): unknown_code']);
  });

  it('drops malformed values with a warning, never throwing', () => {
    const parsed = readParam(industry, '?industry=tcm,%3Cscript%3E,,tcm', vocabulary);
    expect(parsed.value).toEqual(['tcm']);
    expect(parsed.warnings.join('\n')).toMatch(/malformed industry value\(s\): <script>/);
    expect(readParam(select, '?select=nowhere', vocabulary)).toEqual({ value: null, warnings: ['ignored select=nowhere: no such place'] });
  });

  it('gives the default when the key is absent', () => {
    expect(readParam(industry, '?other=1', vocabulary)).toEqual({ value: [], warnings: [] });
    expect(readParam(select, '', vocabulary).value).toBeNull();
  });

  it('formats defaults as absent', () => {
    expect(industry.format([])).toBeNull();
    expect(industry.format(['tcm', 'biologics'])).toBe('tcm,biologics');
    expect(select.format(null)).toBeNull();
  });

  it('writes one key and keeps every other key, in order', () => {
    expect(writeParam('?utm_source=portal&industry=tcm&embed=1', 'industry', 'tcm,biologics')).toBe('?utm_source=portal&industry=tcm,biologics&embed=1');
    expect(writeParam('?utm_source=portal&industry=tcm', 'industry', null)).toBe('?utm_source=portal');
    expect(writeParam('?utm_source=portal', 'select', 'fcg-pilot-zone')).toBe('?utm_source=portal&select=fcg-pilot-zone');
    expect(writeParam('?industry=tcm', 'industry', null)).toBe('');
  });
});
