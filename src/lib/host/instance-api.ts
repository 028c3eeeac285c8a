/**
 * What an atlas instance exposes to whoever drives it — the embed bridge (postMessage), the
 * `<medpark-atlas>` element, tests and the bench alike: the public API README documents, no internals. The commands take untrusted input (a host page's message or
 * attribute): they check it, drop what the data does not know with a warning, and never throw.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../data/types.ts';

/** A camera position: `[lng, lat]` and zoom. */
export interface AtlasView {
  center: [number, number];
  zoom: number;
}

/**
 * The filter, one field per filter parameter of the instance (`UrlParam.filterField`): `industries`,
 * `regions`, `layers`, `levels`, `zoneTypes`, and tools' (`near`: [{kind, km}]). Values are as parsed
 * from the URL; a command may also give a field as the URL's string (`{ near: 'seaport:50' }`).
 */
export interface AtlasFilter {
  industries: string[];
  regions: string[];
  [field: string]: unknown;
}

/** What an instance shows now (the `ready` message's payload). */
export interface AtlasSnapshot {
  view: AtlasView | null;
  select: string | null;
  filter: AtlasFilter;
  lang: Lang;
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
  /** The instance's MapLibre map (null until created): for reading and for a host's own layers; the atlas's state goes through the methods. */
  readonly map: MapLibreMap | null;
  /** Selects a place by id and brings it into view (null clears); false when there is no such place. */
  select(id: string | null): boolean;
  /** Sets filter fields (a field left out keeps its value; unknown fields and values are dropped with a warning); returns the filter now applied. */
  setFilter(filter: Partial<AtlasFilter>): AtlasFilter;
  /** false when `lang` is not a supported language. */
  setLang(lang: Lang): boolean;
  /** Moves the camera (zoom left out keeps the zoom); false when the view is not a valid position. */
  flyTo(view: { center: [number, number]; zoom?: number }): boolean;
  /** The current camera, or null before the map exists. */
  view(): AtlasView | null;
  /** The view, selection, filter and language now. */
  current(): AtlasSnapshot;
  /** Ids of the places the list shows under the current filter, in list order. */
  listed(): string[];
  /** Listens to an event; returns the unsubscribe. */
  on<K extends AtlasEventName>(event: K, listener: (detail: AtlasEvents[K]) => void): () => void;
}
