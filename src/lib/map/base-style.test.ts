import { describe, it, expect, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { booleanPointInPolygon } from '@turf/turf';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles } from 'pmtiles';
import type { Feature, MultiLineString, MultiPolygon, Point, Polygon, LineString } from 'geojson';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import {
  BASE_FIRST_LABEL_LAYER_ID,
  BASE_LAYER_IDS,
  BASE_SOURCE_ID,
  BASE_TOP_LAYER_ID,
  BASEMAP_MAX_ZOOM,
  OFFLINE_BASEMAP_BOUNDS,
  offlineBasemapUrl,
  offlineBaseStyle,
  setBaseLabelLanguage,
  type BaseLabelProperties,
  type BaseProvinceProperties,
} from './base-style.ts';
import { OfflineArchiveSource } from './basemap-archive.ts';
import { workerPmtilesProtocol } from './basemap-worker.ts';
import { BytesSource } from '../tiles/bytes-source.ts';
import { tileOf } from '../../../scripts/basemap/tile.ts';

const ARCHIVE_FILE = fileURLToPath(new URL('../../../public/basemap/china.pmtiles', import.meta.url));
const ARCHIVE = new Uint8Array(readFileSync(ARCHIVE_FILE));
const archive = new PMTiles(new BytesSource(ARCHIVE));
const BASE_URL = 'https://maps.example.org/atlas/basemap/';
const INDEX_HTML = '<!doctype html><html><head><title>MedPark Atlas</title></head><body></body></html>';

/** Every feature of `layer` in tile z/x/y, as GeoJSON in lon/lat. */
async function tileFeatures<G extends Polygon | MultiPolygon | LineString | MultiLineString | Point, P = Record<string, unknown>>(
  z: number,
  x: number,
  y: number,
  layer: string,
): Promise<Feature<G, P>[]> {
  const tile = await archive.getZxy(z, x, y);
  if (!tile) return [];
  const l = new VectorTile(new PbfReader(new Uint8Array(tile.data))).layers[layer];
  if (!l) return [];
  return Array.from({ length: l.length }, (_, i) => l.feature(i).toGeoJSON(x, y, z) as unknown as Feature<G, P>);
}

/** Features of `layer` in the tile holding lon/lat at zoom z. */
function featuresAt<G extends Polygon | MultiPolygon | LineString | MultiLineString | Point, P = Record<string, unknown>>(z: number, [lon, lat]: [number, number], layer: string) {
  const [x, y] = tileOf(lon, lat, z);
  return tileFeatures<G, P>(z, x, y, layer);
}

/** Every tile of zoom z over China (73–135°E, 18–54°N). */
async function chinaTiles<G extends Polygon | MultiPolygon | LineString | MultiLineString | Point, P = Record<string, unknown>>(z: number, layer: string) {
  const [x0, y0] = tileOf(73, 54, z);
  const [x1, y1] = tileOf(135, 18, z);
  const out: Feature<G, P>[] = [];
  for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) out.push(...(await tileFeatures<G, P>(z, x, y, layer)));
  return out;
}

type Area = Feature<Polygon | MultiPolygon, BaseProvinceProperties>;

/** The province (by id) whose polygon in the zoom-6 tile holding `point` contains it. */
async function provinceAt(point: [number, number]): Promise<string | undefined> {
  const provinces = await featuresAt<Polygon | MultiPolygon, BaseProvinceProperties>(BASEMAP_MAX_ZOOM, point, 'provinces');
  return provinces.find((f: Area) => booleanPointInPolygon(point, f))?.properties.id;
}

describe('offline basemap archive', () => {
  it('is a PMTiles archive of vector tiles at zooms 0–BASEMAP_MAX_ZOOM over the advertised bounds', async () => {
    const header = await archive.getHeader();
    expect(header.tileType).toBe(1); // MVT
    expect([header.minZoom, header.maxZoom]).toEqual([0, BASEMAP_MAX_ZOOM]);
    const [[w, s], [e, n]] = OFFLINE_BASEMAP_BOUNDS;
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual([w, s, e, n]);
    const metadata = (await archive.getMetadata()) as { vector_layers: { id: string }[] };
    expect(metadata.vector_layers.map((l) => l.id)).toEqual(['land', 'provinces', 'province-lines', 'claim-lines', 'rivers', 'lakes', 'labels']);
  });

  it('has the 34 province-level units with Chinese and English names', async () => {
    const provinces = await chinaTiles<Polygon | MultiPolygon, BaseProvinceProperties>(3, 'provinces');
    const byId = new Map(provinces.map((f) => [f.properties.id, f.properties]));
    expect(byId.size).toBe(34);
    for (const p of byId.values()) {
      expect(p.name_zh).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(p.name_en).toMatch(/^[A-Z][A-Za-z' ]+$/);
    }
    expect(byId.get('CN-TW')).toMatchObject({ name_zh: '台湾', name_en: 'Taiwan' });
    expect(byId.get('CN-HK')).toMatchObject({ name_zh: '香港', name_en: 'Hong Kong' });
    expect(byId.get('CN-MO')).toMatchObject({ name_zh: '澳门', name_en: 'Macao' });
  });

  it('keeps islands and units at the most detailed zoom: the Paracels, Kinmen, Penghu, Matsu, Hong Kong, Macao', async () => {
    const probes: [string, [number, number], string][] = [
      ['CN-HI', [112.332, 16.831], 'Woody Island (Paracels)'],
      ['CN-HI', [109.5, 18.3], 'Hainan main island'],
      ['CN-TW', [118.35, 24.44], 'Kinmen'],
      ['CN-TW', [119.58, 23.58], 'Penghu'],
      ['CN-TW', [121.0, 23.8], 'Taiwan main island'],
      ['CN-HK', [114.17, 22.33], 'Kowloon'],
      ['CN-MO', [113.555, 22.15], 'Macao'],
      ['CN-GX', [109.12, 21.04], 'Weizhou Island'],
      ['CN-FJ', [119.79, 25.5], 'Pingtan Island'],
    ];
    for (const [id, point, what] of probes) expect(await provinceAt(point), what).toBe(id);
    // Woody Island is land, too (the coastline is drawn from the land layer).
    const land = await featuresAt<Polygon | MultiPolygon>(BASEMAP_MAX_ZOOM, [112.332, 16.831], 'land');
    expect(land.some((f) => booleanPointInPolygon([112.332, 16.831], f))).toBe(true);
    // Sea stays sea: east of Taiwan, no land.
    const sea = await featuresAt<Polygon | MultiPolygon>(BASEMAP_MAX_ZOOM, [126, 23], 'land');
    expect(sea.some((f) => booleanPointInPolygon([126, 23], f))).toBe(false);
  });

  it('draws only internal province lines (no outline of China)', async () => {
    const lines = await chinaTiles<LineString | MultiLineString>(4, 'province-lines');
    const vertices = lines.flatMap((f) => (f.geometry.type === 'LineString' ? f.geometry.coordinates : f.geometry.coordinates.flat()));
    expect(vertices.length).toBeGreaterThan(1000);
    // Xinjiang's outer edge is west of 80°E; the westernmost internal border is well east of it.
    expect(Math.min(...vertices.map(([x]) => x))).toBeGreaterThan(78);
  });

  it('fills the bounds with land where there is land: Arabia in the west, Kamchatka in the north-east', async () => {
    for (const point of [[45, 25], [160, 56]] as [number, number][]) {
      const land = await featuresAt<Polygon | MultiPolygon>(4, point, 'land');
      expect(land.some((f) => booleanPointInPolygon(point, f)), `land at ${point}`).toBe(true);
    }
  });

  it('has rivers, lakes and labels for provinces and cities in both languages', async () => {
    expect((await chinaTiles(3, 'rivers')).length).toBeGreaterThan(20);
    expect((await chinaTiles(3, 'lakes')).length).toBeGreaterThan(0);
    const labels = await chinaTiles<Point, BaseLabelProperties>(BASEMAP_MAX_ZOOM - 2, 'labels');
    expect(new Set(labels.map((f) => f.properties.kind))).toEqual(new Set(['province', 'city', 'island']));
    for (const f of labels) {
      expect(f.properties.name_zh, f.properties.id).toBeTruthy();
      expect(f.properties.name_en, f.properties.id).toBeTruthy();
      expect(typeof f.properties.rank).toBe('number');
      expect(typeof f.properties.minzoom).toBe('number');
    }
    const label = (id: string) => labels.find((f) => f.properties.id === id)?.properties;
    expect(label('CN-GX')?.rank).toBeLessThan(label('CN-GD')?.rank ?? 0);
    expect(label('xiamen')?.rank).toBeLessThan(label('zhangzhou')?.rank ?? 0);
    expect(label('pingtan')?.name_zh).toBe('平潭');
    // Labels are cut without a buffer: each is in one tile only, so none is placed twice.
    const ids = labels.map((f) => f.properties.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('offlineBaseStyle', () => {
  it('is a valid style whose only URL is the archive, read with pmtiles:// — no glyphs, no sprite', () => {
    for (const lang of ['zh', 'en'] as const) {
      const style = offlineBaseStyle(BASE_URL, lang);
      expect(validateStyleMin(style)).toEqual([]);
      expect(style).not.toHaveProperty('glyphs');
      expect(style).not.toHaveProperty('sprite');
      expect(Object.keys(style.sources)).toEqual([BASE_SOURCE_ID]);
      expect(style.sources[BASE_SOURCE_ID]).toMatchObject({ type: 'vector', tiles: ['pmtiles://https://maps.example.org/atlas/basemap/china.pmtiles/{z}/{x}/{y}'], maxzoom: BASEMAP_MAX_ZOOM });
      const urls = JSON.stringify(style).match(/https?:\/\/[^"]*/g);
      expect(urls).toEqual(['https://maps.example.org/atlas/basemap/china.pmtiles/{z}/{x}/{y}']);
    }
  });

  it('reads every layer but the background from a layer of the archive', async () => {
    const metadata = (await archive.getMetadata()) as { vector_layers: { id: string }[] };
    const inArchive = new Set(metadata.vector_layers.map((l) => l.id));
    const layers = offlineBaseStyle(BASE_URL, 'en').layers.filter((l) => l.type !== 'background');
    for (const l of layers) expect(inArchive.has((l as { 'source-layer': string })['source-layer']), l.id).toBe(true);
  });

  it('labels in the requested language, important names first', () => {
    const zh = offlineBaseStyle(BASE_URL, 'zh');
    const en = offlineBaseStyle(BASE_URL, 'en');
    const layout = (style: typeof zh, id: string) =>
      (style.layers.find((l) => l.id === id) as { layout: Record<string, unknown> }).layout;
    expect(layout(zh, BASE_LAYER_IDS.provinceLabels)['text-field']).toEqual(['get', 'name_zh']);
    expect(layout(en, BASE_LAYER_IDS.cityLabels)['text-field']).toEqual(['get', 'name_en']);
    expect(layout(zh, BASE_LAYER_IDS.cityLabels)['symbol-sort-key']).toEqual(['get', 'rank']);
    expect(layout(zh, BASE_LAYER_IDS.provinceLabels)['text-font']).toContain('Noto Sans CJK SC');
  });

  it('exports layer ids that exist in the style, in order', () => {
    const style = offlineBaseStyle(BASE_URL, 'zh');
    const ids = style.layers.map((l) => l.id);
    expect(ids).toEqual(Object.values(BASE_LAYER_IDS));
    expect(ids.at(-1)).toBe(BASE_TOP_LAYER_ID);
    expect(ids).toContain(BASE_FIRST_LABEL_LAYER_ID);
    expect(style.layers.slice(0, ids.indexOf(BASE_FIRST_LABEL_LAYER_ID)).every((l) => l.type !== 'symbol')).toBe(true);
  });

  it('needs an absolute basemap directory, with or without a trailing slash', () => {
    expect(offlineBasemapUrl('https://maps.example.org/atlas/basemap')).toBe('https://maps.example.org/atlas/basemap/china.pmtiles');
    expect(() => offlineBaseStyle('./basemap/', 'zh')).toThrow('Offline basemap: the basemap directory must be an absolute URL, got "./basemap/"');
  });
});

describe('reading the archive', () => {
  const URL_ = offlineBasemapUrl(BASE_URL);
  /** A static host that answers Range requests from the archive on disk; records every range asked. */
  function rangeHost(ranges: string[]) {
    return async (_url: string | URL | Request, init?: RequestInit) => {
      const range = new Headers(init?.headers).get('range') ?? '';
      ranges.push(range);
      const [, from, to] = /bytes=(\d+)-(\d+)/.exec(range)!.map(Number);
      const body = ARCHIVE.slice(from, to + 1);
      return new Response(body, { status: 206, headers: { 'content-type': 'application/octet-stream', 'content-length': String(body.length) } });
    };
  }
  const bytesResponse = (body: BodyInit, headers: Record<string, string> = {}, status = 200) => new Response(body, { status, headers });

  it('in the worker: reads a tile of the archive with two Range requests (header, tile), and names the basemap archive when it is not one', async () => {
    const ranges: string[] = [];
    vi.stubGlobal('fetch', rangeHost(ranges));
    try {
      const tile = workerPmtilesProtocol();
      const [x, y] = tileOf(108.35, 21.69, 5);
      const { data } = await tile({ url: `pmtiles://${URL_}/5/${x}/${y}`, type: 'arrayBuffer' } as never, new AbortController());
      expect((data as Uint8Array).byteLength).toBeGreaterThan(100);
      expect(ranges[0]).toBe('bytes=0-16383');
      expect(ranges).toHaveLength(2);
    } finally {
      vi.unstubAllGlobals();
    }
    vi.stubGlobal('fetch', async () => bytesResponse(INDEX_HTML, { 'content-type': 'text/html' }));
    try {
      await expect(workerPmtilesProtocol()({ url: `pmtiles://${URL_}/3/6/3`, type: 'arrayBuffer' } as never, new AbortController())).rejects.toThrow(
        `Offline basemap: could not load ${URL_}: the server sent HTML`,
      );
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('rejects an HTML answer (SPA fallback with status 200), naming the file', async () => {
    const html = new OfflineArchiveSource(URL_, { fetchFn: async () => bytesResponse(INDEX_HTML, { 'content-type': 'text/html' }) });
    await expect(html.getBytes(0, 16384)).rejects.toThrow(
      'Offline basemap: could not load https://maps.example.org/atlas/basemap/china.pmtiles: the server sent HTML (text/html) instead of the archive — is china.pmtiles missing from public/basemap/?',
    );
  });

  it('rejects HTML served as octet-stream, and bytes that are not an archive', async () => {
    const sneaky = new OfflineArchiveSource('https://a.example/china.pmtiles', { fetchFn: async () => bytesResponse(INDEX_HTML, { 'content-type': 'application/octet-stream' }) });
    await expect(sneaky.getBytes(0, 16384)).rejects.toThrow(/the server sent HTML instead of the archive/);
    const json = new OfflineArchiveSource('https://a.example/china.pmtiles', { fetchFn: async () => bytesResponse('{"type":"Topology"}') });
    await expect(json.getBytes(0, 16384)).rejects.toThrow('https://a.example/china.pmtiles: not a PMTiles archive');
  });

  it('rejects a 404 and a network failure, naming the file', async () => {
    const missing = new OfflineArchiveSource('https://a.example/china.pmtiles', { fetchFn: async () => new Response('Not Found', { status: 404, statusText: 'Not Found' }) });
    await expect(missing.getBytes(0, 16384)).rejects.toThrow('https://a.example/china.pmtiles: HTTP 404 Not Found');
    const offline = new OfflineArchiveSource('https://a.example/china.pmtiles', {
      fetchFn: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    await expect(offline.getBytes(0, 16384)).rejects.toThrow('https://a.example/china.pmtiles: request failed (Failed to fetch)');
  });

  it('names the file when a host ignores Range on a tile read', async () => {
    vi.stubGlobal('fetch', async () => bytesResponse(ARCHIVE, { 'content-length': String(ARCHIVE.length) }));
    try {
      const source = new OfflineArchiveSource('https://a.example/china.pmtiles');
      await expect(source.getBytes(20000, 100)).rejects.toThrow(/^Offline basemap: could not load https:\/\/a\.example\/china\.pmtiles: .*Byte Serving/);
    } finally {
      vi.unstubAllGlobals();
    }
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

  it('sets the same label layout as a style built for that language', () => {
    const en = offlineBaseStyle(BASE_URL, 'en');
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
    expect([...layouts.keys()].sort()).toEqual([BASE_LAYER_IDS.cityLabels, BASE_LAYER_IDS.islandLabels, BASE_LAYER_IDS.provinceLabels].sort());
  });

});
