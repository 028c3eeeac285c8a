import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import {
  BASE_FIRST_LABEL_LAYER_ID,
  BASE_LAYER_IDS,
  BASE_TOP_LAYER_ID,
  loadOfflineBasemap,
  OFFLINE_BASEMAP_BOUNDS,
  offlineBaseStyle,
  setBaseLabelLanguage,
  type OfflineBasemap,
} from './base-style.ts';

const BASEMAP_DIR = fileURLToPath(new URL('../../../public/basemap/', import.meta.url));
const BASE_URL = '/atlas/basemap/';

/** A fetch that serves public/basemap/ from disk under BASE_URL, like a static server would. */
function diskFetch(contentType = 'application/json'): (url: string) => Promise<Response> {
  return async (url: string) => {
    if (!url.startsWith(BASE_URL)) return new Response('not found', { status: 404, statusText: 'Not Found' });
    const body = readFileSync(BASEMAP_DIR + url.slice(BASE_URL.length), 'utf8');
    return new Response(body, { status: 200, headers: { 'content-type': contentType } });
  };
}

const INDEX_HTML = '<!doctype html><html><head><title>MedPark Atlas</title></head><body></body></html>';

async function load(): Promise<OfflineBasemap> {
  return loadOfflineBasemap(BASE_URL, diskFetch());
}

type Area = Feature<Polygon | MultiPolygon>;

function province(basemap: OfflineBasemap, id: string) {
  const f = basemap.provinces.features.find((p) => p.properties.id === id);
  if (!f) throw new Error(`no province ${id}`);
  return f;
}

function insideAny(features: Area[], point: [number, number]): boolean {
  return features.some((f) => booleanPointInPolygon(point, f));
}

describe('offline basemap files', () => {
  it('has the 34 province-level units with Chinese and English names', async () => {
    const basemap = await load();
    expect(basemap.provinces.features).toHaveLength(34);
    for (const f of basemap.provinces.features) {
      expect(f.properties.name_zh).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(f.properties.name_en).toMatch(/^[A-Z][A-Za-z' ]+$/);
    }
  });

  it('has Taiwan, Hong Kong and Macao each as one unit with its Chinese name', async () => {
    const basemap = await load();
    const expected: Record<string, [string, string, [number, number]]> = {
      'CN-TW': ['台湾', 'Taiwan', [121.0, 23.8]],
      'CN-HK': ['香港', 'Hong Kong', [114.17, 22.33]],
      'CN-MO': ['澳门', 'Macao', [113.555, 22.15]],
    };
    for (const [id, [zh, en, inside]] of Object.entries(expected)) {
      const matches = basemap.provinces.features.filter((f) => f.properties.id === id);
      expect(matches, id).toHaveLength(1);
      expect(matches[0].properties.name_zh).toBe(zh);
      expect(matches[0].properties.name_en).toBe(en);
      expect(booleanPointInPolygon(inside, matches[0]), `${en} contains ${inside}`).toBe(true);
    }
    // Kinmen and Penghu belong to the Taiwan unit.
    const taiwan = province(basemap, 'CN-TW');
    expect(booleanPointInPolygon([118.35, 24.44], taiwan)).toBe(true);
    expect(booleanPointInPolygon([119.58, 23.58], taiwan)).toBe(true);
  });

  it('keeps small islands: Hainan has several parts, the Paracels are land', async () => {
    const basemap = await load();
    const hainan = province(basemap, 'CN-HI');
    expect(hainan.geometry.type).toBe('MultiPolygon');
    const parts = (hainan.geometry as MultiPolygon).coordinates;
    expect(parts.length).toBeGreaterThan(1);
    // Some part of Hainan lies in the Paracels (about 111–113°E, 15.5–17.2°N).
    const inParacels = parts.filter((rings) =>
      rings[0].every(([x, y]) => x > 111 && x < 113 && y > 15.5 && y < 17.2),
    );
    expect(inParacels.length).toBeGreaterThanOrEqual(3);
    // Woody Island (永兴岛, ~112.33°E, 16.83°N) is inside a province and inside the land.
    const woody: [number, number] = [112.332, 16.831];
    expect(insideAny(basemap.provinces.features, woody)).toBe(true);
    expect(insideAny(basemap.land.features, woody)).toBe(true);
  });

  it('draws only internal province lines (no outline of China)', async () => {
    const basemap = await load();
    expect(basemap.provinceLines.geometry.type).toBe('MultiLineString');
    expect(basemap.provinceLines.geometry.coordinates.length).toBeGreaterThan(30);
    // No vertex of a province line lies on China's border with a neighbour, e.g. far out in the
    // west (Xinjiang's outer edge is west of 80°E; the westernmost internal border is well east of it).
    const xs = basemap.provinceLines.geometry.coordinates.flat().map(([x]) => x);
    expect(Math.min(...xs)).toBeGreaterThan(78);
  });

  it('fills the advertised bounds with land and sea, China wholly inside', async () => {
    const basemap = await load();
    const xs: number[] = [];
    const ys: number[] = [];
    for (const f of basemap.land.features) {
      const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      for (const [x, y] of polys.flat(2)) {
        xs.push(x);
        ys.push(y);
      }
    }
    const [[w, s], [e, n]] = OFFLINE_BASEMAP_BOUNDS;
    // Land reaches the clip box on every side (Arabia/Africa, Indonesia, Siberia, Kamchatka) but not beyond.
    expect(Math.min(...xs)).toBeCloseTo(w, 0);
    expect(Math.max(...xs)).toBeLessThanOrEqual(e + 0.01);
    expect(Math.min(...ys)).toBeCloseTo(s, 0);
    expect(Math.max(...ys)).toBeCloseTo(n, 0);
  });

  it('has rivers and labels for provinces and cities in both languages', async () => {
    const basemap = await load();
    expect(basemap.rivers.features.length).toBeGreaterThan(20);
    const kinds = new Set(basemap.labels.features.map((f) => f.properties.kind));
    expect(kinds).toEqual(new Set(['province', 'city']));
    for (const f of basemap.labels.features) {
      expect(f.properties.name_zh, f.properties.id).toBeTruthy();
      expect(f.properties.name_en, f.properties.id).toBeTruthy();
      expect(typeof f.properties.rank).toBe('number');
    }
    const label = (id: string) => basemap.labels.features.find((f) => f.properties.id === id)?.properties;
    expect(label('CN-GX')?.rank).toBeLessThan(label('CN-GD')?.rank ?? 0);
    expect(label('xiamen')?.rank).toBeLessThan(label('zhangzhou')?.rank ?? 0);
    expect(label('pingtan')?.name_zh).toBe('平潭');
  });
});

describe('offlineBaseStyle', () => {
  it('needs no network: no glyphs, no sprite, no URL anywhere', async () => {
    const basemap = await load();
    for (const lang of ['zh', 'en'] as const) {
      const style = offlineBaseStyle(basemap, lang);
      expect(style).not.toHaveProperty('glyphs');
      expect(style).not.toHaveProperty('sprite');
      const json = JSON.stringify({ ...style, sources: Object.keys(style.sources) });
      expect(json).not.toMatch(/https?:\/\//);
      for (const source of Object.values(style.sources)) {
        expect(source.type).toBe('geojson');
        expect(typeof (source as { data: unknown }).data).toBe('object');
      }
    }
  });

  it('labels in the requested language, important names first', async () => {
    const basemap = await load();
    const zh = offlineBaseStyle(basemap, 'zh');
    const en = offlineBaseStyle(basemap, 'en');
    const layout = (style: typeof zh, id: string) =>
      (style.layers.find((l) => l.id === id) as { layout: Record<string, unknown> }).layout;
    expect(layout(zh, BASE_LAYER_IDS.provinceLabels)['text-field']).toEqual(['get', 'name_zh']);
    expect(layout(en, BASE_LAYER_IDS.cityLabels)['text-field']).toEqual(['get', 'name_en']);
    expect(layout(zh, BASE_LAYER_IDS.cityLabels)['symbol-sort-key']).toEqual(['get', 'rank']);
    expect(layout(zh, BASE_LAYER_IDS.provinceLabels)['text-font']).toContain('Noto Sans CJK SC');
  });

  it('exports layer ids that exist in the style, in order', async () => {
    const style = offlineBaseStyle(await load(), 'zh');
    const ids = style.layers.map((l) => l.id);
    expect(ids).toEqual(Object.values(BASE_LAYER_IDS));
    expect(ids.at(-1)).toBe(BASE_TOP_LAYER_ID);
    expect(ids).toContain(BASE_FIRST_LABEL_LAYER_ID);
    expect(style.layers.slice(0, ids.indexOf(BASE_FIRST_LABEL_LAYER_ID)).every((l) => l.type !== 'symbol')).toBe(true);
  });
});

describe('loadOfflineBasemap errors', () => {
  it('rejects an HTML answer (SPA fallback with status 200), naming the file', async () => {
    const htmlFetch = async () => new Response(INDEX_HTML, { status: 200, headers: { 'content-type': 'text/html' } });
    await expect(loadOfflineBasemap(BASE_URL, htmlFetch)).rejects.toThrow(/china\.topo\.json.*HTML|labels\.geojson.*HTML/);
  });

  it('rejects HTML even when it is served with a JSON-ish or no content type', async () => {
    const sneaky = async () => new Response(INDEX_HTML, { status: 200, headers: { 'content-type': 'application/octet-stream' } });
    await expect(loadOfflineBasemap(BASE_URL, sneaky)).rejects.toThrow(/HTML/);
  });

  it('rejects a 404, naming the file and the status', async () => {
    const files = diskFetch();
    const missingLabels = async (url: string) =>
      url.endsWith('labels.geojson') ? new Response('Not Found', { status: 404, statusText: 'Not Found' }) : files(url);
    await expect(loadOfflineBasemap(BASE_URL, missingLabels)).rejects.toThrow(
      '/atlas/basemap/labels.geojson: HTTP 404 Not Found',
    );
  });

  it('rejects a network failure, naming the file', async () => {
    const offline = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(loadOfflineBasemap(BASE_URL, offline)).rejects.toThrow(/basemap\/(china\.topo\.json|labels\.geojson).*Failed to fetch/);
  });

  it('accepts a base URL without a trailing slash and GeoJSON content types', async () => {
    const geo = diskFetch('application/geo+json');
    const basemap = await loadOfflineBasemap('/atlas/basemap', geo);
    expect(basemap.provinces.features).toHaveLength(34);
  });
});

describe('setBaseLabelLanguage', () => {
  it('switches the text-field of the label layers present in the map', () => {
    const calls: [string, unknown][] = [];
    const present = new Set<string>([BASE_LAYER_IDS.cityLabels]);
    setBaseLabelLanguage(
      {
        getLayer: (id) => (present.has(id) ? { id } : undefined),
        setLayoutProperty: (id, _name, value) => calls.push([id, value]),
      },
      'en',
    );
    expect(calls).toEqual([[BASE_LAYER_IDS.cityLabels, ['get', 'name_en']]]);
  });

  it('sets the same label layout as a style built for that language', async () => {
    const en = offlineBaseStyle(await load(), 'en');
    const layouts = new Map<string, Record<string, unknown>>();
    setBaseLabelLanguage(
      {
        getLayer: () => true,
        setLayoutProperty: (id, name, value) => layouts.set(id, { ...layouts.get(id), [name]: value }),
      },
      'en',
    );
    for (const [id, layout] of layouts) {
      const styleLayout = (en.layers.find((l) => l.id === id) as { layout: Record<string, unknown> }).layout;
      expect(styleLayout).toMatchObject(layout);
    }
    expect([...layouts.keys()].sort()).toEqual([BASE_LAYER_IDS.cityLabels, BASE_LAYER_IDS.provinceLabels].sort());
  });

});
