/**
 * Build settings for the app's MapLibre worker (`src/lib/map/map-worker.ts`), shared by the app's and
 * the element's Vite configs:
 * - ES format, and `.mjs` names: MapLibre starts its worker as a module;
 * - MapLibre's worker file is imported there for what it does when it runs (it installs the worker),
 *   but maplibre-gl's package.json declares its `dist/` files free of side effects, so a bundler would
 *   drop the import: this plugin marks that one file as having them.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin, UserConfig } from 'vite';

const MAPLIBRE_WORKER = /maplibre-gl\/dist\/maplibre-gl-worker\.mjs$/;

const keepMapLibreWorker: Plugin = {
  name: 'medpark-keep-maplibre-worker',
  async load(id) {
    if (!MAPLIBRE_WORKER.test(id)) return null;
    return { code: await readFile(id, 'utf8'), moduleSideEffects: true };
  },
};

export const mapWorkerBuild: UserConfig['worker'] = {
  format: 'es',
  plugins: () => [keepMapLibreWorker],
  rollupOptions: { output: { entryFileNames: 'assets/[name]-[hash].mjs' } },
};
