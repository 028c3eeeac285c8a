/**
 * The MapLibre worker the app starts: MapLibre's own worker, then `pmtiles://` registered inside it
 * (`basemap-worker.ts`), so archive tiles are read and parsed in the worker from its first message,
 * with no import round trip and no hop through the main thread. Built as its own ES module
 * (`?worker&url` in `maplibre-setup.ts`).
 */
import 'maplibre-gl/dist/maplibre-gl-worker.mjs';
import './basemap-worker.ts';
