// The benchmark build: the app, the bare-MapLibre baseline page and the floor page from one build, so both load the
// same maplibre chunk, worker, basemap and data. Never the default build.
import { resolve } from 'node:path';
import { mergeConfig } from 'vite';
import base from './vite.config.ts';

export default mergeConfig(base, {
  build: {
    outDir: 'build/bench/dist',
    emptyOutDir: true,
    rollupOptions: {
      input: { app: resolve(import.meta.dirname, 'index.html'), baseline: resolve(import.meta.dirname, 'bench/baseline.html'), floor: resolve(import.meta.dirname, 'bench/floor.html'), 'basemap-floor': resolve(import.meta.dirname, 'bench/basemap-floor.html'), embed: resolve(import.meta.dirname, 'bench/embed.html') },
    },
  },
});
