/**
 * Load hints for the app's index.html, so that nothing waits that need not: the MapLibre worker and the
 * atlas data are requested while the HTML is parsed, in parallel with the app's JavaScript (the basemap
 * archive is requested as soon as the map is created, which no longer waits for the data).
 *
 * - the worker: `<link rel="prefetch">` to its hashed file, found in the bundle at build time (a
 *   modulepreload would fill the page's module map, not the worker's: the file was loaded twice);
 * - data: a tiny external script adds `<link rel="preload" as="fetch" crossorigin>` for the data set
 *   this URL will load (`?dataset=`, the rule of `datasetUrl`); `as="fetch"` + `crossorigin` match the
 *   app's plain `fetch(url)`, so the preloaded answer is used. External, not inline: a page under a
 *   strict Content Security Policy (no 'unsafe-inline') runs it, and it leaves no global behind.
 */
import type { Plugin } from 'vite';
import { DATASET_NAME } from '../../src/lib/data/dataset.ts';

/** The hint script's file beside index.html (external, so a strict CSP without 'unsafe-inline' allows it). */
export const HINT_SCRIPT = 'load-hints.js';

/**
 * The hint script (classic, runs during parsing): preloads the data set this URL will load. Paths are
 * relative to the page, like the app's `import.meta.env.BASE_URL` of './'. It leaves nothing global.
 */
export function preloadScript(): string {
  return `(function () {
  var d = new URLSearchParams(location.search).get('dataset');
  var l = document.createElement('link');
  l.rel = 'preload'; l.as = 'fetch'; l.crossOrigin = 'anonymous';
  l.href = d !== null && ${DATASET_NAME.toString()}.test(d) ? 'data/' + d + '/atlas.json' : 'data/atlas.json';
  document.head.appendChild(l);
})();
`;
}

/** The worker's file in a bundle (e.g. `assets/map-worker-CZtFQQIV.mjs`), or undefined. */
export function workerFile(fileNames: readonly string[]): string | undefined {
  return fileNames.find((f) => /(^|\/)map-worker-[\w-]+\.mjs$/.test(f));
}

/** Adds the hints to the app's index.html in `vite build` (the dev server serves files unhashed and fast). */
export function loadHints(): Plugin {
  return {
    name: 'medpark-load-hints',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: HINT_SCRIPT, source: preloadScript() });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // Only the app's page (the benchmark's baseline and floor pages stay bare).
        if (!ctx.filename.endsWith('/index.html') || ctx.filename.includes('/bench/') || ctx.filename.includes('/examples/')) return html;
        const worker = workerFile(Object.keys(ctx.bundle ?? {}));
        if (!worker) throw new Error('load hints: the MapLibre worker is not in the bundle (map-worker-*.mjs)');
        return injectAfterCharset(html, `<script src="./${HINT_SCRIPT}"></script>\n    <link rel="prefetch" href="./${worker}">`);
      },
    },
  };
}
/**
 * Puts `markup` right after `<meta charset>`: the charset must stay in the first 1024 bytes, and an
 * inline script placed after a stylesheet link would wait for that stylesheet.
 */
export function injectAfterCharset(html: string, markup: string): string {
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (!charset) throw new Error('load hints: index.html has no <meta charset>');
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n    ${markup}${html.slice(at)}`;
}
