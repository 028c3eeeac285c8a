/**
 * The benchmark's baseline: bare MapLibre (same version), the same data file and the same layer
 * styles as the app, and nothing else: no Svelte, no state, no panels. Driven by scripts/bench.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from '../src/lib/map/map-worker.ts?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { AtlasData } from '../src/lib/data/types.ts';
import { industryColourExpression, industryColourScale } from '../src/lib/map/industry-colours.ts';
import { CHINA_BOUNDS, FOOTPRINT_LAYER_IDS, LAYER_IDS, POINT_SOURCE, isDense, placeLayerSet, placeLayers, withFilter } from '../src/lib/map/place-layers.ts';
import { installLayerSet } from '../src/lib/map/layer-installer.ts';
import { applySitesTileFilter, registerPmtilesProtocol, SITES_TILE_SOURCE, sitesTileLayers, sitesTileSource } from '../src/lib/tiles/pmtiles-source.ts';
import { MAP_OPTIONS } from '../src/lib/map/map-options.ts';
import { BASE_FIRST_LABEL_LAYER_ID, OFFLINE_BASEMAP_BOUNDS, offlineBaseStyle } from '../src/lib/map/base-style.ts';

maplibregl.setWorkerUrl(workerUrl);

const params = new URLSearchParams(location.search);
const dataset = params.get('dataset');
// `sites=geojson`: the tiled sites as one GeoJSON source instead (the path the tiles replace).
const sitesAsGeojson = params.get('sites') === 'geojson';
const url = dataset ? `../data/${dataset}/atlas.json` : '../data/atlas.json';

const bench = ((window as any).__bench = { idleAt: 0, map: null as maplibregl.Map | null, setIndustry: (_: string | null) => {} });

const atlas = (await (await fetch(url)).json()) as AtlasData;
const scale = industryColourScale(atlas.taxonomy);
const colour = industryColourExpression(scale);
const basemapDir = new URL('../basemap/', location.href).href;
const style = offlineBaseStyle(basemapDir, 'en');
const map = new maplibregl.Map({ ...MAP_OPTIONS, container: 'map', style, bounds: CHINA_BOUNDS, fitBoundsOptions: { padding: 20 }, maxBounds: OFFLINE_BASEMAP_BOUNDS });
bench.map = map;
map.once('style.load', () => {
  if (atlas.tiles && sitesAsGeojson) {
    map.addSource('sites-geojson', { type: 'geojson', data: new URL(atlas.tiles.url.replace(/\.pmtiles$/, '-flat.geojson'), new URL(url, location.href)).href, promoteId: 'id' });
    const circle = placeLayers('en', colour).find((l) => l.id === LAYER_IDS.pointCircle)!;
    map.addLayer({ ...circle, id: 'sites-geojson-circle', source: 'sites-geojson' } as maplibregl.AddLayerObject, BASE_FIRST_LABEL_LAYER_ID);
  } else if (atlas.tiles) {
    registerPmtilesProtocol(maplibregl);
    map.addSource(SITES_TILE_SOURCE, sitesTileSource(new URL(atlas.tiles.url, new URL(url, location.href)).href));
    for (const layer of sitesTileLayers(colour)) map.addLayer(layer, BASE_FIRST_LABEL_LAYER_ID);
  }
  // The same installer and layer set as the app's place layers.
  installLayerSet(map as never, placeLayerSet(atlas, 'en', colour, null, BASE_FIRST_LABEL_LAYER_ID));
});
map.once('load', () => map.once('idle', () => (bench.idleAt = performance.now())));

/** The same filter the app applies for one industry, set directly. */
bench.setIndustry = (code) => {
  if (atlas.tiles && sitesAsGeojson) map.setFilter('sites-geojson-circle', code ? ['in', `|${code}|`, ['get', 'industries']] : null);
  else if (atlas.tiles) applySitesTileFilter(map, { industries: code ? [code] : [] }, { colour, colourOf: scale });
  const expression = code ? ['in', `|${code}|`, ['get', 'industries']] : null;
  // Clusters on, as in the app: the clustered point source takes the points passing the filter.
  const points = code ? atlas.map.points.features.filter((f) => f.properties.industries.includes(`|${code}|`)) : atlas.map.points.features;
  (map.getSource(POINT_SOURCE) as maplibregl.GeoJSONSource).setData({ type: 'FeatureCollection', features: points });
  for (const id of FOOTPRINT_LAYER_IDS) {
    const own = placeLayers('en', colour, isDense(atlas)).find((l) => l.id === id)?.filter;
    map.setFilter(id, withFilter(own as maplibregl.FilterSpecification | undefined, expression as maplibregl.FilterSpecification | null));
  }
};
