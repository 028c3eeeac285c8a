/**
 * The catalogue of places: the loaded data, its lookups and filter index, and the region groups the
 * data holds. It may start empty and be filled once, when the data arrives (the map is created
 * meanwhile); every derived lookup follows.
 */
import type { AtlasData, Industry, Place, PublicSource, RegionInfo } from '../data/types.ts';
import { regionsOf } from '../data/atlas-build.ts';
import type { UrlVocabulary } from '../url/url-param.ts';
import { PlaceFilterIndex } from './place-index.ts';

/** The catalogue before its data is in. */
export const EMPTY_ATLAS: AtlasData = {
  version: 1,
  taxonomy: [],
  sources: [],
  regions: [],
  places: [],
  map: { footprints: { type: 'FeatureCollection', features: [] }, points: { type: 'FeatureCollection', features: [] } },
};

export class PlaceCatalogue {
  /** The data as loaded (map sources, tiles, version); empty until `load`. */
  atlas = $state.raw<AtlasData>(EMPTY_ATLAS);
  /** Whether the data is in. */
  loaded = $state(false);
  readonly taxonomy: readonly Industry[];
  readonly sources: readonly PublicSource[];
  readonly places: readonly Place[];
  readonly placesById: ReadonlyMap<string, Place>;
  readonly regions: readonly RegionInfo[];
  readonly index: PlaceFilterIndex;
  /** What URL parameters may name. */
  readonly vocabulary: UrlVocabulary;

  constructor(atlas: AtlasData | null = null) {
    if (atlas) this.load(atlas);
    this.taxonomy = $derived(this.atlas.taxonomy);
    this.sources = $derived(this.atlas.sources);
    this.places = $derived(this.atlas.places);
    // Lookups are rebuilt whole when places change, never mutated: plain collections.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.placesById = $derived(new Map(this.places.map((p) => [p.id, p])));
    // Older data files carry no region list: derive it from the places.
    this.regions = $derived(this.atlas.regions ?? regionsOf(this.places));
    this.index = $derived(new PlaceFilterIndex(this.places, this.atlas.taxonomy.map((i) => i.code)));
    /* eslint-disable svelte/prefer-svelte-reactivity -- rebuilt whole, never mutated */
    this.vocabulary = $derived({
      industries: new Set(this.atlas.taxonomy.map((i) => i.code)),
      placeIds: new Set(this.placesById.keys()),
      regions: new Set(this.regions.map((r) => r.id)),
    });
    /* eslint-enable svelte/prefer-svelte-reactivity */
  }

  /** Takes the data (once: the instance's data set). */
  load(atlas: AtlasData): void {
    if (this.loaded) throw new Error('the catalogue has its data already');
    this.atlas = atlas;
    this.loaded = true;
  }

  industryLabel(code: string, lang: 'zh' | 'en'): string {
    return this.taxonomy.find((i) => i.code === code)?.label[lang] ?? code;
  }
}
