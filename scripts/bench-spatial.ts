// Benchmark of the spatial indexes on synthetic national data, generated in memory.
// Usage: tsx scripts/bench-spatial.ts [--zones 2500] [--sites 500000] [--references 400]
//          [--queries 10000] [--k 3] [--seed 42] [--runs 5] [--json]
// Target: assigning 500k sites to 2,500 zones (index build + assignment) in ≤ 1 s on the 2-core machine.
import { cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { ReferencePointIndex } from '../src/lib/geo/proximity.ts';
import { assignSitesToZones, ZoneIndex } from './bench/zone-index.ts';
import { generateReferencePoints, generateSitePositions, generateZones } from './synthetic/core.ts';

const TARGET_MS = 1000;

const { values } = parseArgs({
  options: {
    zones: { type: 'string', default: '2500' },
    sites: { type: 'string', default: '500000' },
    references: { type: 'string', default: '400' },
    queries: { type: 'string', default: '10000' },
    k: { type: 'string', default: '3' },
    seed: { type: 'string', default: '42' },
    runs: { type: 'string', default: '5' },
    json: { type: 'boolean', default: false },
  },
});
const int = (name: keyof typeof values): number => {
  const n = Number(values[name]);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`bench-spatial: --${name} must be a non-negative integer`);
    process.exit(2);
  }
  return n;
};
const params = {
  zones: int('zones'),
  sites: int('sites'),
  references: int('references'),
  queries: int('queries'),
  k: int('k'),
  seed: int('seed'),
  runs: Math.max(1, int('runs')),
};
const log = (line: string) => {
  if (!values.json) console.log(line);
};

/** Runs `fn` `runs` times; returns the last result and every duration (ms). */
function time<T>(runs: number, fn: () => T): { result: T; ms: number[] } {
  const ms: number[] = [];
  let result!: T;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn();
    ms.push(performance.now() - start);
  }
  return { result, ms };
}

log(`bench-spatial: ${params.zones} zones, ${params.sites} sites, ${params.references} reference points, ${params.queries} queries (k=${params.k}), seed ${params.seed}, ${params.runs} runs`);
log(`node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`);

// --- Data (not part of the target) ---
const gen = time(1, () => {
  const zones = generateZones(params.zones, params.seed);
  const sites = generateSitePositions(zones, params.sites, params.seed);
  const references = generateReferencePoints(params.references, params.seed);
  return { zones, sites, references };
});
const { zones, sites, references } = gen.result;
const zoneShapes = zones.map((z) => ({ id: z.id, geometry: z.geometry }));
const referencePlaces = references.map((r) => ({
  id: r.id,
  kind: 'reference-point',
  anchor: [r.lon, r.lat] as [number, number],
  reference: { kind: r.kind },
}));
// Query positions: every (sites / queries)-th site.
const queryStep = Math.max(1, Math.floor(params.sites / Math.max(1, params.queries)));

// --- Measured steps ---
const zoneBuild = time(params.runs, () => new ZoneIndex(zoneShapes));
const zoneIndex = zoneBuild.result;
const assign = time(params.runs, () => assignSitesToZones(sites.coords, zoneIndex));
const assignment = assign.result;
const refBuild = time(params.runs, () => new ReferencePointIndex(referencePlaces));
const refIndex = refBuild.result;
let checksum = 0;
const nearest = time(params.runs, () => {
  checksum = 0;
  for (let q = 0, i = 0; q < params.queries && params.sites > 0; q++, i = (i + queryStep) % params.sites) {
    const found = refIndex.nearest(sites.coords[2 * i], sites.coords[2 * i + 1], { k: params.k });
    checksum += found[0]?.distanceKm ?? 0;
  }
});
const nearestAirport = time(params.runs, () => {
  for (let q = 0, i = 0; q < params.queries && params.sites > 0; q++, i = (i + queryStep) % params.sites)
    refIndex.nearest(sites.coords[2 * i], sites.coords[2 * i + 1], { k: 1, kinds: ['airport'], maxKm: 500 });
});

// --- Sanity: every site generated inside its zone must be assigned to it ---
let missing = 0;
for (let i = 0; i < params.sites; i++) {
  if (!sites.inside[i]) continue;
  let found = false;
  for (let k = assignment.siteOffsets[i]; k < assignment.siteOffsets[i + 1]; k++) if (assignment.zoneSlots[k] === sites.zone[i]) found = true;
  if (!found) missing++;
}

const stats = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return { first: ms[0], min: sorted[0], median: sorted[Math.floor(sorted.length / 2)] };
};
const rows = [
  { step: 'generate data (in memory)', ...stats(gen.ms), per: '' },
  { step: `ZoneIndex build (${params.zones} zones)`, ...stats(zoneBuild.ms), per: '' },
  { step: `assign ${params.sites} sites to zones`, ...stats(assign.ms), per: `${((stats(assign.ms).median * 1000) / Math.max(1, params.sites)).toFixed(2)} µs/site` },
  { step: `ReferencePointIndex build (${params.references})`, ...stats(refBuild.ms), per: '' },
  { step: `${params.queries} nearest (k=${params.k})`, ...stats(nearest.ms), per: `${((stats(nearest.ms).median * 1000) / Math.max(1, params.queries)).toFixed(2)} µs/query` },
  { step: `${params.queries} nearest airport ≤500 km`, ...stats(nearestAirport.ms), per: `${((stats(nearestAirport.ms).median * 1000) / Math.max(1, params.queries)).toFixed(2)} µs/query` },
];
const round1 = (ms: number) => Math.round(ms * 10) / 10;
const buildPlusAssignFirst = zoneBuild.ms[0] + assign.ms[0];
const buildPlusAssignMedian = stats(zoneBuild.ms).median + stats(assign.ms).median;
const pass = buildPlusAssignFirst <= TARGET_MS;

if (values.json) {
  console.log(
    JSON.stringify(
      {
        node: process.version,
        cpus: cpus().length,
        params,
        steps: rows.map(({ step, first, min, median }) => ({ step, firstMs: round1(first), minMs: round1(min), medianMs: round1(median) })),
        assigned: assignment.assignedCount,
        multiZoneSites: assignment.zoneSlots.length - assignment.assignedCount,
        insideSitesNotAssignedToParent: missing,
        nearestChecksumKm: checksum,
        target: { ms: TARGET_MS, buildPlusAssignFirstMs: round1(buildPlusAssignFirst), buildPlusAssignMedianMs: round1(buildPlusAssignMedian), pass },
      },
      null,
      2,
    ),
  );
} else {
  const f = (ms: number) => `${ms.toFixed(1)} ms`.padStart(11);
  log('');
  log(`${'step'.padEnd(42)} ${'first'.padStart(11)} ${'min'.padStart(11)} ${'median'.padStart(11)}  per item`);
  for (const r of rows) log(`${r.step.padEnd(42)} ${f(r.first)} ${f(r.min)} ${f(r.median)}  ${r.per}`);
  log('');
  log(`assigned: ${assignment.assignedCount} of ${params.sites} sites inside a zone (${assignment.zoneSlots.length - assignment.assignedCount} extra memberships from overlapping zones)`);
  log(`check: ${missing} sites generated inside their zone but not assigned to it (expected 0)`);
  log(`target: build + assign ${params.sites} × ${params.zones} ≤ ${TARGET_MS} ms — first run ${buildPlusAssignFirst.toFixed(0)} ms, median ${buildPlusAssignMedian.toFixed(0)} ms: ${pass ? 'PASS' : 'FAIL'}`);
}
if (missing > 0) process.exitCode = 1;
