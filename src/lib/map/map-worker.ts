/**
 * The MapLibre worker the app starts: MapLibre's own worker, then `pmtiles://` registered inside it
 * (`basemap-worker.ts`), so archive tiles are read and parsed in the worker from its first message,
 * with no hop through the main thread. Built as its own ES module (`?worker&url` in
 * `maplibre-setup.ts`; build settings in `scripts/vite/map-worker.ts`).
 */
import 'maplibre-gl/dist/maplibre-gl-worker.mjs';
import { PMTILES_SCHEME } from '../tiles/pmtiles-scheme.ts';
import { workerPmtilesProtocol } from './basemap-worker.ts';

/** What MapLibre's worker scope offers (maplibre-gl 6 sets `self.addProtocol` when its worker starts). */
interface MapLibreWorkerScope {
  addProtocol(name: string, action: ReturnType<typeof workerPmtilesProtocol>): void;
}

(globalThis as unknown as MapLibreWorkerScope).addProtocol(PMTILES_SCHEME, workerPmtilesProtocol());
