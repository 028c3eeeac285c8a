/**
 * Installs a set of MapLibre images, sources and layers as one unit and returns the function that
 * removes them. Every child that draws (places, site tiles, a tool's shapes) goes through it, and so
 * does the bench's baseline page, so both draw the same way. Ids are namespaced (`<namespace>-…`) so
 * two children never collide.
 * https://maplibre.org/maplibre-gl-js/docs/API/classes/Map/#addlayer
 */
import type { LayerSpecification, SourceSpecification } from 'maplibre-gl';

export interface RawImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export interface LayerSet {
  /** Every source and layer id of the set is this or starts with `<namespace>-`. */
  namespace: string;
  images?: Record<string, RawImage>;
  sources?: Record<string, SourceSpecification>;
  /** Bottom to top; `beforeId` places a layer under a base layer (ignored when the style lacks it). */
  layers: { layer: LayerSpecification; beforeId?: string }[];
}

/** The part of a MapLibre map the installer uses. */
export interface InstallTarget {
  addImage(id: string, image: RawImage): unknown;
  hasImage(id: string): boolean;
  removeImage(id: string): unknown;
  addSource(id: string, source: SourceSpecification): unknown;
  getSource(id: string): unknown;
  removeSource(id: string): unknown;
  addLayer(layer: LayerSpecification, beforeId?: string): unknown;
  getLayer(id: string): unknown;
  removeLayer(id: string): unknown;
}

/** Throws when an id of the set is outside its namespace (a wiring mistake, caught by unit tests). */
export function checkNamespace(set: LayerSet): void {
  const prefix = `${set.namespace}-`;
  const ids = [...Object.keys(set.sources ?? {}), ...set.layers.map((l) => l.layer.id)];
  const stray = ids.filter((id) => id !== set.namespace && !id.startsWith(prefix));
  if (stray.length) throw new Error(`ids outside the "${set.namespace}" namespace: ${stray.join(', ')}`);
}

/**
 * Adds the set to the map (images and sources first, then layers in order).
 * @returns removes what was added and is still there (a new style may already have dropped it)
 */
export function installLayerSet(map: InstallTarget, set: LayerSet): () => void {
  checkNamespace(set);
  const images = Object.entries(set.images ?? {}).filter(([id]) => !map.hasImage(id));
  for (const [id, image] of images) map.addImage(id, image);
  const sources = Object.entries(set.sources ?? {});
  for (const [id, source] of sources) if (!map.getSource(id)) map.addSource(id, source);
  for (const { layer, beforeId } of set.layers) map.addLayer(layer, beforeId && map.getLayer(beforeId) ? beforeId : undefined);
  return () => {
    for (const { layer } of [...set.layers].reverse()) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
    for (const [id] of sources) if (map.getSource(id)) map.removeSource(id);
    for (const [id] of images) if (map.hasImage(id)) map.removeImage(id);
  };
}
