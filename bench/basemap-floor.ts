/**
 * The benchmark's basemap floor: bare MapLibre from the same build with the app's offline basemap
 * (same archive, style and worker) and nothing else — no data, no place layers, no app code. The least
 * any page showing this basemap can do here; the floor (`floor.ts`) draws no tile at all.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from '../src/lib/map/map-worker.ts?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { CHINA_BOUNDS } from '../src/lib/map/place-layers.ts';
import { OFFLINE_BASEMAP_BOUNDS, offlineBaseStyle } from '../src/lib/map/base-style.ts';
import { MAP_OPTIONS } from '../src/lib/map/map-options.ts';

maplibregl.setWorkerUrl(workerUrl);

const bench = ((window as any).__bench = { idleAt: 0, map: null as maplibregl.Map | null, setIndustry: (_: string | null) => {} });
const basemapDir = new URL('../basemap/', location.href).href;
const map = new maplibregl.Map({
  ...MAP_OPTIONS,
  container: 'map',
  style: offlineBaseStyle(basemapDir, 'en'),
  bounds: CHINA_BOUNDS,
  fitBoundsOptions: { padding: 20 },
  maxBounds: OFFLINE_BASEMAP_BOUNDS,
});
bench.map = map;
map.once('load', () => map.once('idle', () => (bench.idleAt = performance.now())));
