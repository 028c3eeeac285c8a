/**
 * App state as one rune class: what is filtered, selected and in which language. Components read and
 * write it; the URL and the map are views of it.
 */
import { getContext, setContext } from 'svelte';
import type { AtlasData, Lang, Place, RegionGroup } from '../data/types.ts';
import type { PlaceFilter } from './filters.ts';
import { PlaceFilterIndex } from './place-index.ts';
import { LAYER_GROUP_IDS, type LayerGroupId } from './layer-groups.ts';
import type { UrlState } from './url-state.ts';

export class AtlasState {
  readonly atlas: AtlasData;
  readonly placesById: ReadonlyMap<string, Place>;

  lang = $state<Lang>('en');
  industries = $state<string[]>([]);
  regions = $state<RegionGroup[]>([]);
  layers = $state<LayerGroupId[]>([...LAYER_GROUP_IDS]);
  selectedId = $state<string | null>(null);
  /** Set when the selection came from outside the map (list, search, URL): the map flies to it. */
  flyToSelection = $state(false);
  basemap = $state<string | null>(null);
  dataset = $state<string | null>(null);

  filter: PlaceFilter;
  visiblePlaces: Place[];
  industryCounts: Map<string, number>;
  selected: Place | null;

  constructor(atlas: AtlasData, lang: Lang) {
    this.atlas = atlas;
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- built once from the data, never mutated
    this.placesById = new Map(atlas.places.map((p) => [p.id, p]));
    this.lang = lang;
    this.filter = $derived({ industries: this.industries, regions: this.regions, layers: this.layers });
    const index = new PlaceFilterIndex(atlas.places, atlas.taxonomy.map((i) => i.code));
    this.visiblePlaces = $derived(index.select(this.filter).map((i) => atlas.places[i]));
    this.industryCounts = $derived(index.industryCounts(this.filter));
    this.selected = $derived(this.selectedId ? (this.placesById.get(this.selectedId) ?? null) : null);
  }

  /** Selects a place; `fly` when the map should bring it into view. */
  select(id: string | null, fly = false): void {
    this.selectedId = id;
    this.flyToSelection = fly && id !== null;
  }

  toggleIndustry(code: string): void {
    this.industries = this.industries.includes(code) ? this.industries.filter((c) => c !== code) : [...this.industries, code];
  }

  toggleRegion(region: RegionGroup): void {
    this.regions = this.regions.includes(region) ? this.regions.filter((r) => r !== region) : [...this.regions, region];
  }

  toggleLayer(group: LayerGroupId): void {
    this.layers = this.layers.includes(group) ? this.layers.filter((g) => g !== group) : LAYER_GROUP_IDS.filter((g) => g === group || this.layers.includes(g));
  }

  clearFilters(): void {
    this.industries = [];
    this.regions = [];
    this.layers = [...LAYER_GROUP_IDS];
  }

  /** The URL's view of the state. */
  toUrl(): UrlState {
    return {
      lang: this.lang,
      industries: this.industries,
      regions: this.regions,
      select: this.selectedId,
      layers: this.layers,
      basemap: this.basemap,
      dataset: this.dataset,
    };
  }

  /** Applies a parsed URL (at start and on back/forward). */
  applyUrl(url: UrlState, fallbackLang: Lang): void {
    this.lang = url.lang ?? fallbackLang;
    this.industries = url.industries;
    this.regions = url.regions;
    this.layers = url.layers ?? [...LAYER_GROUP_IDS];
    this.basemap = url.basemap;
    this.dataset = url.dataset;
    this.select(url.select, url.select !== null);
  }
}

const KEY = Symbol('atlas-state');

export function setAtlasState(state: AtlasState): AtlasState {
  return setContext(KEY, state);
}

/** The app state; throws when used outside the app (a wiring mistake, not a runtime condition). */
export function getAtlasState(): AtlasState {
  const state = getContext<AtlasState | undefined>(KEY);
  if (!state) throw new Error('getAtlasState() used outside <App>');
  return state;
}
