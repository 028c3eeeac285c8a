/**
 * The map of one MapView, handed to its children by context (the svelte-maplibre-gl pattern): sources,
 * layers, camera and pointer handling are children that install themselves on every style load and
 * clean up on destroy. A tool adds its own child; MapView is never edited for it.
 */
import type { Map as MapLibreMap, MapLayerMouseEvent, MapMouseEvent, MapGeoJSONFeature } from 'maplibre-gl';
import { createContext, untrack } from 'svelte';
import { installLayerSet, type LayerSet } from './layer-installer.ts';

/** A map error with what failed, for a message in the UI language. */
export interface MapErrorInfo {
  /** `basemap` when the base style failed; a source id; or null. */
  sourceId: string | null;
  layerId: string | null;
  /** The basemap style URL, or the URL of a failing tile source, where known. */
  url: string | null;
  error: Error;
}

/** A way of using the pointer: selecting (the default), measuring, dragging a ghost… One at a time. */
export interface PointerMode {
  id: string;
  cursor?: string;
  click?(event: MapMouseEvent): void;
  dblclick?(event: MapMouseEvent): void;
  move?(event: MapMouseEvent): void;
  down?(event: MapMouseEvent): void;
  up?(event: MapMouseEvent): void;
  leave?(): void;
}

/** Layers a click can hit, and what to do with the hits. Lower `priority` wins (places before tiled sites). */
export interface Pickable {
  id: string;
  priority: number;
  layers: () => string[];
  /** Handles the hits on its layers (topmost first). */
  pick(features: MapGeoJSONFeature[], event: MapMouseEvent): void;
  /** The feature-state target for hover, or null. */
  hoverTarget(feature: MapGeoJSONFeature): { source: string; sourceLayer?: string; id: string | number } | null;
}

/** Routes pointer events to the mode that holds the pointer: the last claim wins until released. */
export class PointerRouter {
  #modes = $state.raw<PointerMode[]>([]);
  readonly pickables: Pickable[] = [];

  /** The mode receiving events (null: none claimed). */
  get active(): PointerMode | null {
    return this.#modes.at(-1) ?? null;
  }

  /** Takes the pointer; returns the release. */
  claim(mode: PointerMode): () => void {
    // Claims happen in effects: reading the modes there must not make the effect depend on them.
    untrack(() => (this.#modes = [...this.#modes.filter((m) => m.id !== mode.id), mode]));
    return () => untrack(() => (this.#modes = this.#modes.filter((m) => m !== mode)));
  }

  addPickable(pickable: Pickable): () => void {
    this.pickables.push(pickable);
    this.pickables.sort((a, b) => a.priority - b.priority);
    return () => this.pickables.splice(this.pickables.indexOf(pickable), 1);
  }
}

export class MapContext {
  map = $state.raw<MapLibreMap | null>(null);
  /** Counts style loads: children re-install on each (a new style drops sources and layers). */
  styleGeneration = $state(0);
  readonly pointer = new PointerRouter();
  /** Whether the base style is the offline basemap (its label layers follow the language). */
  offlineBasemap = $state(true);
}

/** The enclosing MapView's map, by context (Svelte's `createContext`: the getter throws where none was set, a wiring mistake). */
export const [getMapContext, setMapContext] = createContext<MapContext>();

/**
 * Runs `install` once the style is in and again after every style load, cleaning up before each
 * re-install and when the component is destroyed. Call during component initialisation.
 */
export function onStyle(context: MapContext, install: (map: MapLibreMap) => (() => void) | void): void {
  $effect(() => {
    const map = context.map;
    const generation = context.styleGeneration;
    if (!map || generation === 0) return;
    const cleanup = untrack(() => install(map));
    return () => {
      // After remove() the map has no style; a new style has already dropped what was added.
      if (cleanup && map.style) cleanup();
    };
  });
}

/** {@link onStyle} for a layer set (rebuilt from `set()` at each install). */
export function installOnStyle(context: MapContext, set: () => LayerSet): void {
  onStyle(context, (map) => installLayerSet(map as never, set()));
}

export type { MapLayerMouseEvent };
