/**
 * The catalogue of places: the loaded data, its lookups and filter index, and the region groups the
 * data holds. Places can be added later (more data sets, a national catalogue loaded on demand); every
 * derived lookup follows.
 */
import type { AtlasData, Industry, Place, PublicSource, RegionInfo } from '../data/types.ts';
import { regionsOf } from '../data/atlas-build.ts';
import type { UrlVocabulary } from '../url/url-param.ts';
import { PlaceFilterIndex } from './place-index.ts';

export class PlaceCatalogue {
  /** The data as loaded (map sources, tiles, version). */
  readonly atlas: AtlasData;
  readonly taxonomy: readonly Industry[];
  readonly sources: readonly PublicSource[];
  places = $state.raw<readonly Place[]>([]);
  readonly placesById: ReadonlyMap<string, Place>;
  readonly regions: readonly RegionInfo[];
  readonly index: PlaceFilterIndex;
  /** What URL parameters may name. */
  readonly vocabulary: UrlVocabulary;

  constructor(atlas: AtlasData) {
    this.atlas = atlas;
    this.taxonomy = atlas.taxonomy;
    this.sources = atlas.sources;
    this.places = atlas.places;
    // Lookups are rebuilt whole when places change, never mutated: plain collections.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.placesById = $derived(new Map(this.places.map((p) => [p.id, p])));
    // Older data files carry no region list: derive it from the places.
    this.regions = $derived(atlas.regions && this.places === atlas.places ? atlas.regions : regionsOf(this.places));
    this.index = $derived(new PlaceFilterIndex(this.places, atlas.taxonomy.map((i) => i.code)));
    /* eslint-disable svelte/prefer-svelte-reactivity -- rebuilt whole, never mutated */
    this.vocabulary = $derived({
      industries: new Set(atlas.taxonomy.map((i) => i.code)),
      placeIds: new Set(this.placesById.keys()),
      regions: new Set(this.regions.map((r) => r.id)),
    });
    /* eslint-enable svelte/prefer-svelte-reactivity */
  }

  /** Adds places (ids must be new); lookups, index and regions follow. */
  add(places: readonly Place[]): void {
    const clash = places.find((p) => this.placesById.has(p.id));
    if (clash) throw new Error(`place ${clash.id} is already in the catalogue`);
    this.places = [...this.places, ...places];
  }

  industryLabel(code: string, lang: 'zh' | 'en'): string {
    return this.taxonomy.find((i) => i.code === code)?.label[lang] ?? code;
  }
}
