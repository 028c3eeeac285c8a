/**
 * Load hints for the app's index.html, so that nothing waits that need not: the MapLibre worker, the
 * atlas data and the offline basemap are requested while the HTML is parsed, in parallel with the app's
 * JavaScript, instead of one after the other once that JavaScript has run.
 *
 * - the worker: `<link rel="prefetch">` to its hashed file, found in the bundle at build time (a
 *   modulepreload would fill the page's module map, not the worker's: the file was loaded twice);
 * - data: a tiny inline script adds `<link rel="preload" as="fetch" crossorigin>` for the data set this
 *   URL will load (`?dataset=`, the rule of `datasetUrl`); `as="fetch"` + `crossorigin` match the
 *   app's plain `fetch(url)`, so the preloaded answer is used;
 * - basemap: the same script requests the archive's header and root directory (its first 16 KiB, a
 *   Range request a `<link>` cannot make) and leaves the pending answer for the basemap's reader
 *   (`PRELOADED_HEAD_GLOBAL`), unless `?basemap=` names an online style or the build has one
 *   (VITE_BASEMAP_STYLE_URL).
 */
import type { Plugin } from 'vite';
import { DATASET_NAME } from '../../src/lib/state/url-state.ts';
import { BASEMAP_ARCHIVE, PRELOADED_HEAD_GLOBAL } from '../../src/lib/map/base-style.ts';
import { ROOT_FETCH_BYTES } from '../../src/lib/tiles/pmtiles-writer.ts';

/**
 * The inline script (classic, runs during parsing). Paths are relative to the page, like the app's
 * `import.meta.env.BASE_URL` of './'.
 * @param offlineBasemap false when the build has an online basemap (no archive to preload)
 */
export function preloadScript(offlineBasemap: boolean): string {
  return `(function () {
  var q = new URLSearchParams(location.search), d = q.get('dataset'), b = q.get('basemap');
  function preload(href) {
    var l = document.createElement('link');
    l.rel = 'preload'; l.as = 'fetch'; l.crossOrigin = 'anonymous'; l.href = href;
    document.head.appendChild(l);
  }
  preload(d !== null && ${DATASET_NAME.toString()}.test(d) ? 'data/' + d + '/atlas.json' : 'data/atlas.json');
  ${offlineBasemap ? `if (!(b !== null && /^https?:\\/\\//.test(b))) {
    var r = fetch('basemap/${BASEMAP_ARCHIVE}', { headers: { range: 'bytes=0-${ROOT_FETCH_BYTES - 1}' } });
    r.catch(function () {}); // the basemap's reader reports failures, naming the file
    window.${PRELOADED_HEAD_GLOBAL} = { url: new URL('basemap/${BASEMAP_ARCHIVE}', document.baseURI).href, response: r };
  }` : '// online basemap configured at build time: no archive header to request'}
})();`;
}

/** The worker's file in a bundle (e.g. `assets/maplibre-gl-worker-CZtFQQIV.mjs`), or undefined. */
export function workerFile(fileNames: readonly string[]): string | undefined {
  return fileNames.find((f) => /(^|\/)maplibre-gl-worker-[\w-]+\.mjs$/.test(f));
}

/** Adds the hints to the app's index.html in `vite build` (the dev server serves files unhashed and fast). */
export function loadHints(): Plugin {
  let offlineBasemap = true;
  return {
    name: 'medpark-load-hints',
    apply: 'build',
    configResolved(config) {
      offlineBasemap = !config.env.VITE_BASEMAP_STYLE_URL;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        // Only the app's page (the benchmark's baseline and floor pages stay bare).
        if (!ctx.filename.endsWith('/index.html') || ctx.filename.includes('/bench/')) return html;
        const worker = workerFile(Object.keys(ctx.bundle ?? {}));
        if (!worker) throw new Error('load hints: the MapLibre worker is not in the bundle (maplibre-gl-worker-*.mjs)');
        return injectAfterCharset(html, `<script>${preloadScript(offlineBasemap)}</script>\n    <link rel="prefetch" href="./${worker}">`);
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
