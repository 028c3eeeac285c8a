/**
 * MapLibre's page-wide setup, once: maplibre-gl 6 is ESM-only, so after bundling its worker must be
 * named explicitly — here the app's own worker (`map-worker.ts`: MapLibre's worker that also reads
 * PMTiles archives, so tiles do not wait for a busy main thread); and the worker pool starts while
 * the data is still downloading (`prewarm`), instead of when the first map is created.
 * https://maplibre.org/maplibre-gl-js/docs/API/functions/prewarm/
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from './map-worker.ts?worker&url';

let prepared = false;

/** Names the worker and starts it; safe to call from every instance. */
export function prepareMapLibre(): void {
  if (prepared) return;
  prepared = true;
  maplibregl.setWorkerUrl(workerUrl);
  maplibregl.prewarm();
}
