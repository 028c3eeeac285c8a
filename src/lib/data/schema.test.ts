import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, normaliseText, parseDataFile, validateAcrossFiles, validateFile, type ValidationContext } from './schema.ts';
import type { PlaceCollection } from './types.ts';

const good = JSON.parse(readFileSync(join(import.meta.dirname, '../../../tests/fixtures/data/good/places.geojson'), 'utf8')) as PlaceCollection;
const seedText = readFileSync(join(import.meta.dirname, '../../../data/seeds/000_e84a2bc5de88b950.txt'), 'utf8');
const ctx: ValidationContext = {
  industryCodes: new Set(['lab_animals', 'tcm']),
  publicSourceIds: new Set(['pub-1']),
  seedTexts: new Map([['000_e84a2bc5de88b950.txt', normaliseText(seedText)]]),
};
const clone = () => structuredClone(good);
const reasons = (fc: unknown) => validateFile('f.geojson', fc, ctx).problems.map(formatProblem);

describe('place schema', () => {
  it('accepts the good fixture', () => {
    const result = validateFile('f.geojson', good, ctx);
    expect(result.problems).toEqual([]);
    expect(validateAcrossFiles([{ file: 'f.geojson', features: result.features }])).toEqual([]);
  });

  it('a point cannot claim to be a schematic footprint', () => {
    const fc = clone();
    fc.features[0].properties.geometry.kind = 'schematic-equal-area';
    expect(reasons(fc)).toContain('f.geojson: feature fixture-province: a schematic-equal-area geometry must be a Polygon');
  });

  it('a polygon cannot claim to be a seat', () => {
    const fc = clone();
    fc.features[1].properties.geometry.kind = 'point-at-seat';
    expect(reasons(fc)).toContain('f.geojson: feature fixture-zone: a polygon must be schematic-equal-area or digitised, not point-at-seat');
  });

  it('a proxy point must say whose anchor it uses', () => {
    const fc = clone();
    fc.features[0].properties.geometry.kind = 'proxy-point';
    expect(reasons(fc)).toContain('f.geojson: feature fixture-province: a proxy-point must name the place it stands at (geometry.proxyOf)');
  });

  it('a non-region needs a parent; a public source must exist', () => {
    const fc = clone();
    fc.features[1].properties.parent = null;
    fc.features[1].properties.sources = [{ pub: 'pub-99' }];
    expect(reasons(fc)).toEqual([
      'f.geojson: feature fixture-zone: a pilot-zone needs a parent',
      'f.geojson: feature fixture-zone: sources[0]: unknown public source "pub-99"',
    ]);
  });

  it('seed quotes survive line wrapping but not rewording', () => {
    const fc = clone();
    fc.features[1].properties.sources = [{ seed: '000_e84a2bc5de88b950.txt', quote: 'the pilot zone has a planned\n   area of 53.7 square kilometers' }];
    expect(reasons(fc)).toEqual([]);
    fc.features[1].properties.sources = [{ seed: '000_e84a2bc5de88b950.txt', quote: 'the pilot zone has a planned area of 53.7 km²' }];
    expect(reasons(fc)[0]).toMatch(/quote not found in seed/);
  });

  it('a parent loop is reported', () => {
    const fc = clone();
    fc.features[0].properties.parent = 'fixture-zone';
    const { features } = validateFile('f.geojson', fc, ctx);
    expect(validateAcrossFiles([{ file: 'f.geojson', features }]).map(formatProblem)).toContain('f.geojson: feature fixture-zone: parent chain loops back to itself');
  });

  it('parseDataFile gives one line for empty, whitespace and broken JSON', () => {
    expect(parseDataFile('a', '', 0)).toEqual({ ok: false, problem: { file: 'a', reason: 'empty file (0 bytes)' } });
    expect(parseDataFile('a', '  \n', 3)).toEqual({ ok: false, problem: { file: 'a', reason: 'file holds only whitespace' } });
    const broken = parseDataFile('a', '{"type":', 8);
    expect(broken.ok).toBe(false);
  });

  it('never throws on hostile shapes', () => {
    for (const value of [null, 42, 'x', [], { type: 'FeatureCollection', features: [null, 1, { type: 'Feature' }, { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[]] } }] }])
      expect(() => validateFile('f.geojson', value, ctx)).not.toThrow();
  });
});
