/**
 * A small PMTiles v3 writer (Node: uses `node:zlib` and `node:crypto`), written against the spec
 * (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md) and checked against the official
 * reader (`pmtiles` on npm, which only reads) by `pmtiles-writer.test.ts`.
 *
 * Layout written: 127-byte header | root directory | JSON metadata | leaf directories | tile data.
 * - Tile ids: Hilbert order within a zoom, zooms in order ({@link zxyToTileId}); the archive is
 *   `clustered` (tile data in tile-id order).
 * - Directories: varint count, then delta-encoded tile ids, run lengths, lengths and offsets
 *   (offset + 1, or 0 for "right after the previous entry"), compressed with the internal compression.
 * - The root directory must sit in the first 16 KiB (readers fetch header + root in one 16 KiB
 *   request); when all entries don't fit, they go to leaf directories the root points at
 *   (run length 0), growing the leaf size until the root fits — the same rule as go-pmtiles.
 * - Identical tiles are stored once (optional); identical tiles at consecutive ids become one run.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

/** Compression codes of the header (spec §3.x). */
export const Compression = { Unknown: 0, None: 1, Gzip: 2, Brotli: 3, Zstd: 4 } as const;
export type CompressionCode = (typeof Compression)[keyof typeof Compression];

/** Tile type codes of the header. */
export const TileType = { Unknown: 0, Mvt: 1, Png: 2, Jpeg: 3, Webp: 4, Avif: 5, Mlt: 6 } as const;
export type TileTypeCode = (typeof TileType)[keyof typeof TileType];

export const HEADER_BYTES = 127;
/** Readers fetch the first 16 KiB for the header and root directory. */
export const ROOT_FETCH_BYTES = 16_384;
const MAX_ZOOM = 26;

/** Hilbert tile id of z/x/y (the same numbering as the `pmtiles` reader's `zxyToTileId`). */
export function zxyToTileId(z: number, x: number, y: number): number {
  if (!Number.isInteger(z) || z < 0 || z > MAX_ZOOM) throw new RangeError(`zoom ${z} outside 0–${MAX_ZOOM}`);
  const n = 2 ** z;
  if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x >= n || y >= n)
    throw new RangeError(`tile ${z}/${x}/${y} outside its zoom level`);
  let acc = (n * n - 1) / 3; // ids of all lower zooms
  let tx = x;
  let ty = y;
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = tx & s ? 1 : 0;
    const ry = ty & s ? 1 : 0;
    acc += s * s * ((3 * rx) ^ ry);
    // rotate the quadrant (on the full n, as the reference implementation does)
    if (ry === 0) {
      if (rx === 1) {
        tx = s - 1 - tx;
        ty = s - 1 - ty;
      }
      [tx, ty] = [ty, tx];
    }
    tx &= s - 1;
    ty &= s - 1;
  }
  return acc;
}

/** A directory entry: a run of `runLength` tiles from `tileId` at `offset`; run length 0 = leaf directory. */
export interface DirectoryEntry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

/** The header's fields (offsets and lengths in bytes; lon/lat in degrees). */
export interface PmtilesHeader {
  specVersion: 3;
  rootDirectoryOffset: number;
  rootDirectoryLength: number;
  jsonMetadataOffset: number;
  jsonMetadataLength: number;
  leafDirectoryOffset: number;
  leafDirectoryLength: number;
  tileDataOffset: number;
  tileDataLength: number;
  numAddressedTiles: number;
  numTileEntries: number;
  numTileContents: number;
  clustered: boolean;
  internalCompression: CompressionCode;
  tileCompression: CompressionCode;
  tileType: TileTypeCode;
  minZoom: number;
  maxZoom: number;
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
  centerZoom: number;
  centerLon: number;
  centerLat: number;
}

/** Growable byte buffer with unsigned LEB128 varints valid up to 2^53. */
class ByteWriter {
  private buf = new Uint8Array(1024);
  length = 0;

  varint(value: number): void {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`varint ${value} is not a non-negative safe integer`);
    if (this.length + 10 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf.subarray(0, this.length));
      this.buf = next;
    }
    let v = value;
    while (v >= 0x80) {
      this.buf[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.length++] = v;
  }

  bytes(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

/** A directory as the spec's uncompressed bytes. */
export function serializeDirectory(entries: readonly DirectoryEntry[]): Uint8Array {
  const w = new ByteWriter();
  w.varint(entries.length);
  let lastId = 0;
  for (const e of entries) {
    if (e.tileId < lastId) throw new Error('directory entries must be sorted by tile id');
    w.varint(e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) w.varint(e.runLength);
  for (const e of entries) w.varint(e.length);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    w.varint(i > 0 && e.offset === prev.offset + prev.length ? 0 : e.offset + 1);
  });
  return w.bytes();
}

function setUint64(view: DataView, offset: number, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`header field ${value} is not a non-negative safe integer`);
  view.setUint32(offset, value % 2 ** 32, true);
  view.setUint32(offset + 4, Math.floor(value / 2 ** 32), true);
}

const e7 = (deg: number): number => Math.round(deg * 1e7);

/** The 127-byte header. */
export function serializeHeader(h: PmtilesHeader): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES);
  bytes.set(new TextEncoder().encode('PMTiles'), 0);
  const v = new DataView(bytes.buffer);
  v.setUint8(7, 3);
  setUint64(v, 8, h.rootDirectoryOffset);
  setUint64(v, 16, h.rootDirectoryLength);
  setUint64(v, 24, h.jsonMetadataOffset);
  setUint64(v, 32, h.jsonMetadataLength);
  setUint64(v, 40, h.leafDirectoryOffset);
  setUint64(v, 48, h.leafDirectoryLength);
  setUint64(v, 56, h.tileDataOffset);
  setUint64(v, 64, h.tileDataLength);
  setUint64(v, 72, h.numAddressedTiles);
  setUint64(v, 80, h.numTileEntries);
  setUint64(v, 88, h.numTileContents);
  v.setUint8(96, h.clustered ? 1 : 0);
  v.setUint8(97, h.internalCompression);
  v.setUint8(98, h.tileCompression);
  v.setUint8(99, h.tileType);
  v.setUint8(100, h.minZoom);
  v.setUint8(101, h.maxZoom);
  v.setInt32(102, e7(h.minLon), true);
  v.setInt32(106, e7(h.minLat), true);
  v.setInt32(110, e7(h.maxLon), true);
  v.setInt32(114, e7(h.maxLat), true);
  v.setUint8(118, h.centerZoom);
  v.setInt32(119, e7(h.centerLon), true);
  v.setInt32(123, e7(h.centerLat), true);
  return bytes;
}

function compressWith(code: CompressionCode, data: Uint8Array): Uint8Array {
  if (code === Compression.None) return data;
  if (code === Compression.Gzip) return new Uint8Array(gzipSync(data, { level: 9 }));
  throw new Error(`compression ${code} not supported by this writer (use gzip or none)`);
}

export interface PmtilesWriterOptions {
  tileType: TileTypeCode;
  /** How tile data is stored (header `tileCompression`). Default gzip. */
  tileCompression?: CompressionCode;
  /** Directories and metadata. Default gzip. */
  internalCompression?: CompressionCode;
  /** Tiles passed to `addTile` are already compressed with `tileCompression`. Default false. */
  precompressed?: boolean;
  /** zlib level for tile data (1–9). Default 6. */
  gzipLevel?: number;
  /** Store identical tiles once. Default true. */
  dedupe?: boolean;
  /** Largest compressed root directory; default 16 KiB − header, what readers fetch at once. */
  maxRootDirectoryBytes?: number;
  /** Smallest leaf directory (entries); default 4096 as go-pmtiles. Lower it only to test leaves. */
  minLeafEntries?: number;
}

export interface FinishOptions {
  /** JSON metadata (for vector tiles it should carry `vector_layers`). */
  metadata: Record<string, unknown>;
  /** [west, south, east, north] in degrees; default the whole world. */
  bounds?: [number, number, number, number];
  /** [lon, lat, zoom]; default the middle of the bounds at minZoom. */
  center?: [number, number, number];
  /** Default: the lowest / highest zoom of the tiles added. */
  minZoom?: number;
  maxZoom?: number;
}

export interface PmtilesArchive {
  header: PmtilesHeader;
  /** The file, in order: write them one after the other (or {@link concatBytes} them). */
  chunks: Uint8Array[];
  /** Total bytes. */
  size: number;
  /** Leaf directories written (0 when everything fits in the root). */
  leafDirectories: number;
}

interface PendingTile {
  tileId: number;
  data: Uint8Array;
}

/**
 * Collects tiles (any order), then lays out the archive. Tiles are compressed as they are added, so
 * memory holds the compressed archive, not the raw tiles.
 */
export class PmtilesWriter {
  private readonly tiles: PendingTile[] = [];
  private readonly opts: Required<PmtilesWriterOptions>;
  private minZoomSeen = Infinity;
  private maxZoomSeen = -Infinity;
  private finished = false;

  constructor(options: PmtilesWriterOptions) {
    this.opts = {
      tileCompression: Compression.Gzip,
      internalCompression: Compression.Gzip,
      precompressed: false,
      gzipLevel: 6,
      dedupe: true,
      maxRootDirectoryBytes: ROOT_FETCH_BYTES - HEADER_BYTES,
      minLeafEntries: 4096,
      ...options,
    };
    if (this.opts.tileCompression !== Compression.Gzip && this.opts.tileCompression !== Compression.None && !this.opts.precompressed)
      throw new Error('this writer compresses tiles with gzip or none only (pass precompressed tiles for others)');
  }

  /** Adds one tile (raw bytes unless `precompressed`); returns the bytes as stored. */
  addTile(z: number, x: number, y: number, data: Uint8Array): Uint8Array {
    if (this.finished) throw new Error('archive already finished');
    const tileId = zxyToTileId(z, x, y);
    let stored = data;
    if (!this.opts.precompressed && this.opts.tileCompression === Compression.Gzip)
      stored = new Uint8Array(gzipSync(data, { level: this.opts.gzipLevel }));
    this.tiles.push({ tileId, data: stored });
    this.minZoomSeen = Math.min(this.minZoomSeen, z);
    this.maxZoomSeen = Math.max(this.maxZoomSeen, z);
    return stored;
  }

  get tileCount(): number {
    return this.tiles.length;
  }

  finish(options: FinishOptions): PmtilesArchive {
    if (this.finished) throw new Error('archive already finished');
    this.finished = true;
    const { internalCompression, dedupe } = this.opts;
    const tiles = this.tiles.sort((a, b) => a.tileId - b.tileId);

    // Tile data and entries, in tile-id order (clustered).
    const entries: DirectoryEntry[] = [];
    const contents: Uint8Array[] = [];
    const seen = new Map<string, { offset: number; length: number }>();
    let dataLength = 0;
    for (let i = 0; i < tiles.length; i++) {
      const { tileId, data } = tiles[i];
      if (i > 0 && tiles[i - 1].tileId === tileId) throw new Error(`tile id ${tileId} added twice`);
      let offset = dataLength;
      const key = dedupe ? createHash('sha256').update(data).digest('base64') : '';
      const known = dedupe ? seen.get(key) : undefined;
      if (known) offset = known.offset;
      else {
        contents.push(data);
        dataLength += data.length;
        if (dedupe) seen.set(key, { offset, length: data.length });
      }
      const last = entries[entries.length - 1];
      if (known && last && last.offset === offset && last.length === data.length && last.tileId + last.runLength === tileId) last.runLength++;
      else entries.push({ tileId, offset, length: data.length, runLength: 1 });
    }

    const { root, leaves } = this.directories(entries);
    const metadata = compressWith(internalCompression, new TextEncoder().encode(JSON.stringify(options.metadata)));
    const leafLength = leaves.reduce((n, l) => n + l.length, 0);

    const minZoom = options.minZoom ?? (Number.isFinite(this.minZoomSeen) ? this.minZoomSeen : 0);
    const maxZoom = options.maxZoom ?? (Number.isFinite(this.maxZoomSeen) ? this.maxZoomSeen : 0);
    const [minLon, minLat, maxLon, maxLat] = options.bounds ?? [-180, -85.05112878, 180, 85.05112878];
    const [centerLon, centerLat, centerZoom] = options.center ?? [(minLon + maxLon) / 2, (minLat + maxLat) / 2, minZoom];

    const header: PmtilesHeader = {
      specVersion: 3,
      rootDirectoryOffset: HEADER_BYTES,
      rootDirectoryLength: root.length,
      jsonMetadataOffset: HEADER_BYTES + root.length,
      jsonMetadataLength: metadata.length,
      leafDirectoryOffset: HEADER_BYTES + root.length + metadata.length,
      leafDirectoryLength: leafLength,
      tileDataOffset: HEADER_BYTES + root.length + metadata.length + leafLength,
      tileDataLength: dataLength,
      numAddressedTiles: tiles.length,
      numTileEntries: entries.length,
      numTileContents: contents.length,
      clustered: true,
      internalCompression,
      tileCompression: this.opts.tileCompression,
      tileType: this.opts.tileType,
      minZoom,
      maxZoom,
      minLon,
      minLat,
      maxLon,
      maxLat,
      centerZoom,
      centerLon,
      centerLat,
    };
    const chunks = [serializeHeader(header), root, metadata, ...leaves, ...contents];
    return { header, chunks, size: header.tileDataOffset + dataLength, leafDirectories: leaves.length };
  }

  /** Root directory alone if it fits, else root + leaves (leaf size grown ×1.2 until the root fits). */
  private directories(entries: DirectoryEntry[]): { root: Uint8Array; leaves: Uint8Array[] } {
    const { internalCompression, maxRootDirectoryBytes, minLeafEntries } = this.opts;
    const compress = (e: DirectoryEntry[]) => compressWith(internalCompression, serializeDirectory(e));
    const all = compress(entries);
    if (all.length <= maxRootDirectoryBytes) return { root: all, leaves: [] };
    let leafSize = Math.max(minLeafEntries, Math.ceil(entries.length / 3500));
    for (;;) {
      const rootEntries: DirectoryEntry[] = [];
      const leaves: Uint8Array[] = [];
      let offset = 0;
      for (let i = 0; i < entries.length; i += leafSize) {
        const leafEntries = entries.slice(i, i + leafSize);
        const leaf = compress(leafEntries);
        rootEntries.push({ tileId: leafEntries[0].tileId, offset, length: leaf.length, runLength: 0 });
        leaves.push(leaf);
        offset += leaf.length;
      }
      const root = compress(rootEntries);
      if (root.length <= maxRootDirectoryBytes) return { root, leaves };
      leafSize = Math.ceil(leafSize * 1.2);
    }
  }
}

/** The chunks of an archive as one buffer (small archives and tests). */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
