// npm run data:build: validates the data and writes public/data/atlas.json, the one file the app loads.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../src/lib/data/schema.ts';
import { buildAtlas } from '../src/lib/data/atlas-build.ts';
import type { RegionInfo } from '../src/lib/data/types.ts';
import { computeProximity } from '../src/lib/investor/proximity.ts';
import { loadData, ROOT } from './data-files.ts';
import { withCatalog } from './catalog/load.ts';
import { withReference } from './reference/load.ts';

// The 2018 development-zone catalogue joins the geojson/ places here (scripts/catalog/), then the
// national reference tables (data/reference/).
const { files, taxonomy, sources, problems, catalog, reference } = withReference(withCatalog(loadData()));
if (problems.length || !reference.layers) {
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
// Distances to transport, measured once here with their uncertainty (the Site finder's table).
const proximity = computeProximity(atlas.places, reference.layers);
atlas.tools = { investor: proximity };
const outDir = join(ROOT, 'public', 'data');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'atlas.json'), JSON.stringify(atlas));
console.log(
  `data:build: ${atlas.places.length} places (${catalog.features.length} catalogue zones placed, ${catalog.unplaced.length} unplaced, ${catalog.merges.length} merged into seed places) → public/data/atlas.json`,
);
for (const r of reference.report)
  console.log(
    `data:build: ${r.file}: ${r.rows} rows, ${r.places} reference points${r.documented.length ? `, ${r.documented.length} left to the documented point (${r.documented.join(', ')})` : ''}${r.skipped.length ? `, ${r.skipped.length} not counted (${r.skipped.map((s) => s.id).join(', ')})` : ''}`,
  );
for (const layer of proximity.layers) {
  const measured = Object.values(proximity.places).filter((p) => p[layer.kind]).length;
  console.log(`data:build: ${layer.kind}: ${measured} places measured (${layer.coverage === 'national' ? 'national' : `only in ${layer.coverage.join(', ')}`})`);
}
