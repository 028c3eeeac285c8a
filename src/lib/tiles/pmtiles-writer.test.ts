// Round trip: archives written by our writer, read back by the official `pmtiles` reader.
import { PMTiles, zxyToTileId as officialTileId } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { BytesSource } from './bytes-source.ts';
import {
  Compression,
  concatBytes,
  HEADER_BYTES,
  PmtilesWriter,
  ROOT_FETCH_BYTES,
  serializeDirectory,
  TileType,
  zxyToTileId,
  type PmtilesArchive,
} from './pmtiles-writer.ts';

/** Deterministic content: varied sizes, some tiles identical on purpose. */
function tileContent(z: number, x: number, y: number): Uint8Array {
  const n = 8 + ((x * 31 + y * 17 + z * 7) % 200);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (x * 13 + y * 29 + z * 5 + i * 11) & 0xff;
  return out;
}

const META = {
  name: 'test',
  format: 'pbf',
  vector_layers: [{ id: 'sites', fields: { id: 'String', count: 'Number' }, minzoom: 0, maxzoom: 7 }],
  nested: { a: [1, 2, 3], zh: '合成' },
};

const isHole = (z: number, x: number, y: number): boolean => (x + 2 * y + z) % 5 === 3;

function* allTiles(minZoom: number, maxZoom: number): Generator<[number, number, number]> {
  for (let z = minZoom; z <= maxZoom; z++)
    for (let x = 0; x < 2 ** z; x++) for (let y = 0; y < 2 ** z; y++) yield [z, x, y];
}

function read(archive: PmtilesArchive): { pm: PMTiles; source: BytesSource; bytes: Uint8Array } {
  const bytes = concatBytes(archive.chunks);
  const source = new BytesSource(bytes);
  return { pm: new PMTiles(source), source, bytes };
}

describe('zxyToTileId', () => {
  it('matches the official reader on every tile to z6 and on random tiles to z26', () => {
    for (const [z, x, y] of allTiles(0, 6)) expect(zxyToTileId(z, x, y)).toBe(officialTileId(z, x, y));
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 5000; i++) {
      const z = 7 + Math.floor(rand() * 20);
      const x = Math.floor(rand() * 2 ** z);
      const y = Math.floor(rand() * 2 ** z);
      expect(zxyToTileId(z, x, y)).toBe(officialTileId(z, x, y));
    }
  });

  it('rejects tiles outside their zoom', () => {
    expect(() => zxyToTileId(2, 4, 0)).toThrow(RangeError);
    expect(() => zxyToTileId(27, 0, 0)).toThrow(RangeError);
  });
});

describe('serializeDirectory', () => {
  it('writes the count, deltas, run lengths, lengths and 0 for contiguous offsets', () => {
    const bytes = serializeDirectory([
      { tileId: 1, offset: 0, length: 10, runLength: 1 },
      { tileId: 3, offset: 10, length: 5, runLength: 2 },
      { tileId: 300, offset: 0, length: 10, runLength: 1 },
    ]);
    // 3 | 1 2 297(=0xA9 0x02) | 1 2 1 | 10 5 10 | 1 0 1
    expect([...bytes]).toEqual([3, 1, 2, 0xa9, 0x02, 1, 2, 1, 10, 5, 10, 1, 0, 1]);
  });
});

describe('PmtilesWriter → official reader', () => {
  it('round-trips a few hundred tiles through forced leaf directories', async () => {
    const writer = new PmtilesWriter({ tileType: TileType.Mvt, maxRootDirectoryBytes: 120, minLeafEntries: 16 });
    const tiles = [...allTiles(0, 4)].filter(([z, x, y]) => !isHole(z, x, y)); // some holes
    for (const [z, x, y] of [...tiles].reverse()) writer.addTile(z, x, y, tileContent(z, x, y)); // any order
    const archive = writer.finish({ metadata: META, bounds: [73, 18, 135, 53], center: [104, 35, 3] });
    expect(archive.leafDirectories).toBeGreaterThan(1);

    const { pm, bytes } = read(archive);
    expect(bytes.length).toBe(archive.size);
    const header = await pm.getHeader();
    expect(header).toMatchObject({
      specVersion: 3,
      rootDirectoryOffset: HEADER_BYTES,
      clustered: true,
      internalCompression: Compression.Gzip,
      tileCompression: Compression.Gzip,
      tileType: TileType.Mvt,
      minZoom: 0,
      maxZoom: 4,
      minLon: 73,
      minLat: 18,
      maxLon: 135,
      maxLat: 53,
      centerLon: 104,
      centerLat: 35,
      centerZoom: 3,
      numAddressedTiles: tiles.length,
    });
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.tileDataOffset + (header.tileDataLength ?? 0)).toBe(bytes.length);

    for (const [z, x, y] of allTiles(0, 4)) {
      const got = await pm.getZxy(z, x, y);
      if (isHole(z, x, y)) expect(got, `${z}/${x}/${y}`).toBeUndefined();
      else expect(new Uint8Array(got!.data), `${z}/${x}/${y}`).toEqual(tileContent(z, x, y));
    }
    expect(await pm.getZxy(5, 0, 0)).toBeUndefined(); // above maxZoom
    expect(await pm.getMetadata()).toEqual(META);
  });

  it('needs leaves on its own for ~22k distinct tiles, keeping header + root in the first 16 KiB', async () => {
    const writer = new PmtilesWriter({ tileType: TileType.Mvt, tileCompression: Compression.None });
    for (const [z, x, y] of allTiles(0, 7)) writer.addTile(z, x, y, tileContent(z, x, y));
    const archive = writer.finish({ metadata: META });
    const { pm, source } = read(archive);
    const header = await pm.getHeader();
    expect(header.tileCompression).toBe(Compression.None);
    expect(header.numAddressedTiles).toBe(21845);
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(ROOT_FETCH_BYTES);
    expect(source.requests[0]).toEqual([0, ROOT_FETCH_BYTES]);
    for (const [z, x, y] of allTiles(0, 7)) {
      if ((x * 7 + y) % 3 !== 0 && z > 2) continue; // a third of the tiles keeps the test quick
      const got = await pm.getZxy(z, x, y);
      expect(new Uint8Array(got!.data)).toEqual(tileContent(z, x, y));
    }
  }, 30_000); // CPU-heavy (22k tiles): 5 s is too short on a shared 2-core machine

  it('stores identical tiles once and merges consecutive ones into runs', async () => {
    const same = new Uint8Array([1, 2, 3, 4]);
    const writer = new PmtilesWriter({ tileType: TileType.Mvt });
    for (const [z, x, y] of allTiles(0, 3)) writer.addTile(z, x, y, z === 3 ? same : tileContent(z, x, y));
    writer.addTile(4, 5, 5, same); // not next to z3 in id order: same offset, own entry
    const archive = writer.finish({ metadata: {} });
    const { pm } = read(archive);
    const header = await pm.getHeader();
    expect(header.numAddressedTiles).toBe(1 + 4 + 16 + 64 + 1);
    expect(header.numTileContents).toBe(1 + 4 + 16 + 1); // z3 and 4/5/5: one content
    expect(header.numTileEntries).toBe(1 + 4 + 16 + 1 + 1); // z3: one run of 64
    for (const [z, x, y] of allTiles(3, 3)) expect(new Uint8Array((await pm.getZxy(z, x, y))!.data)).toEqual(same);
    expect(new Uint8Array((await pm.getZxy(4, 5, 5))!.data)).toEqual(same);
    expect(await pm.getZxy(4, 1, 0)).toBeUndefined();
    expect(await pm.getMetadata()).toEqual({});
  });

  it('rejects a tile added twice', () => {
    const writer = new PmtilesWriter({ tileType: TileType.Mvt });
    writer.addTile(1, 0, 0, same());
    writer.addTile(1, 0, 0, same());
    expect(() => writer.finish({ metadata: {} })).toThrow(/twice/);
    function same() {
      return new Uint8Array([9]);
    }
  });
});
