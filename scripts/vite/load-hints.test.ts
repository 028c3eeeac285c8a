import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { datasetUrl, DATASET_NAME } from '../../src/lib/state/url-state.ts';
import { PRELOADED_HEAD_GLOBAL } from '../../src/lib/map/base-style.ts';
import { injectAfterCharset, preloadScript, workerFile } from './load-hints.ts';

interface Link {
  rel: string;
  as: string;
  crossOrigin: string;
  href: string;
}

/** Runs the inline script against a URL query: the preload links it added, the requests it made and the global it left. */
function run(search: string, offlineBasemap = true) {
  const links: Link[] = [];
  const requests: [string, RequestInit | undefined][] = [];
  const window: Record<string, { url: string; response: Promise<unknown> }> = {};
  runInNewContext(preloadScript(offlineBasemap), {
    URLSearchParams,
    URL,
    window,
    location: { search },
    fetch: (url: string, init?: RequestInit) => (requests.push([url, init]), Promise.resolve('answer')),
    document: { baseURI: 'https://maps.example.org/atlas/?x=1', createElement: () => ({}), head: { appendChild: (l: Link) => links.push(l) } },
  });
  return { links, requests, head: window[PRELOADED_HEAD_GLOBAL] };
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

  it('requests the basemap archive’s first 16 KiB and leaves the answer, with its absolute URL, for the reader', async () => {
    const { requests, head } = run('?lang=zh');
    expect(requests).toEqual([['basemap/china.pmtiles', { headers: { range: 'bytes=0-16383' } }]]);
    expect(head.url).toBe('https://maps.example.org/atlas/basemap/china.pmtiles');
    expect(await head.response).toBe('answer');
  });

  it('requests no archive when an online basemap is used (per link or per build)', () => {
    const online = run('?basemap=https%3A%2F%2Fexample.org%2Fstyle.json');
    expect([online.requests, online.head]).toEqual([[], undefined]);
    expect(run('?basemap=javascript:alert(1)').requests).toHaveLength(1);
    const build = run('', false);
    expect([build.requests, build.head]).toEqual([[], undefined]);
  });
});

describe('workerFile', () => {
  it('finds the hashed MapLibre worker among the bundle’s files', () => {
    expect(workerFile(['assets/app-C-PSk7fb.js', 'assets/maplibre-gl-worker-CZtFQQIV.mjs'])).toBe('assets/maplibre-gl-worker-CZtFQQIV.mjs');
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
