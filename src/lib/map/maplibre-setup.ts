/**
 * MapLibre's page-wide setup, once: maplibre-gl 6 is ESM-only, so after bundling its worker must be
 * named explicitly; and the worker pool can start while the data is still downloading (`prewarm`),
 * instead of when the first map is created.
 * https://maplibre.org/maplibre-gl-js/docs/API/functions/prewarm/
 */
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let prepared = false;

/** Names the worker and starts it; safe to call from every instance. */
export function prepareMapLibre(): void {
  if (prepared) return;
  prepared = true;
  maplibregl.setWorkerUrl(workerUrl);
  maplibregl.prewarm();
}
