// npm run data:build: validates the data and writes public/data/atlas.json, the one file the app loads.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../src/lib/data/schema.ts';
import { buildAtlas } from '../src/lib/data/atlas-build.ts';
import type { RegionInfo } from '../src/lib/data/types.ts';
import { loadData, ROOT } from './data-files.ts';
import { withCatalog } from './catalog/load.ts';

// The 2018 development-zone catalogue joins the geojson/ places here (scripts/catalog/).
const { files, taxonomy, sources, problems, catalog } = withCatalog(loadData());
if (problems.length) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`data:build: ${problems.length} problem(s); nothing written`);
  process.exit(1);
}
// Province names for the region groups of catalogue zones in provinces with no region place.
const provinces = (JSON.parse(readFileSync(join(ROOT, 'data', 'provinces.json'), 'utf8')) as { provinces: RegionInfo[] }).provinces;
const atlas = {
  ...buildAtlas(files, taxonomy, sources, provinces),
  catalogue: { rows: catalog.rows.length, kept: catalog.kept.length, unplaced: catalog.unplaced.map((u) => ({ code: u.row.code, name: u.row.name, reason: u.reason })) },
};
const outDir = join(ROOT, 'public', 'data');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'atlas.json'), JSON.stringify(atlas));
console.log(
  `data:build: ${atlas.places.length} places (${catalog.features.length} catalogue zones placed, ${catalog.unplaced.length} unplaced, ${catalog.merges.length} merged into seed places) → public/data/atlas.json`,
);
