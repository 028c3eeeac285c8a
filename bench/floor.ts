/**
 * The benchmark's floor: bare MapLibre from the same build, a background-only style, no data and no
 * basemap — the least any map page can do here. The app and the baseline are measured against it.
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from '../src/lib/map/map-worker.ts?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { CHINA_BOUNDS } from '../src/lib/map/place-layers.ts';
import { BASE_COLORS, OFFLINE_BASEMAP_BOUNDS } from '../src/lib/map/base-style.ts';

maplibregl.setWorkerUrl(workerUrl);

const bench = ((window as any).__bench = { idleAt: 0, map: null as maplibregl.Map | null, setIndustry: (_: string | null) => {} });
const map = new maplibregl.Map({
  container: 'map',
  style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': BASE_COLORS.sea } }] },
  bounds: CHINA_BOUNDS,
  fitBoundsOptions: { padding: 20 },
  maxBounds: OFFLINE_BASEMAP_BOUNDS,
});
bench.map = map;
map.once('load', () => map.once('idle', () => (bench.idleAt = performance.now())));
