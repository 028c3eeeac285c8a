/**
 * The URL is a public contract (documented in the README): query parameters carry what is shown,
 * the hash carries the map view in MapLibre's `#zoom/lat/lng` form. Parsing never throws: unknown or
 * malformed values are dropped with a warning.
 */
import { REGION_GROUPS, type Lang, type RegionGroup } from '../data/types.ts';
import { LAYER_GROUP_IDS, type LayerGroupId } from './layer-groups.ts';

export interface UrlState {
  lang: Lang | null;
  industries: string[];
  regions: RegionGroup[];
  select: string | null;
  /** null: the default set of layers. */
  layers: LayerGroupId[] | null;
  /** Online basemap style URL (only used when set). */
  basemap: string | null;
  /** Another data set built beside the default one (e.g. the synthetic `national` benchmark set). */
  dataset: string | null;
}

export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

/** What the URL may name: used to reject unknown codes and ids. */
export interface UrlVocabulary {
  industries: ReadonlySet<string>;
  placeIds: ReadonlySet<string>;
}

export interface Parsed<T> {
  value: T;
  warnings: string[];
}

/** Data set names are folder names under data/: no path tricks. */
export const DATASET_NAME = /^[a-z0-9][a-z0-9-]{0,40}$/;

/** Where a data set's atlas is served, relative to the app's base URL. */
export function datasetUrl(dataset: string | null): string {
  return dataset ? `data/${dataset}/atlas.json` : 'data/atlas.json';
}

/** Reads the query string (`?lang=en&industry=tcm,biologics&region=fujian&select=…&layers=…`). */
export function parseQuery(search: string, vocabulary: UrlVocabulary): Parsed<UrlState> {
  const params = new URLSearchParams(search);
  const warnings: string[] = [];
  const list = (key: string, known: (v: string) => boolean): string[] | null => {
    const raw = params.get(key);
    if (raw === null) return null;
    const values = raw.split(',').map((v) => v.trim()).filter(Boolean);
    const bad = values.filter((v) => !known(v));
    if (bad.length) warnings.push(`ignored unknown ${key} value(s): ${bad.join(', ')}`);
    return [...new Set(values.filter(known))];
  };

  const langRaw = params.get('lang');
  let lang: Lang | null = null;
  if (langRaw === 'zh' || langRaw === 'en') lang = langRaw;
  else if (langRaw !== null) warnings.push(`ignored lang=${langRaw} (use zh or en)`);

  const selectRaw = params.get('select');
  let select: string | null = null;
  if (selectRaw !== null && vocabulary.placeIds.has(selectRaw)) select = selectRaw;
  else if (selectRaw !== null) warnings.push(`ignored select=${selectRaw}: no such place`);

  const basemapRaw = params.get('basemap');
  let basemap: string | null = null;
  if (basemapRaw !== null && /^https?:\/\//.test(basemapRaw)) basemap = basemapRaw;
  else if (basemapRaw !== null) warnings.push(`ignored basemap=${basemapRaw}: must be an http(s) style URL`);

  const datasetRaw = params.get('dataset');
  let dataset: string | null = null;
  if (datasetRaw !== null && DATASET_NAME.test(datasetRaw)) dataset = datasetRaw;
  else if (datasetRaw !== null) warnings.push(`ignored dataset=${datasetRaw}: not a data set name`);

  return {
    value: {
      lang,
      industries: list('industry', (v) => vocabulary.industries.has(v)) ?? [],
      regions: (list('region', (v) => (REGION_GROUPS as readonly string[]).includes(v)) ?? []) as RegionGroup[],
      select,
      layers: list('layers', (v) => (LAYER_GROUP_IDS as readonly string[]).includes(v)) as LayerGroupId[] | null,
      basemap,
      dataset,
    },
    warnings,
  };
}

/** Writes the query string; defaults are left out so shared URLs stay short. */
export function formatQuery(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.lang) params.set('lang', state.lang);
  if (state.industries.length) params.set('industry', state.industries.join(','));
  if (state.regions.length) params.set('region', state.regions.join(','));
  if (state.select) params.set('select', state.select);
  if (state.layers && !sameSet(state.layers, LAYER_GROUP_IDS)) params.set('layers', state.layers.join(','));
  if (state.basemap) params.set('basemap', state.basemap);
  if (state.dataset) params.set('dataset', state.dataset);
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

/** Reads `#zoom/lat/lng` (MapLibre's hash convention); null when absent or malformed. */
export function parseHash(hash: string): Parsed<MapView | null> {
  const body = hash.replace(/^#/, '');
  if (!body) return { value: null, warnings: [] };
  const parts = body.split('/').map(Number);
  const [zoom, lat, lng] = parts;
  if (parts.length < 3 || parts.some((n) => !Number.isFinite(n)) || zoom < 0 || zoom > 24 || Math.abs(lat) > 85.06 || Math.abs(lng) > 180)
    return { value: null, warnings: [`ignored map view #${body} (expected #zoom/lat/lng)`] };
  return { value: { zoom, lat, lng }, warnings: [] };
}

/** Writes `#zoom/lat/lng` with the precision MapLibre uses for its own hash. */
export function formatHash(view: MapView): string {
  const precision = Math.max(0, Math.ceil(Math.log(view.zoom) / Math.LN2));
  const m = Math.pow(10, precision);
  const round = (v: number) => Math.round(v * m) / m;
  return `#${Math.round(view.zoom * 100) / 100}/${round(view.lat)}/${round(view.lng)}`;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v) => b.includes(v));
}
