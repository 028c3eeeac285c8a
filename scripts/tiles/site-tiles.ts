/**
 * Point sites → vector tiles (MVT) → a PMTiles archive, for the 500k-site map.
 *
 * - Zooms `minZoom`‥`aggregateMaxZoom`: one **aggregate** point per grid cell (`grid`×`grid` cells per
 *   tile, at the mean position of the cell's sites) with `count`, `n_<industry>` and `k_<kind>` counts,
 *   the union of industries (`|a|b|`) and the most common primary industry. Cells nest across zooms
 *   (a cell is four cells one zoom up), so they are built once at `aggregateMaxZoom` and merged down.
 * - Zooms above: every **site**, with the flat properties of {@link SiteTileProperties}. A tile whose
 *   gzipped size would pass `maxTileBytes` holds aggregates on a finer grid instead (and is counted),
 *   so no tile ever passes the budget; the style tells the two apart by `count`, not by zoom.
 * - No tile buffer: MapLibre draws a circle only from the tile holding its centre, unclipped.
 * - Coordinates are Web Mercator in a 4096 extent; at z12 one unit is ≈ 2.4 m at the equator.
 *
 * Encoding: `mvt-encode.ts` (points only, on `pbf`); the archive: our PMTiles writer.
 */
import { gzipSync } from 'node:zlib';
import { Compression, PmtilesWriter, TileType, type PmtilesArchive } from '../../src/lib/tiles/pmtiles-writer.ts';
import { encodePointLayer, type PointFeature } from './mvt-encode.ts';
import {
  AGGREGATE_COUNT,
  encodeIndustries,
  industryCountKey,
  kindCountKey,
  SITES_LAYER,
  type SiteTileProperties,
  type SitesArchiveInfo,
} from '../../src/lib/tiles/sites-schema.ts';

export interface SitesTilingOptions {
  minZoom?: number;
  /** Highest zoom in the archive (MapLibre overzooms past it). Default 12. */
  maxZoom?: number;
  /** Zooms ≤ this carry aggregates only. Default 8. */
  aggregateMaxZoom?: number;
  /** Aggregate cells per tile side, a power of two. Default 32 (16 px cells on 512 px tiles). */
  grid?: number;
  /** Grid of the aggregates replacing an oversize site tile. Default 128. */
  fallbackGrid?: number;
  /** Tile extent. Default 4096. */
  extent?: number;
  /** Budget for one stored (gzipped) tile. Default 500 000 bytes. */
  maxTileBytes?: number;
  gzipLevel?: number;
  /** TileJSON-ish fields of the metadata. */
  name?: string;
  description?: string;
  attribution?: string;
}

const DEFAULTS = {
  minZoom: 0,
  maxZoom: 12,
  aggregateMaxZoom: 8,
  grid: 32,
  fallbackGrid: 128,
  extent: 4096,
  maxTileBytes: 500_000,
  gzipLevel: 6,
  name: 'MedPark Atlas sites',
  description: 'Sites as points (high zooms) and grid aggregates with per-industry counts (low zooms)',
  attribution: '',
} satisfies Required<SitesTilingOptions>;

/** Loose shape of an input feature (our place schema, read defensively). */
export interface InputFeature {
  type?: string;
  id?: string | number;
  geometry?: { type?: string; coordinates?: unknown } | null;
  properties?: {
    id?: unknown;
    kind?: unknown;
    industries?: unknown;
    name?: { zh?: unknown; en?: unknown } | null;
    geometry?: { kind?: unknown } | null;
    parent?: unknown;
    catalog?: { level?: unknown; type?: unknown; province?: unknown } | null;
    [property: string]: unknown;
  } | null;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));

/** Properties the tiles never carry: the panel reads them from the zone's record, not the archive. */
const NOT_TILED = new Set(['figures', 'statements', 'sources', 'identity', 'project', 'reference', 'status', 'statusSource']);
const isFlat = (v: unknown): v is string | number | boolean => typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/**
 * The flat tile properties of one place: the ones the map reads by name, the catalogue's level, type
 * and province (as the GeoJSON layers carry them), and every other flat input property under its own
 * name (`regionGroup`, `dSeaport`, …), so any filter clause's expression finds what it reads.
 */
export function flattenSite(feature: InputFeature): SiteTileProperties & { parent?: string } {
  const p = feature.properties ?? {};
  const industries = Array.isArray(p.industries) ? p.industries.filter((c): c is string => typeof c === 'string' && c !== '') : [];
  const flat: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(p)) if (!NOT_TILED.has(key) && isFlat(value) && value !== '') flat[key] = value;
  const catalog = p.catalog;
  if (catalog && typeof catalog.level === 'string') flat.zoneLevel = catalog.level;
  if (catalog && typeof catalog.type === 'string') flat.zoneType = catalog.type;
  if (catalog && typeof catalog.province === 'string') {
    flat.province = catalog.province;
    // As the atlas build does: a catalogue zone's region group is its province.
    flat.regionGroup ??= catalog.province;
  }
  Object.assign(flat, {
    id: str(p.id ?? feature.id),
    kind: str(p.kind),
    industries: encodeIndustries(industries),
    primaryIndustry: industries[0] ?? '',
    nameZh: str(p.name?.zh),
    nameEn: str(p.name?.en),
    geometryKind: str(p.geometry?.kind),
  });
  if (typeof p.parent !== 'string' || !p.parent) delete flat.parent;
  return flat as SiteTileProperties & { parent?: string };
}

const MAX_LAT = 85.05112878;
export const mercatorX = (lon: number): number => (lon + 180) / 360;
export function mercatorY(lat: number): number {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2;
}

/** Sites gathered column-wise: positions in Mercator [0,1), properties, interned industry/kind ids. */
export class SiteTable {
  readonly industryCodes: string[] = [];
  readonly kinds: string[] = [];
  private readonly codeIndex = new Map<string, number>();
  private readonly kindIndex = new Map<string, number>();
  private readonly comboCache = new Map<string, Uint8Array>();
  private mx = new Float64Array(1024);
  private my = new Float64Array(1024);
  readonly props: Array<SiteTileProperties & { parent?: string }> = [];
  /** Per site: industry ids (shared arrays per distinct combination). */
  readonly industryIds: Uint8Array[] = [];
  private kindIds = new Uint8Array(1024);
  length = 0;
  skipped = 0;
  bounds: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];

  /** Adds a Point feature; anything else (or a bad coordinate) is skipped and counted. */
  add(feature: InputFeature): boolean {
    const g = feature.geometry;
    const c = g?.type === 'Point' && Array.isArray(g.coordinates) ? (g.coordinates as unknown[]) : null;
    const lon = c ? Number(c[0]) : NaN;
    const lat = c ? Number(c[1]) : NaN;
    if (!Number.isFinite(lon) || !Number.isFinite(lat) || lon < -180 || lon > 180 || Math.abs(lat) > MAX_LAT) {
      this.skipped++;
      return false;
    }
    const props = flattenSite(feature);
    if (this.length === this.mx.length) this.grow();
    const i = this.length++;
    this.mx[i] = mercatorX(lon);
    this.my[i] = mercatorY(lat);
    this.props.push(props);
    this.industryIds.push(this.combo(props.industries));
    this.kindIds[i] = this.intern(this.kindIndex, this.kinds, props.kind);
    const b = this.bounds;
    if (lon < b[0]) b[0] = lon;
    if (lat < b[1]) b[1] = lat;
    if (lon > b[2]) b[2] = lon;
    if (lat > b[3]) b[3] = lat;
    return true;
  }

  x(i: number): number {
    return this.mx[i];
  }
  y(i: number): number {
    return this.my[i];
  }
  kindId(i: number): number {
    return this.kindIds[i];
  }

  private combo(encoded: string): Uint8Array {
    let ids = this.comboCache.get(encoded);
    if (!ids) {
      ids = Uint8Array.from(encoded.split('|').filter(Boolean).map((code) => this.intern(this.codeIndex, this.industryCodes, code)));
      this.comboCache.set(encoded, ids);
    }
    return ids;
  }

  private intern(index: Map<string, number>, list: string[], value: string): number {
    let id = index.get(value);
    if (id === undefined) {
      id = list.length;
      if (id > 255) throw new Error('more than 256 distinct industries or kinds');
      list.push(value);
      index.set(value, id);
    }
    return id;
  }

  private grow(): void {
    const n = this.mx.length * 2;
    const mx = new Float64Array(n);
    mx.set(this.mx);
    this.mx = mx;
    const my = new Float64Array(n);
    my.set(this.my);
    this.my = my;
    const k = new Uint8Array(n);
    k.set(this.kindIds);
    this.kindIds = k;
  }
}

/** One aggregate cell at some zoom: global cell coordinates and running sums. */
interface Cell {
  cx: number;
  cy: number;
  count: number;
  sx: number;
  sy: number;
  industries: Uint32Array;
  primaries: Uint32Array;
  kinds: Uint32Array;
}

/** Aggregates `sites` (indices into `table`) into cells of a `2^z·grid` global grid. */
function aggregate(table: SiteTable, sites: Iterable<number>, z: number, grid: number): Map<number, Cell> {
  const side = 2 ** z * grid;
  const nCodes = table.industryCodes.length;
  const nKinds = table.kinds.length;
  const cells = new Map<number, Cell>();
  for (const i of sites) {
    const cx = Math.min(side - 1, Math.floor(table.x(i) * side));
    const cy = Math.min(side - 1, Math.floor(table.y(i) * side));
    const key = cy * side + cx;
    let cell = cells.get(key);
    if (!cell) {
      cell = { cx, cy, count: 0, sx: 0, sy: 0, industries: new Uint32Array(nCodes), primaries: new Uint32Array(nCodes), kinds: new Uint32Array(nKinds) };
      cells.set(key, cell);
    }
    cell.count++;
    cell.sx += table.x(i);
    cell.sy += table.y(i);
    const ids = table.industryIds[i];
    for (let k = 0; k < ids.length; k++) cell.industries[ids[k]]++;
    if (ids.length) cell.primaries[ids[0]]++;
    cell.kinds[table.kindId(i)]++;
  }
  return cells;
}

/** The cells one zoom down (each parent cell = 2×2 children). */
function mergeUp(cells: Map<number, Cell>, zChild: number, grid: number): Map<number, Cell> {
  const side = 2 ** (zChild - 1) * grid;
  const out = new Map<number, Cell>();
  for (const c of cells.values()) {
    const cx = c.cx >> 1;
    const cy = c.cy >> 1;
    const key = cy * side + cx;
    const p = out.get(key);
    if (!p) {
      out.set(key, { ...c, cx, cy, industries: c.industries.slice(), primaries: c.primaries.slice(), kinds: c.kinds.slice() });
      continue;
    }
    p.count += c.count;
    p.sx += c.sx;
    p.sy += c.sy;
    for (let k = 0; k < p.industries.length; k++) {
      p.industries[k] += c.industries[k];
      p.primaries[k] += c.primaries[k];
    }
    for (let k = 0; k < p.kinds.length; k++) p.kinds[k] += c.kinds[k];
  }
  return out;
}

type TileFeature = PointFeature;

function aggregateFeature(table: SiteTable, cell: Cell, z: number, tx: number, ty: number, extent: number): TileFeature {
  const tags: Record<string, string | number> = { [AGGREGATE_COUNT]: cell.count };
  const present: number[] = [];
  let primary = -1;
  for (let k = 0; k < cell.industries.length; k++) {
    if (cell.industries[k] > 0) {
      present.push(k);
      tags[industryCountKey(table.industryCodes[k])] = cell.industries[k];
    }
    if (cell.primaries[k] > 0 && (primary < 0 || cell.primaries[k] > cell.primaries[primary])) primary = k;
  }
  present.sort((a, b) => cell.industries[b] - cell.industries[a] || a - b);
  tags.industries = encodeIndustries(present.map((k) => table.industryCodes[k]));
  tags.primaryIndustry = primary >= 0 ? table.industryCodes[primary] : '';
  for (let k = 0; k < cell.kinds.length; k++) if (cell.kinds[k] > 0) tags[kindCountKey(table.kinds[k])] = cell.kinds[k];
  const [x, y] = local(cell.sx / cell.count, cell.sy / cell.count, z, tx, ty, extent);
  return { x, y, properties: tags };
}

/** Tile-local integer coordinates of a Mercator point, kept inside [0, extent). */
function local(mx: number, my: number, z: number, tx: number, ty: number, extent: number): [number, number] {
  const n = 2 ** z;
  const x = Math.floor((mx * n - tx) * extent);
  const y = Math.floor((my * n - ty) * extent);
  return [Math.max(0, Math.min(extent - 1, x)), Math.max(0, Math.min(extent - 1, y))];
}

const encode = (features: TileFeature[], extent: number): Uint8Array => encodePointLayer(SITES_LAYER, features, extent);

export interface ZoomStats {
  z: number;
  tiles: number;
  features: number;
  /** Stored (gzipped) bytes. */
  bytes: number;
  maxTileBytes: number;
  maxTileRawBytes: number;
  maxTile: string;
  maxTileFeatures: number;
  /** Site tiles replaced by aggregates for size. */
  oversize: number;
}

export interface SitesTilingResult {
  archive: PmtilesArchive;
  zooms: ZoomStats[];
  info: SitesArchiveInfo;
  metadata: Record<string, unknown>;
}

/** Builds the whole archive in memory (≈ the archive's size plus the site table). */
export function buildSitesArchive(table: SiteTable, options: SitesTilingOptions = {}, log: (line: string) => void = () => {}): SitesTilingResult {
  const o = { ...DEFAULTS, ...options };
  if (!Number.isInteger(Math.log2(o.grid)) || !Number.isInteger(Math.log2(o.fallbackGrid))) throw new Error('grid sizes must be powers of two');
  if (o.aggregateMaxZoom >= o.maxZoom || o.minZoom > o.aggregateMaxZoom) throw new Error('need minZoom ≤ aggregateMaxZoom < maxZoom');
  if (table.length === 0) throw new Error('no point features to tile');
  const writer = new PmtilesWriter({ tileType: TileType.Mvt, tileCompression: Compression.Gzip, precompressed: true });
  const zooms: ZoomStats[] = [];
  const stats = (z: number): ZoomStats => {
    const s: ZoomStats = { z, tiles: 0, features: 0, bytes: 0, maxTileBytes: 0, maxTileRawBytes: 0, maxTile: '', maxTileFeatures: 0, oversize: 0 };
    zooms.push(s);
    return s;
  };
  const put = (s: ZoomStats, z: number, x: number, y: number, features: TileFeature[], raw: Uint8Array, gz: Uint8Array) => {
    writer.addTile(z, x, y, gz);
    s.tiles++;
    s.features += features.length;
    s.bytes += gz.length;
    if (gz.length > s.maxTileBytes) {
      s.maxTileBytes = gz.length;
      s.maxTile = `${z}/${x}/${y}`;
      s.maxTileFeatures = features.length;
    }
    s.maxTileRawBytes = Math.max(s.maxTileRawBytes, raw.length);
  };
  const gzip = (raw: Uint8Array) => new Uint8Array(gzipSync(raw, { level: o.gzipLevel }));
  const all = { [Symbol.iterator]: function* () { for (let i = 0; i < table.length; i++) yield i; } };

  // Aggregate zooms: cells at aggregateMaxZoom, merged down.
  let cells = aggregate(table, all, o.aggregateMaxZoom, o.grid);
  for (let z = o.aggregateMaxZoom; z >= o.minZoom; z--) {
    const t0 = performance.now();
    if (z < o.aggregateMaxZoom) cells = mergeUp(cells, z + 1, o.grid);
    const byTile = new Map<number, Cell[]>();
    const n = 2 ** z;
    for (const c of cells.values()) {
      const key = Math.floor(c.cy / o.grid) * n + Math.floor(c.cx / o.grid);
      let list = byTile.get(key);
      if (!list) byTile.set(key, (list = []));
      list.push(c);
    }
    const s = stats(z);
    for (const [key, list] of byTile) {
      const tx = key % n;
      const ty = Math.floor(key / n);
      const features = list.map((c) => aggregateFeature(table, c, z, tx, ty, o.extent));
      const raw = encode(features, o.extent);
      const gz = gzip(raw);
      if (gz.length > o.maxTileBytes) throw new Error(`aggregate tile ${z}/${tx}/${ty} is ${gz.length} bytes: lower --grid`);
      put(s, z, tx, ty, features, raw, gz);
    }
    log(`  z${z}: ${s.tiles} tiles, ${s.features} aggregates (${(performance.now() - t0).toFixed(0)} ms)`);
  }
  zooms.reverse();

  // Site zooms.
  let oversizeTotal = 0;
  for (let z = o.aggregateMaxZoom + 1; z <= o.maxZoom; z++) {
    const t0 = performance.now();
    const n = 2 ** z;
    const byTile = new Map<number, number[]>();
    for (let i = 0; i < table.length; i++) {
      const key = Math.min(n - 1, Math.floor(table.y(i) * n)) * n + Math.min(n - 1, Math.floor(table.x(i) * n));
      let list = byTile.get(key);
      if (!list) byTile.set(key, (list = []));
      list.push(i);
    }
    const s = stats(z);
    for (const [key, list] of byTile) {
      const tx = key % n;
      const ty = Math.floor(key / n);
      let features: TileFeature[] = list.map((i) => {
        const [x, y] = local(table.x(i), table.y(i), z, tx, ty, o.extent);
        return { x, y, properties: table.props[i] as unknown as PointFeature['properties'] };
      });
      let raw = encode(features, o.extent);
      let gz = gzip(raw);
      if (gz.length > o.maxTileBytes) {
        const fine = aggregate(table, list, z, o.fallbackGrid);
        features = [...fine.values()].map((c) => aggregateFeature(table, c, z, tx, ty, o.extent));
        raw = encode(features, o.extent);
        gz = gzip(raw);
        s.oversize++;
        oversizeTotal++;
        if (gz.length > o.maxTileBytes) throw new Error(`tile ${z}/${tx}/${ty} stays over budget even aggregated`);
      }
      put(s, z, tx, ty, features, raw, gz);
    }
    log(`  z${z}: ${s.tiles} tiles, ${s.features} features${s.oversize ? `, ${s.oversize} oversize tiles aggregated` : ''} (${(performance.now() - t0).toFixed(0)} ms)`);
  }

  const info: SitesArchiveInfo = {
    aggregateMaxZoom: o.aggregateMaxZoom,
    aggregateGrid: o.grid,
    industries: [...table.industryCodes],
    kinds: [...table.kinds],
    features: table.length,
    oversizeTilesAggregated: oversizeTotal,
  };
  const fields: Record<string, string> = {
    id: 'String',
    kind: 'String',
    industries: 'String',
    primaryIndustry: 'String',
    nameZh: 'String',
    nameEn: 'String',
    geometryKind: 'String',
    parent: 'String',
    [AGGREGATE_COUNT]: 'Number',
  };
  for (const c of table.industryCodes) fields[industryCountKey(c)] = 'Number';
  for (const k of table.kinds) fields[kindCountKey(k)] = 'Number';
  const metadata = {
    name: o.name,
    description: o.description,
    attribution: o.attribution,
    version: '1',
    type: 'overlay',
    format: 'pbf',
    vector_layers: [{ id: SITES_LAYER, description: 'sites (no count) and aggregates (count)', minzoom: o.minZoom, maxzoom: o.maxZoom, fields }],
    medpark: info,
  };
  // Degenerate bounds (one site) would read as invalid: pad them a little.
  const pad = (lo: number, hi: number): [number, number] => (hi - lo > 1e-6 ? [lo, hi] : [lo - 1e-4, hi + 1e-4]);
  const [w, e] = pad(table.bounds[0], table.bounds[2]);
  const [s, n] = pad(table.bounds[1], table.bounds[3]);
  const archive = writer.finish({
    metadata,
    minZoom: o.minZoom,
    maxZoom: o.maxZoom,
    bounds: [w, s, e, n],
    center: [(w + e) / 2, (s + n) / 2, Math.min(4, o.aggregateMaxZoom)],
  });
  return { archive, zooms, info, metadata };
}
