// The core URL contract (README "URL contract"), parameter by parameter, through the definitions the app binds.
import { describe, expect, it } from 'vitest';
import { BASEMAP_PARAM } from '../map/basemap.ts';
import { DATASET_PARAM } from '../data/dataset.ts';
import { readParam, type UrlVocabulary } from '../url/url-param.ts';
import { INDUSTRY_PARAM, LAYERS_PARAM, REGION_PARAM } from './filter-state.svelte.ts';
import { LAYER_GROUP_IDS } from './layer-groups.ts';
import { langParam } from './locale.svelte.ts';
import { SELECT_PARAM } from './selection.svelte.ts';

const vocabulary: UrlVocabulary = {
  industries: new Set(['tcm', 'biologics']),
  placeIds: new Set(['fcg-pilot-zone']),
  regions: new Set(['guangxi', 'fujian', 'hebei']),
};
const PARAMS = [langParam('en'), INDUSTRY_PARAM, REGION_PARAM, SELECT_PARAM, LAYERS_PARAM, BASEMAP_PARAM, DATASET_PARAM] as const;
const readAll = (search: string) => {
  const results = PARAMS.map((p) => readParam(p as never, search, vocabulary));
  return { values: Object.fromEntries(PARAMS.map((p, i) => [p.key, results[i].value])), warnings: results.flatMap((r) => r.warnings) };
};

describe('core URL parameters', () => {
  it('reads every parameter of the contract', () => {
    const { values, warnings } = readAll('?lang=zh&industry=tcm,biologics&region=fujian&select=fcg-pilot-zone&layers=pilot-zones,parks-bases&basemap=https://example.org/style.json&dataset=national');
    expect(warnings).toEqual([]);
    expect(values).toEqual({
      lang: 'zh',
      industry: ['tcm', 'biologics'],
      region: ['fujian'],
      select: 'fcg-pilot-zone',
      layers: ['pilot-zones', 'parks-bases'],
      basemap: 'https://example.org/style.json',
      dataset: 'national',
    });
  });

  it('ignores unknown and malformed values with a warning each', () => {
    const { values, warnings } = readAll('?lang=fr&industry=tcm,%3Cscript%3E&region=mars&select=nowhere&layers=x&basemap=javascript:alert(1)&dataset=../../etc');
    expect(values).toEqual({ lang: 'en', industry: ['tcm'], region: [], select: null, layers: [], basemap: null, dataset: null });
    expect(warnings).toHaveLength(7);
    expect(warnings.join('\n')).toMatch(/lang=fr/);
    expect(warnings.join('\n')).toMatch(/basemap=javascript:alert\(1\)/);
  });

  it('leaves defaults out: the default language, no filter, every layer group', () => {
    expect(langParam('en').format('en')).toBeNull();
    expect(langParam('en').format('zh')).toBe('zh');
    expect(langParam('zh').format('en')).toBe('en');
    expect(LAYERS_PARAM.format([...LAYER_GROUP_IDS].reverse())).toBeNull();
    expect(LAYERS_PARAM.format([])).toBe('');
    expect(INDUSTRY_PARAM.format([])).toBeNull();
  });

  it('round-trips each value through format and parse', () => {
    expect(readParam(LAYERS_PARAM, `?layers=${LAYERS_PARAM.format(['signed-projects', 'regions'])}`, vocabulary).value).toEqual(['signed-projects', 'regions']);
    expect(readParam(REGION_PARAM, `?region=${REGION_PARAM.format(['hebei'])}`, vocabulary).value).toEqual(['hebei']);
  });

  it('adds a history entry for selections only', () => {
    expect(SELECT_PARAM.history).toBe('push');
    expect(PARAMS.filter((p) => p.history === 'push').map((p) => p.key)).toEqual(['select']);
  });
});
