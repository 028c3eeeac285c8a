/**
 * The instance API's commands and events over the core state (tool-agnostic: what an embedding page
 * may ask of any instance). Created during AtlasApp's initialisation: the events are effects owned
 * by the instance and end with it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { untrack } from 'svelte';
import type { Lang } from '../data/types.ts';
import type { AtlasState } from '../state/atlas-state.svelte.ts';
import type { UrlRegistry } from '../url/url-registry.svelte.ts';
import type { AtlasEventName, AtlasEvents, AtlasFilter, AtlasInstanceApi, AtlasView } from './instance-api.ts';

interface Parts {
  state: AtlasState;
  /** The instance's URL registry: the filter's fields are its filter parameters. */
  url: UrlRegistry;
  map: () => MapLibreMap | null;
  reducedMotion: () => boolean;
  warn: (message: string) => void;
}

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A valid `[lng, lat]`, zoom 0–22 (or none), or null. */
export function checkView(view: unknown): { center: [number, number]; zoom?: number } | null {
  if (typeof view !== 'object' || view === null) return null;
  const { center, zoom } = view as { center?: unknown; zoom?: unknown };
  if (!Array.isArray(center) || center.length !== 2 || !center.every(isFiniteNumber)) return null;
  const [lng, lat] = center as [number, number];
  if (Math.abs(lng) > 180 || Math.abs(lat) > 85.06) return null;
  if (zoom !== undefined && (!isFiniteNumber(zoom) || zoom < 0 || zoom > 22)) return null;
  return { center: [lng, lat], ...(zoom === undefined ? {} : { zoom }) };
}

function viewOf(map: MapLibreMap): AtlasView {
  const c = map.getCenter();
  return { center: [c.lng, c.lat], zoom: map.getZoom() };
}

export function createInstanceApi(parts: Parts): AtlasInstanceApi {
  const { state, url, warn } = parts;
  const filter = () => url.filter() as AtlasFilter;
  /* eslint-disable svelte/prefer-svelte-reactivity -- listener sets and a dedupe, never observed */
  const listeners: { [K in AtlasEventName]: Set<(detail: AtlasEvents[K]) => void> } = {
    select: new Set(),
    filter: new Set(),
    view: new Set(),
    lang: new Set(),
  };
  /* eslint-enable svelte/prefer-svelte-reactivity */
  function emit<K extends AtlasEventName>(event: K, detail: AtlasEvents[K]) {
    for (const listener of listeners[event]) {
      // A host's broken listener must not break the instance.
      try {
        listener(detail);
      } catch (e) {
        warn(`a ${event} listener failed: ${(e as Error).message}`);
      }
    }
  }

  /** Emits when `read()` changes (compared as JSON), not for its first value. */
  function watch<K extends AtlasEventName>(event: K, read: () => AtlasEvents[K]) {
    let last: string | null = null;
    $effect(() => {
      const detail = read();
      const key = JSON.stringify(detail);
      if (last !== null && key !== last) untrack(() => emit(event, detail));
      last = key;
    });
  }
  watch('select', () => ({ id: state.selection.placeId }));
  watch('filter', filter);
  watch('lang', () => ({ lang: state.lang }));
  $effect(() => {
    const map = parts.map();
    if (!map) return;
    const report = () => emit('view', viewOf(map));
    map.on('moveend', report);
    return () => map.off('moveend', report);
  });

  return {
    get map() {
      return parts.map();
    },
    select(id) {
      if (id === null) {
        state.selection.clear();
        return true;
      }
      if (typeof id !== 'string' || !state.placesById.has(id)) {
        warn(`select: no place with id ${JSON.stringify(String(id)).slice(0, 140)}`);
        return false;
      }
      state.select(id, true);
      return true;
    },
    setFilter(input) {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) {
        warn('setFilter: expected an object of filter fields');
        return filter();
      }
      return url.applyFilter(input as Record<string, unknown>) as AtlasFilter;
    },
    setLang(lang: Lang) {
      if (lang !== 'zh' && lang !== 'en') {
        warn(`setLang: ${JSON.stringify(String(lang)).slice(0, 40)} is not zh or en`);
        return false;
      }
      state.lang = lang;
      return true;
    },
    flyTo(view) {
      const checked = checkView(view);
      const map = parts.map();
      if (!checked || !map) {
        if (!checked) warn('flyTo: expected { center: [lng, lat], zoom? } with lng ±180, lat ±85, zoom 0–22');
        return false;
      }
      map.flyTo({ center: checked.center, zoom: checked.zoom ?? map.getZoom(), duration: parts.reducedMotion() ? 0 : 800 });
      return true;
    },
    view() {
      const map = parts.map();
      return map ? viewOf(map) : null;
    },
    listed() {
      return state.filters.visiblePlaces.map((place) => place.id);
    },
    current() {
      return { view: this.view(), select: state.selection.placeId, filter: filter(), lang: state.lang };
    },
    on(event, listener) {
      const set = listeners[event] as Set<typeof listener> | undefined;
      if (!set || typeof listener !== 'function') return () => {};
      set.add(listener);
      return () => set.delete(listener);
    },
  };
}
