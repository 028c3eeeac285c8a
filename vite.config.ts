import { svelte } from '@sveltejs/vite-plugin-svelte';
import { mapWorkerBuild } from './scripts/vite/map-worker.ts';
import { defineConfig } from 'vitest/config';
import { loadHints } from './scripts/vite/load-hints.ts';

export default defineConfig({
  // Relative base: the build works from any path a portal serves it under.
  base: './',
  plugins: [svelte(), loadHints()],
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      // The app, and a harness page with two instances (tests; an example for embedders).
      input: { index: 'index.html', 'two-maps': 'examples/two-maps.html' },
      output: {
        // MapLibre in its own chunk so the app's weight can be measured apart from it.
        manualChunks: (id) => (id.includes('node_modules/maplibre-gl') ? 'maplibre' : undefined),
      },
    },
  },
  // The app's MapLibre worker (MapLibre's, reading PMTiles archives too): scripts/vite/map-worker.ts.
  worker: mapWorkerBuild,
  // `PORT=8080 npm start` (or `npm start -- --port 8080`, which the CLI flag wins over).
  preview: { port: Number(process.env.PORT) || 4173, strictPort: true },
  // Unit tests of rune classes need Svelte's client runtime (the server one runs no effects).
  resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // One Svelte runtime for compiled modules and tests alike (the client one, resolved by Vite).
    server: { deps: { inline: ['svelte'] } },
  },
});
