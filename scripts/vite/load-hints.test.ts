import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { datasetUrl, DATASET_NAME } from '../../src/lib/data/dataset.ts';
import { injectAfterCharset, preloadScript, workerFile } from './load-hints.ts';

interface Link {
  rel: string;
  as: string;
  crossOrigin: string;
  href: string;
}

/** Runs the hint script against a URL query: the preload links it added and the globals it left. */
function run(search: string) {
  const links: Link[] = [];
  const window: Record<string, unknown> = {};
  runInNewContext(preloadScript(), {
    URLSearchParams,
    window,
    location: { search },
    document: { createElement: () => ({}), head: { appendChild: (l: Link) => links.push(l) } },
  });
  return { links, globals: Object.keys(window) };
}

describe('preload script', () => {
  it('preloads the data set the app will load (the rule of datasetUrl)', () => {
    for (const search of ['', '?lang=en', '?dataset=national-500k', '?dataset=../../etc', '?dataset=']) {
      const dataset = new URLSearchParams(search).get('dataset');
      const expected = datasetUrl(dataset !== null && DATASET_NAME.test(dataset) ? dataset : null);
      expect(run(search).links.map((l) => l.href)).toEqual([expected]);
    }
  });

  it('uses as=fetch with CORS, so that the app’s fetch() takes the preloaded answer', () => {
    expect(run('').links[0]).toMatchObject({ rel: 'preload', as: 'fetch', crossOrigin: 'anonymous' });
  });

  it('leaves no global behind', () => {
    expect(run('?lang=zh').globals).toEqual([]);
  });
});

describe('workerFile', () => {
  it('finds the hashed MapLibre worker among the bundle’s files', () => {
    expect(workerFile(['assets/app-C-PSk7fb.js', 'assets/map-worker-CZtFQQIV.mjs'])).toBe('assets/map-worker-CZtFQQIV.mjs');
    expect(workerFile(['assets/maplibre-qvkd0SPb.js'])).toBeUndefined();
  });
});

describe('injectAfterCharset', () => {
  it('puts the hints right after the charset, before any stylesheet', () => {
    const html = '<head>\n    <meta charset="UTF-8" />\n    <link rel="stylesheet" href="a.css">';
    expect(injectAfterCharset(html, '<script>x</script>')).toBe('<head>\n    <meta charset="UTF-8" />\n    <script>x</script>\n    <link rel="stylesheet" href="a.css">');
    expect(() => injectAfterCharset('<head></head>', 'x')).toThrow('index.html has no <meta charset>');
  });
});
