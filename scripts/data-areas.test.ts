import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './data-files.ts';

describe('npm run data:areas -- --json', () => {
  it('lists the pilot zone with its declared 53.7 km² and a computed area within 0.5 %', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'data-areas.ts'), '--json'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const rows = JSON.parse(run.stdout) as { id: string; declaredKm2: number | null; computedKm2: number; deltaPercent: number | null; ha: number; mu: number }[];
    const zone = rows.find((r) => r.declaredKm2 === 53.7);
    expect(zone, 'a row declaring 53.7 km²').toBeDefined();
    expect(zone!.id).toBe('fcg-pilot-zone');
    expect(Math.abs(zone!.deltaPercent!)).toBeLessThan(0.5);
    expect(zone!.mu).toBeCloseTo(zone!.computedKm2 * 1500, -1);
    // Every footprint in the data has a declared area it is checked against.
    for (const row of rows) expect(row.declaredKm2, row.id).not.toBeNull();
  });
});
