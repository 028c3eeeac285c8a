// @vitest-environment happy-dom
// (a DOM environment selects the web transform: the rune classes run on Svelte's client runtime)
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../data/atlas-build.ts';
import { loadData } from '../../../scripts/data-files.ts';
import { withCatalog } from '../../../scripts/catalog/load.ts';
import { AtlasState } from './atlas-state.svelte.ts';
import { matchesFilter } from './filters.ts';
import type { SiteTileProperties } from '../tiles/sites-schema.ts';

const data = withCatalog(loadData());
const atlas = buildAtlas(data.files, data.taxonomy, data.sources, [{ id: 'guangdong', name: { zh: '广东省', en: 'Guangdong' } }]);

describe('place catalogue', () => {
  it('takes its region groups from the data: the seed provinces first, then every province with a catalogue zone', () => {
    const state = new AtlasState(atlas, 'en');
    const ids = state.catalogue.regions.map((r) => r.id);
    expect(ids.slice(0, 3).sort()).toEqual(['fujian', 'guangxi', 'hebei']);
    expect(ids.length).toBeGreaterThan(20);
    expect(new Set(ids).size).toBe(ids.length);
    expect(state.catalogue.vocabulary.regions.has('guangdong')).toBe(true);
    expect(state.catalogue.regions.find((r) => r.id === 'guangdong')?.name.zh).toBe('广东省');
  });
});

describe('filters', () => {
  it('list equals the predicate for a combined filter, and counts ignore the industry part', () => {
    const state = new AtlasState(atlas, 'en');
    state.filters.toggleIndustry('tcm');
    state.filters.toggleRegion('fujian');
    const expected = atlas.places.filter((p) => matchesFilter(p, state.filters.filter)).map((p) => p.id);
    expect(state.filters.visiblePlaces.map((p) => p.id)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(state.filters.active).toBe(true);
    state.filters.clear();
    expect(state.filters.active).toBe(false);
    expect(state.filters.visiblePlaces.length).toBe(atlas.places.length);
  });
});

describe('selection', () => {
  it('holds one thing at a time: a place or a tiled site', () => {
    const state = new AtlasState(atlas, 'en');
    state.selection.selectPlace('fcg-pilot-zone', { here: ['fcg-pilot-zone', 'fcg-high-tech-zone'] });
    expect(state.selection.place?.id).toBe('fcg-pilot-zone');
    expect(state.selection.here).toHaveLength(2);
    state.selection.selectSite({ id: 'site-1' } as SiteTileProperties);
    expect(state.selection.placeId).toBeNull();
    expect(state.selection.place).toBeNull();
    expect(state.selection.here).toEqual([]);
    state.selection.clear();
    expect(state.selection.current).toBeNull();
  });

  it('numbers fly requests, so every map answers each once', () => {
    const state = new AtlasState(atlas, 'en');
    state.selection.selectPlace('fcg-pilot-zone');
    expect(state.selection.flyRequest).toBeNull();
    state.selection.selectPlace('fcg-pilot-zone', { fly: true });
    state.selection.selectPlace('xiamen', { fly: true });
    expect(state.selection.flyRequest).toEqual({ placeId: 'xiamen', seq: 2 });
  });
});

describe('UI state', () => {
  it('keeps one panel or tool open; Escape closes it, then the narrow sidebar, then reports nothing to close', () => {
    const state = new AtlasState(atlas, 'en');
    state.ui.open('about');
    state.ui.open('compare');
    expect(state.ui.active).toBe('compare');
    state.ui.close('about');
    expect(state.ui.active).toBe('compare');
    state.ui.sidebarOpen = true;
    expect(state.ui.escape()).toBe(true);
    expect(state.ui.active).toBeNull();
    expect(state.ui.escape()).toBe(true);
    expect(state.ui.sidebarOpen).toBe(false);
    expect(state.ui.escape()).toBe(false);
  });

  it('switches language', () => {
    const state = new AtlasState(atlas, 'zh');
    expect(state.locale.t('title')).toBe('医药园区地图');
    state.locale.toggle();
    expect(state.lang).toBe('en');
  });
});
