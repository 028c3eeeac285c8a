import { describe, expect, it } from 'vitest';
import { schematicFootprint } from '../geo/footprint.ts';
import { ellipsoidalAreaKm2 } from '../geo/ellipsoid.ts';
import { IMPORT_LIMITS, importedGeometry } from './import-validate.ts';
import { formatImportProblem } from './import/import-messages.ts';
import { runImport } from './import/pipeline.ts';

const ring = schematicFootprint([108.35, 21.69], 53.7).coordinates[0];
const feature = (geometry: unknown, properties: unknown = { name: 'Zone A' }) => ({ type: 'Feature', properties, geometry });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const polygon = (r: unknown = ring) => ({ type: 'Polygon', coordinates: [r] });
const run = (value: unknown, limits = IMPORT_LIMITS) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return runImport([{ name: 'mine.geojson', bytes: new TextEncoder().encode(text) }], { offset: 'none' }, limits);
};

describe('importing a boundary file', () => {
  it('accepts a FeatureCollection, a Feature and a bare Polygon, keeping properties as text', async () => {
    const good = await run(collection(feature(polygon(), { name: '<b>Zone A</b>', area: 53.7, tags: ['x'] }), feature({ type: 'MultiPolygon', coordinates: [[ring]] }, null)));
    expect(good.ok).toBe(true);
    if (good.ok !== true) return;
    expect(good.features).toHaveLength(2);
    expect(good.features[0].label).toBe('<b>Zone A</b>');
    expect(good.features[0].properties).toEqual([['name', '<b>Zone A</b>'], ['area', '53.7'], ['tags', '["x"]']]);
    expect(good.features[1].label).toBeNull();
    expect(importedGeometry(good.features[0])).toEqual(polygon());
    expect(good.features[0].areaKm2).toBeCloseTo(ellipsoidalAreaKm2(polygon() as never), 9);
    expect(good.features[0].areaKm2).toBeCloseTo(53.7, 3);
    expect((await run(feature(polygon()))).ok).toBe(true);
    expect((await run(polygon())).ok).toBe(true);
  });

  // Each file has a different fault; each message names it and where it is.
  const swapped = ring.map(([lon, lat]) => [lat, lon]);
  const metres = ring.map(([lon, lat]) => [lon * 111_320, lat * 110_574]);
  const corpus: [string, unknown, string, number | undefined][] = [
    ['empty file', '', 'the file is empty', undefined],
    ['whitespace only', '   \n', 'the file is empty', undefined],
    ['not JSON (a KML file renamed)', '<?xml version="1.0"?><kml></kml>', 'not valid JSON', undefined],
    ['truncated JSON', '{"type":"FeatureCollection","features":[', 'not valid JSON', undefined],
    ['an array', [1, 2], 'got an array', undefined],
    ['another GeoJSON type', { type: 'GeometryCollection', geometries: [] }, 'must be FeatureCollection, Feature, Polygon or MultiPolygon', undefined],
    ['features not an array', { type: 'FeatureCollection', features: {} }, '"features" must be an array', undefined],
    ['no features', collection(), 'no features', undefined],
    ['a point', collection(feature(polygon()), feature({ type: 'Point', coordinates: [108, 21] })), 'is a Point', 2],
    ['null geometry', collection(feature(null)), 'no geometry', 1],
    ['swapped lat/lon (in range)', collection(feature(polygon(swapped))), 'look swapped', 1],
    ['swapped lat/lon (out of range)', collection(feature(polygon([[21, 120], [21.1, 120], [21.1, 120.2], [21, 120]].map(([a, b]) => [a + 60, b])))), 'look swapped', 1],
    ['projected metres', collection(feature(polygon(metres))), 'coordinates are in metres', undefined],
    ['a projected crs', { ...collection(feature(polygon())), crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } } }, 'declares the coordinate system "urn:ogc:def:crs:EPSG::3857"', undefined],
    ['ring not closed', collection(feature(polygon(ring.slice(0, -1)))), 'not valid GeoJSON geometry', 1],
    ['ring with two points', collection(feature(polygon([[108, 21], [108, 21]]))), 'not valid GeoJSON geometry', 1],
    ['text coordinates', collection(feature(polygon(ring.map(([x, y]) => [String(x), String(y)])))), 'number pairs', 1],
    ['properties a string', collection(feature(polygon(), 'Zone A')), '"properties" must be an object', 1],
    ['not a Feature', collection({ type: 'Polygon', coordinates: [ring] }), 'must be a GeoJSON Feature', 1],
  ];
  it.each(corpus)('rejects %s', async (_, value, reason, at) => {
    const result = await run(value);
    expect(result.ok).toBe(false);
    if (result.ok !== false) return;
    expect(formatImportProblem(result.problems[0], 'en')).toContain(reason);
    expect(result.problems[0].reason.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(result.problems[0].feature).toBe(at);
    expect(result.problems[0].file).toBe('mine.geojson');
  });

  it('refuses files, features and vertices over the limits', async () => {
    const small = { ...IMPORT_LIMITS, maxBytes: 100, maxFeatures: 2, maxVertices: 100 };
    expect((await run(collection(feature(polygon())), small)).ok).toBe(false);
    const limits = { ...IMPORT_LIMITS, maxFeatures: 2, maxVertices: 100 };
    const tooMany = await run(collection(feature(polygon()), feature(polygon()), feature(polygon())), limits);
    expect(tooMany.ok === false && tooMany.problems[0].reason.en).toContain('3 features');
    const heavy = await run(collection(feature(polygon()), feature(polygon())), limits);
    expect(heavy.ok === false && heavy.problems[0].reason.en).toContain('130 vertices');
  });

  it('never throws, whatever the bytes', async () => {
    const inputs = ['null', '0', '"x"', '{"type":"Feature"}', '{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[]]}}', '{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[1e309,0]]]}}', '{"type":"Feature","geometry":{"type":"Polygon"}}', '{"type":"FeatureCollection","features":[null,1,"a"]}'];
    for (const text of inputs) expect((await run(text)).ok).toBe(false);
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 200; i++) {
      const bytes = Array.from({ length: 40 }, () => String.fromCharCode(Math.floor(random() * 128))).join('');
      expect((await run(bytes)).ok).toBe(false);
    }
  });
});
