/**
 * What is selected: one thing at a time — a place of the catalogue, or a site from the tile archive (not
 * a place: no id in the URL).
 */
import type { Place } from '../data/types.ts';
import type { SiteTileProperties } from '../tiles/sites-schema.ts';
import { optionalParam } from '../url/url-param.ts';
import type { PlaceCatalogue } from './catalogue.svelte.ts';
import { isPlaceId } from '../data/place-id.ts';

export type Selection =
  | { type: 'place'; id: string }
  | { type: 'site'; site: SiteTileProperties };

/** A request to bring something into view; every map of the instance answers each `seq` once. */
export interface FlyRequest {
  placeId: string;
  seq: number;
}

export class SelectionState {
  current = $state.raw<Selection | null>(null);
  /** Every place under the last map click, topmost first (the panel lists the others). */
  here = $state.raw<string[]>([]);
  flyRequest = $state.raw<FlyRequest | null>(null);

  /** The selected place, when the selection is one. */
  readonly place: Place | null;
  /** The selected place's id (the URL's `select`). */
  readonly placeId: string | null;

  constructor(catalogue: PlaceCatalogue) {
    this.placeId = $derived(this.current?.type === 'place' ? this.current.id : null);
    this.place = $derived(this.placeId ? (catalogue.placesById.get(this.placeId) ?? null) : null);
  }

  /** Selects a place (null clears); `fly` when the map should bring it into view (list, search, URL). */
  selectPlace(id: string | null, options: { fly?: boolean; here?: string[] } = {}): void {
    this.current = id === null ? null : { type: 'place', id };
    this.here = options.here ?? [];
    if (id !== null && options.fly) this.flyRequest = { placeId: id, seq: (this.flyRequest?.seq ?? 0) + 1 };
  }

  selectSite(site: SiteTileProperties): void {
    this.current = { type: 'site', site };
    this.here = [];
  }

  clear(): void {
    this.current = null;
    this.here = [];
  }
}

/** `select=<place id>`: a change adds a history entry, so back/forward walk selections. */
export const SELECT_PARAM = optionalParam('select', {
  history: 'push',
  valid: (raw) => (isPlaceId(raw) ? null : 'not a place id'),
  known: (id, vocabulary) => (vocabulary.placeIds.has(id) ? null : 'no such place'),
});
