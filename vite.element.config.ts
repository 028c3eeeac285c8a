// The embed build (second step of `npm run build`): the <medpark-atlas> element and the iframe host
// helper, into dist/embed/. Component styles are injected into the element's shadow root (Svelte's
// `css: 'injected'` appends them to the root node the component mounts in), and MapLibre's CSS is
// adopted there by the element: a document stylesheet would not reach the shadow root.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { mapWorkerBuild } from './scripts/vite/map-worker.ts';
import { defineConfig, type Plugin } from 'vite';

/** MapView's document-level `import 'maplibre-gl/dist/maplibre-gl.css'` is useless in a shadow root: drop it here. */
const noDocumentCss: Plugin = {
  name: 'medpark-no-document-css',
  enforce: 'pre',
  resolveId: (id) => (id === 'maplibre-gl/dist/maplibre-gl.css' ? '\0medpark-empty.css' : null),
  load: (id) => (id === '\0medpark-empty.css' ? '' : null),
};

export default defineConfig({
  base: './',
  plugins: [noDocumentCss, svelte({ emitCss: false })],
  publicDir: false,
  // The app's MapLibre worker (MapLibre's, reading PMTiles archives too): scripts/vite/map-worker.ts.
  worker: mapWorkerBuild,
  build: {
    target: 'es2022',
    outDir: 'dist/embed',
    emptyOutDir: false,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      input: { 'medpark-atlas': 'src/embed/element.ts', connect: 'src/embed/connect.ts' },
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: '[name].js',
        manualChunks: (id) => (id.includes('node_modules/maplibre-gl') ? 'maplibre' : undefined),
      },
    },
  },
});
