// npm run data:areas [-- --json]: every place with an area: declared vs computed (WGS84 ellipsoid), Δ %, ha, mu.
import { formatProblem } from '../src/lib/data/schema.ts';
import { buildAtlas } from '../src/lib/data/atlas-build.ts';
import { loadData } from './data-files.ts';

const json = process.argv.includes('--json');
const { files, taxonomy, sources, problems } = loadData();
if (problems.length) {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error('data:areas: fix the data first (npm run data:check)');
  process.exit(1);
}
const rows = buildAtlas(files, taxonomy, sources)
  .places.filter((p) => p.area !== null)
  .map((p) => ({
    id: p.id,
    nameZh: p.name.zh,
    nameEn: p.name.en,
    geometryKind: p.geometry.kind,
    declaredKm2: p.area!.declaredKm2 === null ? null : round(p.area!.declaredKm2, 4),
    computedKm2: round(p.area!.computedKm2, 4),
    deltaPercent: p.area!.deltaPercent === null ? null : round(p.area!.deltaPercent, 3),
    ha: round(p.area!.ha, 1),
    mu: Math.round(p.area!.mu),
  }));

if (json) console.log(JSON.stringify(rows, null, 2));
else {
  const header = ['id', 'name (zh / en)', 'declared km²', 'computed km²', 'Δ %', 'ha', 'mu'];
  const body = rows.map((r) => [
    r.id,
    `${r.nameZh} / ${r.nameEn}`,
    r.declaredKm2 === null ? '—' : String(r.declaredKm2),
    r.computedKm2.toFixed(4),
    r.deltaPercent === null ? '—' : r.deltaPercent.toFixed(3),
    r.ha.toFixed(1),
    r.mu.toLocaleString('en-US'),
  ]);
  const widths = header.map((h, i) => Math.max(width(h), ...body.map((row) => width(row[i]))));
  for (const row of [header, widths.map((w) => '-'.repeat(w)), ...body])
    console.log(row.map((cell, i) => cell + ' '.repeat(widths[i] - width(cell))).join('  '));
  console.log('\nAreas are WGS84 ellipsoidal areas (authalic-latitude method, within 0.1 % of GeographicLib) of schematic equal-area footprints: true size, not boundaries.');
}

function round(v: number, digits: number): number {
  return Number(v.toFixed(digits));
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  return [...s].reduce((n, ch) => n + (/[\u2e80-\uffff]/.test(ch) ? 2 : 1), 0);
}
