/**
 * Binds the core state's URL parameters (lang, industry, region, layers, select, basemap, dataset).
 * Each parameter is defined by the module that owns it; tools bind their own the same way.
 * Call during component initialisation.
 */
import { BASEMAP_PARAM } from '../map/basemap.ts';
import { DATASET_PARAM } from '../data/dataset.ts';
import type { UrlParam } from '../url/url-param.ts';
import type { UrlRegistry } from '../url/url-registry.svelte.ts';
import type { AtlasState } from './atlas-state.svelte.ts';
import { INDUSTRY_PARAM, LAYERS_PARAM, REGION_PARAM, ZONE_LEVEL_PARAM, ZONE_TYPE_PARAM } from './filter-state.svelte.ts';
import { langParam } from './locale.svelte.ts';
import { SELECT_PARAM } from './selection.svelte.ts';

/** The core's parameters (`lang` with any fallback: only its key and reach are read from here). */
export const CORE_URL_PARAMS: readonly UrlParam<never>[] = [langParam('en'), INDUSTRY_PARAM, REGION_PARAM, LAYERS_PARAM, ZONE_LEVEL_PARAM, ZONE_TYPE_PARAM, SELECT_PARAM, BASEMAP_PARAM, DATASET_PARAM] as UrlParam<never>[];

/**
 * @param options.keepView the URL also names a map view (`#zoom/lat/lng`): the start-up selection
 *   opens its panel without flying there, so a shared view is shown as it was shared
 */
export function bindCoreUrl(registry: UrlRegistry, state: AtlasState, options: { keepView?: boolean } = {}): void {
  const { locale, filters, selection, config } = state;
  let starting = true;
  registry.bind(langParam(locale.fallback), () => locale.lang, (lang) => (locale.lang = lang));
  registry.bind(INDUSTRY_PARAM, () => filters.industries, (v) => (filters.industries = v));
  registry.bind(REGION_PARAM, () => filters.regions, (v) => (filters.regions = v));
  registry.bind(LAYERS_PARAM, () => filters.layers, (v) => (filters.layers = v));
  registry.bind(ZONE_LEVEL_PARAM, () => filters.zoneLevels, (v) => (filters.zoneLevels = v));
  registry.bind(ZONE_TYPE_PARAM, () => filters.zoneTypes, (v) => (filters.zoneTypes = v));
  registry.bind(SELECT_PARAM, () => selection.placeId, (id) => {
    // A URL selection is brought into view; a selection of something else (a site) is left alone.
    if (id !== selection.placeId) selection.selectPlace(id, { fly: id !== null && !(starting && options.keepView) });
  });
  // The first application (the URL at start) is over once the registry has started.
  registry.afterStart(() => (starting = false));
  // Read once at start (they choose what loads); bound so their keys are owned and kept.
  registry.bind(BASEMAP_PARAM, () => config.basemap, () => {});
  registry.bind(DATASET_PARAM, () => config.dataset, () => {});
}
