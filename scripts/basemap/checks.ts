/**
 * Facts the offline basemap must keep, checked on the archive itself (what the browser reads): China's
 * extent as China's maps draw it (probes: a place and the unit it must lie in), the island groups'
 * symbols and the dashed line at every zoom up to the national view, and the pinned inputs. The build
 * (`build.mjs`) fails on any problem; `checks.test.ts` runs the same checks on the committed archive.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { VectorTile, type VectorTileFeature } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { Compression, PMTiles, type RangeResponse, type Source } from 'pmtiles';
import { tileOf } from './tile.ts';

/** Zooms up to the national view (the app opens China at zoom ~2.9–3.4): everything China's maps show there must be in these tiles. */
export const NATIONAL_MAX_ZOOM = 5;

/** A place whose unit is a fact of the map: `[unit id, [lon, lat], what]`. */
export type Probe = readonly [string, readonly [number, number], string];

/** Places that must lie inside their unit (checked in the zoom-6 tiles, the finest). */
export const PROBES: readonly Probe[] = [
  ['CN-XZ', [91.866, 27.586], 'Tawang 达旺 (藏南)'],
  ['CN-XZ', [93.616, 27.085], 'Itanagar (藏南)'],
  ['CN-XJ', [79.3, 35.2], 'Aksai Chin 阿克赛钦'],
  ['CN-HI', [112.332, 16.831], 'Woody Island 永兴岛 (西沙)'],
  ['CN-HI', [109.5, 18.3], 'Hainan main island'],
  ['CN-TW', [118.35, 24.44], 'Kinmen 金门'],
  ['CN-TW', [119.58, 23.58], 'Penghu 澎湖'],
  ['CN-TW', [121.0, 23.8], 'Taiwan main island'],
  ['CN-TW', [119.935, 26.155], 'Nangan 南竿 (马祖)'],
  ['CN-HK', [114.17, 22.33], 'Kowloon'],
  ['CN-MO', [113.555, 22.15], 'Macao (Taipa/Coloane)'],
  ['CN-GX', [109.12, 21.04], 'Weizhou Island'],
  ['CN-FJ', [119.79, 25.5], 'Pingtan Island'],
];

/**
 * Islands too small for a point probe: the unit must have a part inside the box [w, s, e, n] in the
 * zoom-6 tiles. Below zoom 6 such islands are smaller than the tiler's tolerance (geojson-vt drops
 * rings under it) and their symbols (labels layer, kind `island`) stand for them.
 */
export const ISLAND_PARTS: readonly (readonly [string, readonly [number, number, number, number], string])[] = [
  ['CN-HI', [114.0, 9.6, 115.9, 11.2], '南沙群岛 (Spratly Islands)'],
  ['CN-HI', [111.1, 15.7, 112.8, 17.2], '西沙群岛 (Paracel Islands)'],
  ['CN-TW', [123.4, 25.7, 123.8, 25.95], '钓鱼岛 (Diaoyu Dao)'],
  ['CN-TW', [124.5, 25.85, 124.62, 25.95], '赤尾屿 (Chiwei Yu)'],
];

/** An island group drawn as a symbol: its id and position (labels layer, kind `island`). */
export interface IslandSymbol {
  id: string;
  at: readonly [number, number];
}

/** The archive's tiles, decoded. */
export interface BasemapArchive {
  tile(z: number, x: number, y: number): Promise<VectorTile | null>;
}

/** Opens a PMTiles archive held in memory. */
export function openArchive(bytes: Uint8Array): BasemapArchive {
  const source: Source = {
    getKey: () => 'basemap',
    getBytes: async (offset: number, length: number): Promise<RangeResponse> => {
      const slice = bytes.slice(offset, offset + length);
      return { data: slice.buffer.slice(slice.byteOffset, slice.byteOffset + slice.byteLength) };
    },
  };
  const decompress = async (buf: ArrayBuffer, compression: Compression) => {
    if (compression === Compression.None || compression === Compression.Unknown) return buf;
    if (compression !== Compression.Gzip) throw new Error(`archive: unsupported compression ${compression}`);
    const out = gunzipSync(new Uint8Array(buf));
    return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);
  };
  const archive = new PMTiles(source, undefined, decompress);
  const cache = new Map<string, Promise<VectorTile | null>>();
  return {
    tile(z, x, y) {
      const key = `${z}/${x}/${y}`;
      if (!cache.has(key)) cache.set(key, archive.getZxy(z, x, y).then((r) => (r ? new VectorTile(new PbfReader(new Uint8Array(r.data))) : null)));
      return cache.get(key)!;
    },
  };
}

function features(tile: VectorTile | null, layer: string): VectorTileFeature[] {
  const l = tile?.layers[layer];
  if (!l) return [];
  return Array.from({ length: l.length }, (_, i) => l.feature(i));
}

/** Position of a lon/lat in tile units of tile (z, tx, ty) (outside [0, extent) when beyond it). */
function inTile(lon: number, lat: number, z: number, extent: number, [tx, ty] = tileOf(lon, lat, z)): [number, number] {
  const n = 2 ** z;
  const s = Math.sin((lat * Math.PI) / 180);
  const x = ((lon + 180) / 360) * n;
  const y = (0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * n;
  return [(x - tx) * extent, (y - ty) * extent];
}

/** Even-odd point-in-polygon over every ring of a tile feature (outer rings and holes alike). */
function featureContains(feature: VectorTileFeature, [px, py]: [number, number]): boolean {
  let inside = false;
  for (const ring of feature.loadGeometry())
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i];
      const b = ring[j];
      if (a.y > py !== b.y > py && px < ((b.x - a.x) * (py - a.y)) / (b.y - a.y) + a.x) inside = !inside;
    }
  return inside;
}

/**
 * Every probe inside its unit in the archive's `provinces` layer at zoom `z`.
 * @returns one line per failed probe (empty when all hold)
 */
export async function checkProbes(archive: BasemapArchive, probes: readonly Probe[] = PROBES, z = 6): Promise<string[]> {
  const problems: string[] = [];
  for (const [unit, [lon, lat], what] of probes) {
    const [x, y] = tileOf(lon, lat, z);
    const unitFeatures = features(await archive.tile(z, x, y), 'provinces').filter((f) => f.properties.id === unit);
    if (!unitFeatures.some((f) => featureContains(f, inTile(lon, lat, z, f.extent)))) problems.push(`${what} [${lon}, ${lat}] is not inside ${unit} at zoom ${z}`);
  }
  return problems;
}

/**
 * Each small island group has a part of its unit inside its box at each of `zooms`.
 * @returns one line per group and zoom without one
 */
export async function checkIslandParts(archive: BasemapArchive, parts = ISLAND_PARTS, zooms: readonly number[] = [6]): Promise<string[]> {
  const problems: string[] = [];
  for (const [unit, [w, s, e, n], what] of parts)
    for (const z of zooms) {
      const [x, y] = tileOf((w + e) / 2, (s + n) / 2, z);
      const tile = await archive.tile(z, x, y);
      const extent = tile?.layers.provinces?.extent ?? 4096;
      const [x0, y0] = inTile(w, n, z, extent, [x, y]);
      const [x1, y1] = inTile(e, s, z, extent, [x, y]);
      const hit = features(tile, 'provinces')
        .filter((f) => f.properties.id === unit)
        .some((f) => f.loadGeometry().some((ring) => ring.some((p) => p.x >= x0 - 1 && p.x <= x1 + 1 && p.y >= y0 - 1 && p.y <= y1 + 1)));
      if (!hit) problems.push(`${what}: no part of ${unit} at zoom ${z}`);
    }
  return problems;
}

/**
 * Every island group's symbol (labels layer, kind `island`) is in the tile at its position at every zoom 0–maxZoom.
 * @returns one line per group and zoom without it
 */
export async function checkIslandSymbols(archive: BasemapArchive, groups: readonly IslandSymbol[], maxZoom = NATIONAL_MAX_ZOOM): Promise<string[]> {
  const problems: string[] = [];
  for (const { id, at } of groups)
    for (let z = 0; z <= maxZoom; z++) {
      const [x, y] = tileOf(at[0], at[1], z);
      const found = features(await archive.tile(z, x, y), 'labels').some((f) => f.properties.kind === 'island' && f.properties.id === id);
      if (!found) problems.push(`island group ${id}: no symbol at zoom ${z}`);
    }
  return problems;
}

/**
 * Every segment of the dashed line (by Natural Earth `ne_id`) is in the `claim-lines` layer at every zoom 0–maxZoom.
 * @param bbox [west, south, east, north] the segments lie in
 * @returns one line per zoom with segments missing
 */
export async function checkClaimLines(archive: BasemapArchive, neIds: readonly number[], bbox: readonly [number, number, number, number], maxZoom = NATIONAL_MAX_ZOOM): Promise<string[]> {
  const problems: string[] = [];
  for (let z = 0; z <= maxZoom; z++) {
    const [x0, y0] = tileOf(bbox[0], bbox[3], z);
    const [x1, y1] = tileOf(bbox[2], bbox[1], z);
    const seen = new Set<number>();
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) for (const f of features(await archive.tile(z, x, y), 'claim-lines')) seen.add(Number(f.properties.ne_id));
    const missing = neIds.filter((id) => !seen.has(id));
    if (missing.length) problems.push(`dashed line at zoom ${z}: segments ${missing.join(', ')} missing (${seen.size} of ${neIds.length} drawn)`);
  }
  return problems;
}

/** One pinned input (`data/basemap/inputs.json`). */
export interface PinnedInput {
  file: string;
  sha256: string;
  package?: string;
}

/**
 * Every pinned input has its SHA-256.
 * @param resolve the path of an entry on disk (committed files: under the repository; package files: in the tool cache)
 * @returns one line per missing or changed file
 */
export function checkPins(inputs: readonly PinnedInput[], resolve: (entry: PinnedInput) => string): string[] {
  const problems: string[] = [];
  for (const entry of inputs) {
    const where = entry.package ? `${entry.package}: ${entry.file}` : entry.file;
    let bytes: Buffer;
    try {
      bytes = readFileSync(resolve(entry));
    } catch {
      problems.push(`${where}: missing`);
      continue;
    }
    const sha = createHash('sha256').update(bytes).digest('hex');
    if (sha !== entry.sha256) problems.push(`${where}: SHA-256 ${sha}, pinned ${entry.sha256}`);
  }
  return problems;
}
