// Point sites (GeoJSON FeatureCollections, streamed) → one PMTiles v3 archive of vector tiles.
// Usage: tsx scripts/tiles/build-pmtiles.ts [--input FILE]… [--out FILE] [--max-zoom 12]
//          [--aggregate-max-zoom 8] [--grid 32] [--max-tile-bytes 500000] [--stats FILE.json]
// Default input: build/synthetic/national-500k/sites.geojson; default out: build/tiles/sites.pmtiles.
// Layer `sites`: aggregates (with `count`) at z ≤ aggregate-max-zoom, individual sites above.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { forEachFeature } from './geojson-stream.ts';
import { buildSitesArchive, SiteTable, type InputFeature, type SitesTilingOptions } from './site-tiles.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

function main(): void {
  const { values } = parseArgs({
    options: {
      input: { type: 'string', multiple: true },
      out: { type: 'string' },
      'min-zoom': { type: 'string' },
      'max-zoom': { type: 'string' },
      'aggregate-max-zoom': { type: 'string' },
      grid: { type: 'string' },
      'fallback-grid': { type: 'string' },
      'max-tile-bytes': { type: 'string' },
      name: { type: 'string' },
      attribution: { type: 'string' },
      stats: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'usage: tsx scripts/tiles/build-pmtiles.ts [--input FILE]… [--out FILE] [--min-zoom N] [--max-zoom N] [--aggregate-max-zoom N] [--grid N] [--fallback-grid N] [--max-tile-bytes N] [--name S] [--attribution S] [--stats FILE]',
    );
    return;
  }
  const inputs = (values.input ?? [resolve(ROOT, 'build', 'synthetic', 'national-500k', 'sites.geojson')]).map((p) => resolve(p));
  const out = resolve(values.out ?? resolve(ROOT, 'build', 'tiles', 'sites.pmtiles'));
  const int = (name: string, raw: string | undefined): number | undefined => {
    if (raw === undefined) return undefined;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) fail(`--${name} must be a non-negative integer, got ${raw}`);
    return n;
  };
  const options: SitesTilingOptions = {
    minZoom: int('min-zoom', values['min-zoom']),
    maxZoom: int('max-zoom', values['max-zoom']),
    aggregateMaxZoom: int('aggregate-max-zoom', values['aggregate-max-zoom']),
    grid: int('grid', values.grid),
    fallbackGrid: int('fallback-grid', values['fallback-grid']),
    maxTileBytes: int('max-tile-bytes', values['max-tile-bytes']),
    name: values.name,
    attribution: values.attribution,
  };
  for (const k of Object.keys(options) as (keyof SitesTilingOptions)[]) if (options[k] === undefined) delete options[k];

  const start = performance.now();
  const table = new SiteTable();
  for (const input of inputs) {
    const t0 = performance.now();
    const n = forEachFeature<InputFeature>(input, (f) => table.add(f));
    console.log(`tiles: read ${n} features from ${relative(process.cwd(), input)} in ${ms(performance.now() - t0)}`);
  }
  if (table.skipped) console.log(`tiles: skipped ${table.skipped} features that are not valid Points`);
  const readMs = performance.now() - start;

  const t1 = performance.now();
  const result = buildSitesArchive(table, options, (line) => console.log(line));
  const tileMs = performance.now() - t1;

  const t2 = performance.now();
  mkdirSync(dirname(out), { recursive: true });
  const fd = openSync(out, 'w');
  try {
    for (const chunk of result.archive.chunks) writeSync(fd, chunk);
  } finally {
    closeSync(fd);
  }
  const writeMs = performance.now() - t2;
  const totalMs = performance.now() - start;

  const { header } = result.archive;
  console.log(`tiles: ${relative(process.cwd(), out)}  ${mb(result.archive.size)}, ${header.numAddressedTiles} tiles (${header.numTileContents} distinct), ${result.archive.leafDirectories} leaf directories`);
  console.log('   z    tiles   features      bytes  max tile (gz / raw)      at         oversize');
  for (const z of result.zooms)
    console.log(
      `  ${String(z.z).padStart(2)} ${String(z.tiles).padStart(8)} ${String(z.features).padStart(10)} ${mb(z.bytes).padStart(10)}  ${kb(z.maxTileBytes).padStart(9)} / ${kb(z.maxTileRawBytes).padStart(9)}  ${z.maxTile.padEnd(16)} ${z.oversize}`,
    );
  const maxTile = Math.max(...result.zooms.map((z) => z.maxTileBytes));
  console.log(
    `tiles: read ${ms(readMs)}, tile ${ms(tileMs)}, write ${ms(writeMs)}, total ${ms(totalMs)}; max tile ${kb(maxTile)}; peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
  );
  if (values.stats)
    writeFileSync(
      resolve(values.stats),
      JSON.stringify(
        { out, bytes: result.archive.size, header, leafDirectories: result.archive.leafDirectories, readMs, tileMs, writeMs, totalMs, maxTileBytes: maxTile, zooms: result.zooms, info: result.info },
        null,
        2,
      ) + '\n',
    );
}

function fail(message: string): never {
  console.error(`tiles: ${message}`);
  process.exit(2);
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (t: number) => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(0)} ms`);

main();
