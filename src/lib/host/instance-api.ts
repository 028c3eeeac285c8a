/**
 * What an atlas instance exposes to whoever drives it: tests, the bench, the embed bridge (postMessage)
 * and the `<medpark-atlas>` element. The commands take untrusted input (a host page's message or
 * attribute): they check it, drop what the data does not know with a warning, and never throw.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../data/types.ts';
import type { AtlasState } from '../state/atlas-state.svelte.ts';

/** A camera position: `[lng, lat]` and zoom. */
export interface AtlasView {
  center: [number, number];
  zoom: number;
}

export interface AtlasFilter {
  industries: string[];
  regions: string[];
}

/** What an instance reports, by event name (each fires after a change, not for the initial state). */
export interface AtlasEvents {
  select: { id: string | null };
  filter: AtlasFilter;
  view: AtlasView;
  lang: { lang: Lang };
}

export type AtlasEventName = keyof AtlasEvents;

export interface AtlasInstanceApi {
  /** The instance's map (null until created). */
  readonly map: MapLibreMap | null;
  readonly state: AtlasState;
  /** `performance.now()` at the first idle of the map with its places, 0 before. */
  readonly idleAt: number;
  /** Runs pending Svelte updates now (tests and the bench measure effects synchronously). */
  flush(): void;
  /** Selects a place by id and brings it into view (null clears); false when there is no such place. */
  select(id: string | null): boolean;
  /** Sets the industry and/or region filter (a list left out keeps its value); returns the filter now applied. */
  setFilter(filter: Partial<AtlasFilter>): AtlasFilter;
  /** false when `lang` is not a supported language. */
  setLang(lang: Lang): boolean;
  /** Moves the camera (zoom left out keeps the zoom); false when the view is not a valid position. */
  flyTo(view: { center: [number, number]; zoom?: number }): boolean;
  /** The current camera, or null before the map exists. */
  view(): AtlasView | null;
  /** Listens to an event; returns the unsubscribe. */
  on<K extends AtlasEventName>(event: K, listener: (detail: AtlasEvents[K]) => void): () => void;
}
