import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import type { AtlasData } from '../data/types.ts';
import { sitesTileLayers, sitesTileSource, SITES_TILE_SOURCE } from '../tiles/pmtiles-source.ts';
import { industryColourExpression, industryColourScale } from './industry-colours.ts';
import { checkNamespace, installLayerSet, type InstallTarget, type LayerSet, type RawImage } from './layer-installer.ts';
import { placeLayerSet } from './place-layers.ts';
import { filterExpression } from '../state/filters.ts';
import { LAYER_GROUP_IDS } from '../state/layer-groups.ts';

import { buildAtlas } from '../data/atlas-build.ts';
import { loadData } from '../../../scripts/data-files.ts';
import { withCatalog } from '../../../scripts/catalog/load.ts';

// The real data through the real pipeline (geojson/ + the catalogue), as data:build makes it.
const data = withCatalog(loadData());
const atlas: AtlasData = buildAtlas(data.files, data.taxonomy, data.sources);
const colour = industryColourExpression(industryColourScale(atlas.taxonomy));

/** A map stand-in that keeps what was added, in order, and refuses what MapLibre refuses (duplicates, missing sources). */
class FakeMap implements InstallTarget {
  images = new Map<string, RawImage>();
  sources = new Map<string, SourceSpecification>();
  layers: LayerSpecification[] = [];
  addImage(id: string, image: RawImage) {
    if (this.images.has(id)) throw new Error(`image ${id} exists`);
    this.images.set(id, image);
  }
  hasImage = (id: string) => this.images.has(id);
  removeImage = (id: string) => this.images.delete(id);
  addSource(id: string, source: SourceSpecification) {
    if (this.sources.has(id)) throw new Error(`source ${id} exists`);
    this.sources.set(id, source);
  }
  getSource = (id: string) => this.sources.get(id);
  removeSource = (id: string) => this.sources.delete(id);
  addLayer(layer: LayerSpecification, beforeId?: string) {
    if (this.layers.some((l) => l.id === layer.id)) throw new Error(`layer ${layer.id} exists`);
    if ('source' in layer && typeof layer.source === 'string' && !this.sources.has(layer.source)) throw new Error(`no source ${layer.source}`);
    const at = beforeId ? this.layers.findIndex((l) => l.id === beforeId) : -1;
    if (at < 0) this.layers.push(layer);
    else this.layers.splice(at, 0, layer);
  }
  getLayer = (id: string) => this.layers.find((l) => l.id === id);
  removeLayer = (id: string) => (this.layers = this.layers.filter((l) => l.id !== id));
}

function validate(set: LayerSet): string[] {
  const style: StyleSpecification = {
    version: 8,
    sources: set.sources ?? {},
    layers: set.layers.map((l) => l.layer),
  };
  return validateStyleMin(style).map((e) => e.message);
}

const placeSet = placeLayerSet(atlas, 'zh', colour, filterExpression({ industries: ['tcm'], regions: ['fujian'], layers: LAYER_GROUP_IDS }), 'base-label');
const tileSet: LayerSet = {
  namespace: SITES_TILE_SOURCE,
  sources: { [SITES_TILE_SOURCE]: sitesTileSource('https://example.org/sites.pmtiles') },
  layers: sitesTileLayers(colour, { filter: { industries: ['tcm'], kinds: ['base'] } }).map((layer) => ({ layer: layer as LayerSpecification })),
};

describe('layer installer', () => {
  it('emits only layers that pass the style spec (place layers with a filter, site tiles)', () => {
    expect(validate(placeSet)).toEqual([]);
    expect(validate(tileSet)).toEqual([]);
    expect(validate(placeLayerSet(atlas, 'en', colour, null))).toEqual([]);
  });

  it('installs images, sources and layers in order, under the given base layer except labels', () => {
    const map = new FakeMap();
    map.addSource('base', { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer({ id: 'base-label', type: 'symbol', source: 'base' });
    installLayerSet(map, placeSet);
    expect(map.layers.map((l) => l.id)).toEqual(['places-footprint-fill', 'places-footprint-hatch', 'places-footprint-outline', 'places-circle', 'base-label', 'places-reference-label', 'places-label', 'places-zone-label']);
    expect([...map.images.keys()]).toEqual(['places-schematic-hatch']);
  });

  it('removes exactly what it added, and tolerates a style that already dropped it', () => {
    const map = new FakeMap();
    const removeTiles = installLayerSet(map, tileSet);
    const removePlaces = installLayerSet(map, placeSet);
    removeTiles();
    expect(map.layers.every((l) => l.id.startsWith('places-'))).toBe(true);
    map.layers = []; // a new style dropped the layers
    expect(() => removePlaces()).not.toThrow();
    expect(map.sources.size).toBe(0);
    expect(map.images.size).toBe(0);
  });

  it('can install the same set again after a style swap (no duplicate errors)', () => {
    const map = new FakeMap();
    installLayerSet(map, placeSet)();
    expect(() => installLayerSet(map, placeSet)).not.toThrow();
  });

  it('refuses ids outside the namespace', () => {
    expect(() => checkNamespace({ namespace: 'planner', layers: [{ layer: { id: 'ghost-fill', type: 'background' } }] })).toThrow(/outside the "planner" namespace: ghost-fill/);
    expect(() => checkNamespace(placeSet)).not.toThrow();
    expect(() => checkNamespace(tileSet)).not.toThrow();
  });
});
