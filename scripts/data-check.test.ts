import { spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, closeSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './data-files.ts';
import { dataCheck as check } from './data-check.ts';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'data');

/** The check in-process, shaped like a run of the command (exit status, what it prints). */
function dataCheck(...args: string[]) {
  const result = check(args);
  const lines = result.ok ? result.problems : [...result.problems, result.summary];
  return { status: result.ok ? 0 : 1, stdout: result.ok ? `${result.summary}\n` : '', stderr: lines.map((l) => `${l}\n`).join('') };
}

describe('npm run data:check', () => {
  // One real run of the command (tsx, exit status, streams); the other cases call the same check in-process.
  it('fails with status 1 and no stack trace on a broken file (the command itself)', () => {
    const file = join(FIXTURES, 'broken', 'unknown-industry.geojson');
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'data-check.ts'), file], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/unknown-industry\.geojson: feature fixture-zone: unknown industry code "space_mining"$/m);
    expect(run.stderr).toMatch(/^data:check: 1 problem\(s\) in 1 file\(s\)$/m);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('passes the real data in geojson/', () => {
    const run = dataCheck();
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/no problems/);
  });

  it('passes a good fixture', () => {
    const run = dataCheck(join(FIXTURES, 'good', 'places.geojson'));
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  // Each broken fixture holds one fault; the message names the file, the feature and the reason.
  const cases: [file: string, line: RegExp][] = [
    ['empty.geojson', /empty\.geojson: empty file \(0 bytes\)$/m],
    ['malformed-json.geojson', /malformed-json\.geojson: not valid JSON \(/m],
    ['wrong-top-level.geojson', /wrong-top-level\.geojson: top-level type must be "FeatureCollection", got "Feature"$/m],
    ['unknown-industry.geojson', /unknown-industry\.geojson: feature fixture-zone: unknown industry code "space_mining"$/m],
    ['missing-parent.geojson', /missing-parent\.geojson: feature fixture-zone: parent no-such-province does not exist$/m],
    ['duplicate-id.geojson', /duplicate-id\.geojson: feature fixture-province: duplicate id/m],
    ['lat-lon-swapped.geojson', /lat-lon-swapped\.geojson: feature fixture-province: coordinate \[23\.6, 108\.8\] out of range/m],
    ['open-ring.geojson', /open-ring\.geojson: feature fixture-zone: not valid GeoJSON: .*first and last positions must be equivalent/m],
    ['area-mismatch.geojson', /area-mismatch\.geojson: feature fixture-zone: footprint area 39\.894 km² differs from declared 53\.7 km² by -25\.71 %/m],
    ['no-sources.geojson', /no-sources\.geojson: feature fixture-province: sources must list at least one source$/m],
    ['misquoted-seed.geojson', /misquoted-seed\.geojson: feature fixture-zone: sources\[0\]: quote not found in seed 000_e84a2bc5de88b950\.txt/m],
    ['missing-zh-name.geojson', /missing-zh-name\.geojson: feature fixture-province: name\.zh is required$/m],
    ['unknown-geometry-kind.geojson', /unknown-geometry-kind\.geojson: feature fixture-province: geometry\.kind must be one of .*; got "surveyed-boundary"$/m],
    // Issue 8, one fixture per kind of defect an analyst caught.
    ['figure-without-scope.geojson', /figure-without-scope\.geojson: feature fixture-zone: figures\[0\]\.scope \{zh, en\} must say what the number counts over/m],
    ['qualifier-mismatch.geojson', /qualifier-mismatch\.geojson: feature fixture-zone: figures\[1\]: the quote words the number as nearly but the figure says about \("产值近16亿元"\)$/m],
    ['child-target-exceeds-parent.geojson', /child-target-exceeds-parent\.geojson: feature fixture-zone: figures\[1\]: target 150000000000 CNY exceeds the target 120000000000 CNY of fixture-province, which contains it; explain the difference in scope \(scopeNote\)$/m],
    ['estimate-as-site.geojson', /estimate-as-site\.geojson: feature fixture-province: a point-at-site claims a site from a cited source; an estimated location is point-estimate$/m],
    ['sourced-without-citation.geojson', /sourced-without-citation\.geojson: feature fixture-province: geometry\.confidence "sourced" needs a cited source/m],
    ['park-without-industry.geojson', /park-without-industry\.geojson: feature fixture-park: a park must name at least one industry code/m],
    ['candidate-without-identity.geojson', /candidate-without-identity\.geojson: feature fixture-zone: a candidate name is an inferred identity: add identity/m],
    ['figures-on-unbuilt-base.geojson', /figures-on-unbuilt-base\.geojson: feature fixture-base: figures\[0\]: a place that is under-construction cannot carry an actual output figure/m],
    ['footprint-on-sub-area.geojson', /footprint-on-sub-area\.geojson: feature fixture-zone: a base is a sub-area: a schematic footprint belongs to the zone or park/m],
    // A figure credited to a text that does not state its number (here a true seed sentence about something else).
    ['quote-without-value.geojson', /quote-without-value\.geojson: feature fixture-zone: figures\[0\]: the quote does not state the value 53\.7 in any written form \("plans to build three major parks"\)$/m],
    ['missing-method-zh.geojson', /missing-method-zh\.geojson: feature fixture-province: geometry\.methodZh must say the same in Chinese/m],
  ];
  it.each(cases)('rejects broken/%s with a clear message', (file, line) => {
    const run = dataCheck(join(FIXTURES, 'broken', file));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(line);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('rejects a source on a mirror host that does not say it is a copy', () => {
    const run = dataCheck('--sources', join(FIXTURES, 'broken', 'sources-unlabelled-mirror.json'), join(FIXTURES, 'good', 'places.geojson'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(
      /sources-unlabelled-mirror\.json: feature pub-1: url host admin\.richbox\.biz is not the publisher's site chinanews\.com\.cn: cite the publisher's page, or mark this a copy \(archiveCopy: true\)$/m,
    );
  });

  it('refuses a 50 MB file without reading it', () => {
    const big = join(mkdtempSync(join(tmpdir(), 'medpark-')), 'huge.geojson');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    const run = dataCheck(big);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/huge\.geojson: file too large \(50\.0 MB, limit 20 MB\)$/m);
  });

  it('reports a missing file', () => {
    const run = dataCheck(join(FIXTURES, 'nope.geojson'));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/nope\.geojson: file not found$/m);
  });
});
