import { area, booleanPointInPolygon } from '@turf/turf';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, parseDataFile, validateAcrossFiles, validateFile, type LoadedFile, type Problem } from '../../src/lib/data/schema.ts';
import { generateSitePositions, generateZones, INDUSTRY_CODES, provinceFeatures } from './core.ts';
import { LAND_MASK, onLand, PROVINCES } from './provinces.ts';
import { SYNTHETIC_FILES, writeSyntheticDataset, type SyntheticDatasetOptions } from './write.ts';

const tmp = mkdtempSync(join(tmpdir(), 'medpark-synthetic-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const small = (name: string, overrides: Partial<SyntheticDatasetOptions> = {}): SyntheticDatasetOptions => ({
  zones: 20,
  sites: 200,
  references: 80,
  seed: 42,
  outDir: join(tmp, name),
  ...overrides,
});

const read = (dir: string, file: string) => readFileSync(join(dir, file));

describe('synthetic generator', () => {
  it('writes files the shared validator accepts (schema, parents, declared areas within 0.5 %)', () => {
    const options = small('valid');
    const written = writeSyntheticDataset(options);
    expect(written.map((f) => f.path)).toEqual(SYNTHETIC_FILES.map((f) => join(options.outDir, f)));
    const ctx = { industryCodes: new Set(INDUSTRY_CODES), publicSourceIds: new Set<string>(), seedTexts: new Map<string, string>() };
    const loaded: LoadedFile[] = [];
    const problems: Problem[] = [];
    for (const file of SYNTHETIC_FILES) {
      const bytes = read(options.outDir, file);
      const parsed = parseDataFile(file, bytes.toString('utf8'), bytes.length);
      expect(parsed.ok, file).toBe(true);
      if (!parsed.ok) continue;
      const result = validateFile(file, parsed.value, ctx);
      problems.push(...result.problems);
      loaded.push({ file, features: result.features });
    }
    problems.push(...validateAcrossFiles(loaded));
    expect(problems.map(formatProblem)).toEqual([]);
    const counts = loaded.map((f) => f.features.length);
    expect(counts).toEqual([PROVINCES.length + 20, 200, 80]);
    expect(written.map((f) => f.features)).toEqual(counts);
  });

  it('is deterministic: the same seed gives byte-identical files, another seed differs', () => {
    const a = small('a');
    const b = small('b');
    const c = small('c', { seed: 7 });
    for (const options of [a, b, c]) writeSyntheticDataset(options);
    for (const file of SYNTHETIC_FILES) {
      expect(read(a.outDir, file).equals(read(b.outDir, file)), file).toBe(true);
      expect(read(a.outDir, file).equals(read(c.outDir, file)), file).toBe(false);
    }
  });

  it('keeps streams independent: more sites do not change the zones or the first sites', () => {
    const zones = generateZones(20, 42);
    expect(generateZones(50, 42).slice(0, 20)).toEqual(zones);
    const few = generateSitePositions(zones, 100, 42);
    const many = generateSitePositions(zones, 300, 42);
    expect(many.coords.slice(0, 200)).toEqual(few.coords);
  });

  it('makes irregular zones of 1–100 km², 24–48 vertices, on land, near their province', () => {
    const zones = generateZones(300, 1);
    for (const zone of zones) {
      expect(zone.areaKm2).toBeGreaterThanOrEqual(1);
      expect(zone.areaKm2).toBeLessThanOrEqual(100);
      const ring = zone.geometry.coordinates[0];
      expect(ring.length - 1).toBeGreaterThanOrEqual(24);
      expect(ring.length - 1).toBeLessThanOrEqual(48);
      expect(ring.at(-1)).toEqual(ring[0]);
      expect(onLand(...zone.anchor), zone.id).toBe(true);
      expect(booleanPointInPolygon(zone.anchor, zone.geometry)).toBe(true);
      // The validator allows 0.5 %; the generator is far tighter.
      expect(Math.abs(area(zone.geometry) / 1e6 / zone.areaKm2 - 1)).toBeLessThan(1e-4);
      expect(zone.industries.length).toBeGreaterThanOrEqual(1);
      expect(zone.industries.length).toBeLessThanOrEqual(3);
      expect(new Set(zone.industries).size).toBe(zone.industries.length);
    }
    // Irregular, not circles: vertex radii vary.
    const [first] = zones;
    const radii = first.geometry.coordinates[0].map(([x, y]) => Math.hypot(x - first.anchor[0], y - first.anchor[1]));
    expect(Math.max(...radii) / Math.min(...radii)).toBeGreaterThan(1.1);
    // Many provinces are used, in proportion to their weights (Jiangsu ≫ Tibet).
    const byProvince = new Map<string, number>();
    for (const z of zones) byProvince.set(z.province.slug, (byProvince.get(z.province.slug) ?? 0) + 1);
    expect(byProvince.size).toBeGreaterThan(20);
    expect(byProvince.get('jiangsu') ?? 0).toBeGreaterThan(byProvince.get('tibet') ?? 0);
    expect(zones.filter((z) => z.kind === 'pilot-zone').length).toBeGreaterThan(30);
  });

  it('places most sites inside their parent zone (Turf cross-check), the rest near it', () => {
    const zones = generateZones(30, 3);
    const { coords, zone, inside } = generateSitePositions(zones, 2000, 3);
    let turfInside = 0;
    for (let i = 0; i < 2000; i++) {
      const position = [coords[2 * i], coords[2 * i + 1]];
      const inParent = booleanPointInPolygon(position, zones[zone[i]].geometry);
      if (inside[i]) expect(inParent).toBe(true);
      if (inParent) turfInside++;
    }
    expect(turfInside / 2000).toBeGreaterThan(0.8);
    expect(turfInside / 2000).toBeLessThan(0.95);
  });

  it('keeps capitals on the land mask and the open sea off it', () => {
    for (const p of PROVINCES) expect(onLand(...p.capital), p.slug).toBe(true);
    for (const f of provinceFeatures()) expect(f.properties.id).toMatch(/^syn-prov-[a-z-]+$/);
    expect(LAND_MASK).toHaveLength(2);
    const seas: [number, number][] = [
      [124, 28], // East China Sea
      [123.5, 35], // Yellow Sea
      [120, 38.5], // Bohai
      [115, 20], // South China Sea
      [111.5, 16.5],
    ];
    for (const [lon, lat] of seas) expect(onLand(lon, lat), `${lon},${lat}`).toBe(false);
  });

  it.skipIf(!existsSync(resolve(import.meta.dirname, '../../data/taxonomy.json')))(
    'uses exactly the industry codes of data/taxonomy.json',
    () => {
      const taxonomy = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../data/taxonomy.json'), 'utf8')) as { code: string }[];
      expect([...INDUSTRY_CODES].sort()).toEqual(taxonomy.map((i) => i.code).sort());
    },
  );
});
