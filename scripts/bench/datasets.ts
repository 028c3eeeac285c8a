/**
 * The benchmark's data sets, built by the same pipeline as the real data (validate, compute, write
 * atlas.json) into the benchmark build: `seed` (the real data), `national` (2,500 zones + 50k sites,
 * GeoJSON) and `national-500k` (2,500 zones as GeoJSON, 500k sites as a PMTiles archive).
 */
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { buildAtlas } from '../../src/lib/data/atlas-build.ts';
import type { AtlasData } from '../../src/lib/data/types.ts';
import { formatProblem } from '../../src/lib/data/schema.ts';
import { loadData, ROOT } from '../data-files.ts';
import { PRESETS } from '../synthetic/core.ts';
import { writeSyntheticDataset } from '../synthetic/write.ts';
import { forEachFeature } from '../tiles/geojson-stream.ts';
import { flattenSite, type InputFeature } from '../tiles/site-tiles.ts';

/**
 * `seed`: the five articles' places only; `catalog`: the real default data (seed + the 2018 catalogue's
 * medical zones); `national`, `national-500k`: synthetic.
 */
export const SIZES = ['seed', 'catalog', 'national', 'national-500k'] as const;
export type Size = (typeof SIZES)[number];

/** Query parameter that makes app and baseline load a data set (`catalog` is the default data). */
export const datasetQuery = (size: Size): string => (size === 'catalog' ? '' : `dataset=${size}`);

/** Writes `<dist>/data/<size>/atlas.json` (and the tile archive) unless already there. */
export async function prepareDataset(size: Size, dist: string, log: (line: string) => void): Promise<void> {
  if (size === 'catalog') return; // the default build already holds data/atlas.json
  if (size === 'seed') {
    // The same pipeline without the catalogue step: what the atlas was before national coverage.
    const { files, taxonomy, sources, problems } = loadData();
    if (problems.length) throw new Error(`seed data failed the data check:\n${problems.slice(0, 10).map(formatProblem).join('\n')}`);
    const out = join(dist, 'data', 'seed');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'atlas.json'), JSON.stringify(buildAtlas(files, taxonomy, sources)));
    return;
  }
  const out = join(dist, 'data', size);
  if (existsSync(join(out, 'atlas.json'))) return;
  const source = join(ROOT, 'build', 'synthetic', size);
  if (!existsSync(join(source, 'sites.geojson'))) {
    log(`bench: generating synthetic ${size} data`);
    writeSyntheticDataset({ ...PRESETS[size], seed: 42, outDir: source });
  }
  const atlas = buildDataset(source, out, size === 'national-500k' ? PRESETS[size].sites : null, log);
  log(`bench: ${size}: ${atlas.places.length} places${atlas.tiles ? ` + ${atlas.tiles.count} tiled sites` : ''}`);
}

/**
 * Builds a synthetic data set's `atlas.json` into `out` through the real pipeline (validate, compute).
 * @param tiledSites null: sites go into the atlas as GeoJSON; a count: sites go into `sites.pmtiles`
 */
export function buildDataset(source: string, out: string, tiledSites: number | null, log: (line: string) => void = () => {}): AtlasData {
  const tiled = tiledSites !== null;
  const files = ['zones.geojson', 'references.geojson', ...(tiled ? [] : ['sites.geojson'])].map((f) => join(source, f));
  const { files: loaded, taxonomy, sources, problems } = loadData(files, { maxBytes: 1024 * 1024 * 1024 });
  if (problems.length) throw new Error(`synthetic data in ${source} failed the data check:\n${problems.slice(0, 10).map(formatProblem).join('\n')}`);
  const atlas = buildAtlas(loaded, taxonomy, sources);
  mkdirSync(out, { recursive: true });
  if (tiled) {
    log(`tiling ${tiledSites} sites into a PMTiles archive`);
    execFileSync('npx', ['tsx', 'scripts/tiles/build-pmtiles.ts', '--input', join(source, 'sites.geojson'), '--out', join(out, 'sites.pmtiles')], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    atlas.tiles = { url: 'sites.pmtiles', count: tiledSites };
    writeFlatSites(join(source, 'sites.geojson'), join(out, 'sites-flat.geojson'));
  }
  writeFileSync(join(out, 'atlas.json'), JSON.stringify(atlas));
  return atlas;
}

/**
 * The same sites as one GeoJSON file with the tiles' flat properties: the "GeoJSON path" the tile path
 * is compared with (loaded by the baseline page only, with `sites=geojson`).
 */
function writeFlatSites(input: string, output: string): void {
  const fd = openSync(output, 'w');
  try {
    writeSync(fd, '{"type":"FeatureCollection","features":[');
    let first = true;
    let buffer = '';
    forEachFeature<InputFeature>(input, (feature) => {
      const flat = { type: 'Feature', properties: flattenSite(feature), geometry: feature.geometry };
      buffer += (first ? '' : ',') + JSON.stringify(flat);
      first = false;
      if (buffer.length > 1 << 20) {
        writeSync(fd, buffer);
        buffer = '';
      }
    });
    writeSync(fd, buffer + ']}');
  } finally {
    closeSync(fd);
  }
}
