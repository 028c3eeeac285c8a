// The site tiler end to end: features → archive → official PMTiles reader → MVT decode.
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { BytesSource } from '../../src/lib/tiles/bytes-source.ts';
import { concatBytes, Compression, TileType } from '../../src/lib/tiles/pmtiles-writer.ts';
import { SITES_LAYER } from '../../src/lib/tiles/sites-schema.ts';
import { featureFilter } from '@maplibre/maplibre-gl-style-spec';
import type { Place } from '../../src/lib/data/types.ts';
import { nearClause } from '../../src/lib/investor/near.ts';
import { ProximityIndex } from '../../src/lib/investor/proximity.ts';
import { compileFilter, NO_FILTER, type PlaceFilter } from '../../src/lib/state/filters.ts';
import { sitesTileFilter, siteFilter, aggregateFilter } from '../../src/lib/tiles/pmtiles-source.ts';
import { buildSitesArchive, flattenSite, mercatorX, mercatorY, SiteTable, type InputFeature } from './site-tiles.ts';

const CODES = ['tcm', 'biologics', 'medical_devices', 'chemical_pharma'];

/** Seeded sites in three clusters (Beijing, Shanghai, Chengdu) plus a scatter. */
function sites(count: number, seed = 1): InputFeature[] {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const centres = [
    [116.4, 39.9],
    [121.47, 31.23],
    [104.07, 30.67],
  ];
  return Array.from({ length: count }, (_, i) => {
    const scatter = i % 10 === 0;
    const [cx, cy] = centres[i % 3];
    const lon = scatter ? 73 + rand() * 62 : cx + (rand() - 0.5) * 0.6;
    const lat = scatter ? 18 + rand() * 35 : cy + (rand() - 0.5) * 0.6;
    const industries = i % 7 === 0 ? [] : i % 5 === 0 ? [CODES[i % 4], CODES[(i + 1) % 4]] : [CODES[i % 4]];
    return {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: {
        id: `site-${i}`,
        kind: i % 11 === 0 ? 'facility' : 'base',
        parent: i % 2 ? `zone-${i % 13}` : null,
        name: { zh: `基地 ${i}`, en: `Site ${i}` },
        industries,
        geometry: { kind: 'point-at-site' },
      },
    };
  });
}

function tableOf(features: InputFeature[]): SiteTable {
  const t = new SiteTable();
  for (const f of features) t.add(f);
  return t;
}

/** Tile x/y of a lon/lat at zoom z. */
const tileOf = (lon: number, lat: number, z: number): [number, number] => [Math.floor(mercatorX(lon) * 2 ** z), Math.floor(mercatorY(lat) * 2 ** z)];

type Props = Record<string, string | number | boolean>;

async function decode(pm: PMTiles, z: number, x: number, y: number): Promise<Props[]> {
  const r = await pm.getZxy(z, x, y);
  if (!r) return [];
  const layer = new VectorTile(new PbfReader(new Uint8Array(r.data))).layers[SITES_LAYER];
  expect(layer.extent).toBe(4096);
  return Array.from({ length: layer.length }, (_, i) => {
    const f = layer.feature(i);
    expect(f.type).toBe(1); // Point
    const [[p]] = f.loadGeometry();
    expect(p.x).toBeGreaterThanOrEqual(0);
    expect(p.x).toBeLessThan(4096);
    expect(p.y).toBeGreaterThanOrEqual(0);
    expect(p.y).toBeLessThan(4096);
    return f.properties as Props;
  });
}

/** Every tile of zoom z that holds something, decoded. */
async function decodeZoom(pm: PMTiles, table: SiteTable, z: number): Promise<Props[]> {
  const keys = new Set<string>();
  for (let i = 0; i < table.length; i++) keys.add(`${Math.floor(table.x(i) * 2 ** z)}/${Math.floor(table.y(i) * 2 ** z)}`);
  const out: Props[] = [];
  for (const k of keys) {
    const [x, y] = k.split('/').map(Number);
    out.push(...(await decode(pm, z, x, y)));
  }
  return out;
}

describe('flattenSite', () => {
  it('flattens a place into the tile properties', () => {
    expect(flattenSite(sites(6)[5])).toEqual({
      id: 'site-5',
      kind: 'base',
      industries: '|biologics|medical_devices|',
      primaryIndustry: 'biologics',
      nameZh: '基地 5',
      nameEn: 'Site 5',
      geometryKind: 'point-at-site',
      parent: 'zone-5',
    });
    expect(flattenSite({ geometry: null, properties: { id: 'x' } })).toMatchObject({ id: 'x', industries: '', primaryIndustry: '', nameEn: '' });
  });

  it('skips features that are not valid points', () => {
    const t = tableOf([
      { geometry: { type: 'Polygon', coordinates: [] }, properties: {} },
      { geometry: { type: 'Point', coordinates: [200, 10] }, properties: {} },
      { geometry: { type: 'Point', coordinates: [100, 30] }, properties: { id: 'ok' } },
    ]);
    expect(t.length).toBe(1);
    expect(t.skipped).toBe(2);
  });
});

describe('buildSitesArchive', () => {
  const features = sites(3000);
  const table = tableOf(features);
  const result = buildSitesArchive(table, { maxZoom: 11, aggregateMaxZoom: 7, grid: 16 });
  const pm = new PMTiles(new BytesSource(concatBytes(result.archive.chunks)));

  it('writes a gzip MVT archive with the layer in its metadata', async () => {
    const h = await pm.getHeader();
    expect(h).toMatchObject({ tileType: TileType.Mvt, tileCompression: Compression.Gzip, internalCompression: Compression.Gzip, minZoom: 0, maxZoom: 11, clustered: true });
    expect(h.minLon).toBeGreaterThanOrEqual(73);
    expect(h.maxLon).toBeLessThanOrEqual(135);
    expect(h.minLat).toBeGreaterThanOrEqual(18);
    expect(h.maxLat).toBeLessThanOrEqual(53);
    const meta = (await pm.getMetadata()) as { vector_layers: Array<{ id: string; fields: Record<string, string> }>; medpark: Record<string, unknown> };
    expect(meta.vector_layers.map((l) => l.id)).toEqual([SITES_LAYER]);
    expect(meta.vector_layers[0].fields).toMatchObject({ id: 'String', industries: 'String', count: 'Number', n_tcm: 'Number', k_base: 'Number' });
    expect(meta.medpark).toMatchObject({ aggregateMaxZoom: 7, aggregateGrid: 16, features: 3000, oversizeTilesAggregated: 0 });
    expect(result.zooms.map((z) => z.z)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('carries every site once, with flat properties, at each site zoom', async () => {
    const byId = new Map(features.map((f) => [String(f.properties!.id), flattenSite(f)]));
    for (const z of [8, 11]) {
      const props = await decodeZoom(pm, table, z);
      expect(props).toHaveLength(3000);
      expect(new Set(props.map((p) => p.id)).size).toBe(3000);
      for (const p of props) {
        expect(p).not.toHaveProperty('count');
        expect(p).toEqual(byId.get(String(p.id)));
      }
      // The app's industry filter works on the string.
      const tcm = props.filter((p) => String(p.industries).includes('|tcm|')).length;
      expect(tcm).toBe(features.filter((f) => (f.properties!.industries as string[]).includes('tcm')).length);
    }
  }, 30_000); // CPU-heavy: 5 s is too short on a shared 2-core machine

  it('puts each site in the tile that holds it', async () => {
    const f = features[42];
    const [lon, lat] = f.geometry!.coordinates as number[];
    const [x, y] = tileOf(lon, lat, 11);
    expect((await decode(pm, 11, x, y)).map((p) => p.id)).toContain('site-42');
  });

  it('aggregates low zooms with counts that add up, per industry and kind', async () => {
    const has = (code: string) => features.filter((f) => (f.properties!.industries as string[]).includes(code)).length;
    for (const z of [0, 4, 7]) {
      const aggs = await decodeZoom(pm, table, z);
      expect(aggs.length).toBeLessThan(3000);
      const sum = (key: string) => aggs.reduce((n, a) => n + Number(a[key] ?? 0), 0);
      expect(sum('count')).toBe(3000);
      for (const code of CODES) expect(sum(`n_${code}`), `z${z} ${code}`).toBe(has(code));
      expect(sum('k_base') + sum('k_facility')).toBe(3000);
      for (const a of aggs) {
        expect(a).not.toHaveProperty('id');
        for (const code of CODES) expect(String(a.industries).includes(`|${code}|`)).toBe(Number(a[`n_${code}`] ?? 0) > 0);
        if (a.primaryIndustry) expect(String(a.industries)).toContain(`|${a.primaryIndustry}|`);
      }
    }
    expect((await decode(pm, 0, 0, 0)).length).toBeLessThanOrEqual(16 * 16);
  });

  it('falls back to aggregates for a site tile over the byte budget, keeping the counts', async () => {
    const small = buildSitesArchive(table, { maxZoom: 9, aggregateMaxZoom: 6, grid: 16, maxTileBytes: 6000 });
    expect(small.info.oversizeTilesAggregated).toBeGreaterThan(0);
    const pmSmall = new PMTiles(new BytesSource(concatBytes(small.archive.chunks)));
    for (const z of small.zooms) expect(z.maxTileBytes).toBeLessThanOrEqual(6000);
    const props = await decodeZoom(pmSmall, table, 9);
    const sites = props.filter((p) => !('count' in p)).length;
    const counted = props.reduce((n, p) => n + Number(p.count ?? 0), 0);
    expect(sites + counted).toBe(3000);
    expect(counted).toBeGreaterThan(0);
  });
});

describe('every filter clause applies to tiled sites as to the list', () => {
  // Sites carrying what the GeoJSON layers carry: a region group, catalogue level/type, a distance.
  const features = sites(1200, 3).map((f, i) => {
    const properties = { ...f.properties!, regionGroup: ['fujian', 'hebei', 'guangxi'][i % 3], ...(i % 4 === 0 && { catalog: { level: i % 8 ? 'national' : 'provincial', type: 'hitech', province: 'fujian' } }), ...(i % 3 !== 1 && { dSeaport: (i * 37) % 300 }) };
    return { ...f, properties };
  });
  const table = tableOf(features);
  const result = buildSitesArchive(table, { maxZoom: 10, aggregateMaxZoom: 6, grid: 16 });
  const pm = new PMTiles(new BytesSource(concatBytes(result.archive.chunks)));
  // The list's side: the same sites as places (what the predicate reads).
  const places = features.map((f) => {
    const p = f.properties!;
    const catalog = p.catalog as Place['catalog'] | undefined;
    return { id: String(p.id), kind: p.kind, industries: p.industries, regionGroup: p.regionGroup, catalog } as unknown as Place;
  });
  // The investor's distance table for these sites (±0 km: within exactly when d ≤ N).
  const proximity = new ProximityIndex({
    version: 1,
    layers: [{ kind: 'seaport', coverage: 'national', sets: [{ id: 'test', source: null, label: { zh: '测试', en: 'test' } }], statement: { zh: '', en: '' } }],
    places: Object.fromEntries(features.filter((f) => typeof f.properties!.dSeaport === 'number').map((f) => [String(f.properties!.id), { seaport: [f.properties!.dSeaport as number, 0, 'ref-test', 0] }])),
  });
  const near = nearClause([{ kind: 'seaport', km: 100 }], proximity, places)!;
  const cases: [string, PlaceFilter][] = [
    ['none', NO_FILTER],
    ['industry', { ...NO_FILTER, industries: ['tcm'] }],
    ['region', { ...NO_FILTER, regions: ['hebei'] }],
    ['layers', { ...NO_FILTER, layers: ['platforms'] }],
    ['level and type', { ...NO_FILTER, zoneLevels: ['provincial'], zoneTypes: ['hitech'] }],
    ['a tool clause (near=seaport:100)', { ...NO_FILTER, industries: ['biologics'], extra: [near] }],
  ];

  it.each(cases)('sites drawn = sites listed (%s)', async (_, filter) => {
    const listed = places.filter(compileFilter(filter)).map((p) => p.id).sort();
    const layer = featureFilter(siteFilter(sitesTileFilter(filter)), 'layers[0].filter');
    const drawn = (await decodeZoom(pm, table, 10)).filter((properties) => layer.filter({ zoom: 10 } as never, { type: 1, properties, geometry: [] } as never)).map((p) => String(p.id));
    expect(drawn.sort()).toEqual(listed);
    expect(listed.length).toBeGreaterThan(0);
  });

  it('aggregates show only under clauses their cells count (industry, kind), hidden under any other', async () => {
    const cells = (await decodeZoom(pm, table, 6)).filter((p) => 'count' in p);
    const shown = (filter: PlaceFilter) => cells.filter((properties) => featureFilter(aggregateFilter(sitesTileFilter(filter)), 'f').filter({ zoom: 6 } as never, { type: 1, properties, geometry: [] } as never)).length;
    expect(shown({ ...NO_FILTER, industries: ['tcm'] })).toBeGreaterThan(0);
    for (const [name, filter] of cases.slice(2)) if (name !== 'layers') expect(shown(filter), name).toBe(0);
  });
});
