// Deterministic synthetic national data for benchmarks and load tests (never real data).
// Usage: tsx scripts/synthetic/generate.ts [--preset national|national-500k] [--zones N] [--sites N]
//          [--references N] [--seed N] [--out DIR]
// Writes DIR/zones.geojson (provinces + zones), DIR/sites.geojson, DIR/references.geojson; the same
// options always give byte-identical files. Default DIR: build/synthetic/<preset>.
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeSyntheticDataset } from './write.ts';

import { PRESETS, type PresetName } from './core.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

function main(): void {
  const { values } = parseArgs({
    options: {
      preset: { type: 'string' },
      zones: { type: 'string' },
      sites: { type: 'string' },
      references: { type: 'string' },
      seed: { type: 'string', default: '42' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      'usage: tsx scripts/synthetic/generate.ts [--preset national|national-500k] [--zones N] [--sites N] [--references N] [--seed N] [--out DIR]',
    );
    return;
  }
  const presetName = (values.preset ?? 'national') as PresetName;
  const preset = PRESETS[presetName];
  if (!preset) fail(`unknown preset ${values.preset} (use ${Object.keys(PRESETS).join(' or ')})`);
  const count = (name: string, raw: string | undefined, fallback: number): number => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0) fail(`--${name} must be a non-negative integer, got ${raw}`);
    return n;
  };
  const zones = count('zones', values.zones, preset.zones);
  const sites = count('sites', values.sites, preset.sites);
  const references = count('references', values.references, preset.references);
  const seed = count('seed', values.seed, 42);
  if (zones === 0 && sites > 0) fail('sites need at least one zone');
  const custom = values.zones !== undefined || values.sites !== undefined || values.references !== undefined || seed !== 42;
  const name = custom ? `z${zones}-s${sites}-r${references}-seed${seed}` : presetName;
  const outDir = resolve(values.out ?? resolve(ROOT, 'build', 'synthetic', name));

  console.log(`synthetic: ${zones} zones, ${sites} sites, ${references} reference points, seed ${seed} → ${relative(process.cwd(), outDir) || '.'}`);
  const start = performance.now();
  const files = writeSyntheticDataset({ zones, sites, references, seed, outDir });
  for (const f of files)
    console.log(
      `  ${relative(process.cwd(), f.path).padEnd(44)} ${String(f.features).padStart(8)} features ${mb(f.bytes).padStart(9)} ${ms(f.ms).padStart(9)}`,
    );
  const total = files.reduce((s, f) => s + f.bytes, 0);
  console.log(`synthetic: ${mb(total)} in ${ms(performance.now() - start)}, peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`);
}

function fail(message: string): never {
  console.error(`synthetic: ${message}`);
  process.exit(2);
}

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
const ms = (t: number) => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(0)} ms`);

main();
