import { describe, expect, it } from 'vitest';
import { URL_PARAMS } from '../atlas-tools.ts';
import { elementSnippet, embedUrl, fullMapUrl, iframeSnippet } from './share-url.ts';

const BASE = 'https://atlas.example/maps/';

describe('share links and snippets', () => {
  it('the full-map link keeps the state and drops the embed-only keys', () => {
    expect(fullMapUrl(BASE, '?embed=1&lang=en&select=fcg-pilot-zone&origins=https://p.example', '#8/24.5/118', URL_PARAMS)).toBe('https://atlas.example/maps/?lang=en&select=fcg-pilot-zone#8/24.5/118');
    expect(embedUrl(BASE, '?industry=tcm,biologics', '', URL_PARAMS)).toBe('https://atlas.example/maps/?industry=tcm,biologics&embed=1');
  });

  it('the iframe snippet has the chosen size and, with auto-height, the helper module and no inline script', () => {
    const plain = iframeSnippet(BASE, '?lang=zh', '#5/30/110', URL_PARAMS, { width: '640', height: 500, autoHeight: false, title: 'MedPark Atlas' });
    expect(plain).toBe('<iframe src="https://atlas.example/maps/?lang=zh&amp;embed=1#5/30/110" title="MedPark Atlas" style="width: 640px; height: 500px; border: 0" loading="lazy" allow="fullscreen"></iframe>');
    const auto = iframeSnippet(BASE, '', '', URL_PARAMS, { width: '100%', height: 480, autoHeight: true, title: 'A' });
    expect(auto).toContain('<script type="module" src="https://atlas.example/maps/embed/connect.js"></script>');
    expect(auto).toContain('<iframe data-medpark-atlas-auto-height src=');
    expect(auto).not.toMatch(/<script[^>]*>[^<]/);
    // A width that is not a length falls back; it cannot break out of the attribute.
    expect(iframeSnippet(BASE, '', '', URL_PARAMS, { width: '1px" onload="x', height: 480, autoHeight: false, title: 'A' })).toContain('width: 100%;');
  });

  it('the element snippet mirrors the query as attributes and the view as view=', () => {
    expect(elementSnippet(BASE, '?lang=en&industry=tcm&select=fcg-pilot-zone&embed=1&utm_source=x', '#8/24.5/118', URL_PARAMS, { height: 400 })).toBe(
      '<script type="module" src="https://atlas.example/maps/embed/medpark-atlas.js"></script>\n<medpark-atlas lang="en" industry="tcm" select="fcg-pilot-zone" view="8/24.5/118" style="display: block; height: 400px"></medpark-atlas>',
    );
  });

  it('the element snippet carries every parameter the instance has, but the frame’s own', () => {
    const search = '?level=national&zonetype=hitech&compare=fcg-pilot-zone,sjz-etdz&near=seaport:50&shortlist=sjz-etdz&origins=https://p.example';
    const snippet = elementSnippet(BASE, search, '', URL_PARAMS, { height: 400 });
    expect(snippet).toContain('<medpark-atlas level="national" zonetype="hitech" compare="fcg-pilot-zone,sjz-etdz" near="seaport:50" shortlist="sjz-etdz" style=');
    expect(snippet).not.toContain('origins');
  });

  it('markup in a value is escaped, never markup', () => {
    const snippet = elementSnippet(BASE, `?select=${encodeURIComponent('"><script>alert(1)</script>')}`, '', URL_PARAMS, { height: 400 });
    expect(snippet).toContain('select="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(snippet.match(/<script/g)).toHaveLength(1);
  });
});
