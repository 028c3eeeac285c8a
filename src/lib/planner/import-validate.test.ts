import { describe, expect, it } from 'vitest';
import { schematicFootprint } from '../geo/footprint.ts';
import { ellipsoidalAreaKm2 } from '../geo/ellipsoid.ts';
import { IMPORT_LIMITS, importedGeometry, validateImport } from './import-validate.ts';

const ring = schematicFootprint([108.35, 21.69], 53.7).coordinates[0];
const feature = (geometry: unknown, properties: unknown = { name: 'Zone A' }) => ({ type: 'Feature', properties, geometry });
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const polygon = (r: unknown = ring) => ({ type: 'Polygon', coordinates: [r] });
const run = (value: unknown, limits = IMPORT_LIMITS) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return validateImport('mine.geojson', text, new TextEncoder().encode(text).length, limits);
};

describe('importing a boundary file', () => {
  it('accepts a FeatureCollection, a Feature and a bare Polygon, keeping properties as text', () => {
    const good = run(collection(feature(polygon(), { name: '<b>Zone A</b>', area: 53.7, tags: ['x'] }), feature({ type: 'MultiPolygon', coordinates: [[ring]] }, null)));
    expect(good.ok).toBe(true);
    if (!good.ok) return;
    expect(good.features).toHaveLength(2);
    expect(good.features[0].label).toBe('<b>Zone A</b>');
    expect(good.features[0].properties).toEqual([['name', '<b>Zone A</b>'], ['area', '53.7'], ['tags', '["x"]']]);
    expect(good.features[1].label).toBeNull();
    expect(importedGeometry(good.features[0])).toEqual(polygon());
    expect(good.features[0].areaKm2).toBeCloseTo(ellipsoidalAreaKm2(polygon() as never), 9);
    expect(good.features[0].areaKm2).toBeCloseTo(53.7, 3);
    expect(run(feature(polygon())).ok).toBe(true);
    expect(run(polygon()).ok).toBe(true);
  });

  // Each file has a different fault; each message names it and where it is.
  const swapped = ring.map(([lon, lat]) => [lat, lon]);
  const metres = ring.map(([lon, lat]) => [lon * 111_320, lat * 110_574]);
  const corpus: [string, unknown, string, string | undefined][] = [
    ['empty file', '', 'empty file', undefined],
    ['whitespace only', '   \n', 'only whitespace', undefined],
    ['not JSON (a KML file renamed)', '<?xml version="1.0"?><kml></kml>', 'not valid JSON', undefined],
    ['truncated JSON', '{"type":"FeatureCollection","features":[', 'not valid JSON', undefined],
    ['an array', [1, 2], 'got an array', undefined],
    ['another GeoJSON type', { type: 'GeometryCollection', geometries: [] }, 'must be FeatureCollection, Feature, Polygon or MultiPolygon', undefined],
    ['features not an array', { type: 'FeatureCollection', features: {} }, '"features" must be an array', undefined],
    ['no features', collection(), 'no features', undefined],
    ['a point', collection(feature(polygon()), feature({ type: 'Point', coordinates: [108, 21] })), 'is a Point', '#1'],
    ['null geometry', collection(feature(null)), 'no geometry', '#0'],
    ['swapped lat/lon (in range)', collection(feature(polygon(swapped))), 'look swapped', '#0'],
    ['swapped lat/lon (out of range)', collection(feature(polygon([[21, 120], [21.1, 120], [21.1, 120.2], [21, 120]].map(([a, b]) => [a + 60, b])))), 'look swapped', '#0'],
    ['projected metres', collection(feature(polygon(metres))), 'look projected', '#0'],
    ['a projected crs', { ...collection(feature(polygon())), crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } } }, 'EPSG::3857', undefined],
    ['ring not closed', collection(feature(polygon(ring.slice(0, -1)))), 'not valid GeoJSON', '#0'],
    ['ring with two points', collection(feature(polygon([[108, 21], [108, 21]]))), 'not valid GeoJSON', '#0'],
    ['text coordinates', collection(feature(polygon(ring.map(([x, y]) => [String(x), String(y)])))), 'number pairs', '#0'],
    ['properties a string', collection(feature(polygon(), 'Zone A')), '"properties" must be an object', '#0'],
    ['not a Feature', collection({ type: 'Polygon', coordinates: [ring] }), 'must be a GeoJSON Feature', '#0'],
  ];
  it.each(corpus)('rejects %s', (_, value, reason, at) => {
    const result = run(value);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0].reason).toContain(reason);
    expect(result.problems[0].feature).toBe(at);
    expect(result.problems[0].file).toBe('mine.geojson');
  });

  it('refuses files, features and vertices over the limits', () => {
    const small = { ...IMPORT_LIMITS, maxBytes: 100, maxFeatures: 2, maxVertices: 100 };
    expect(run(collection(feature(polygon())), small).ok).toBe(false);
    const limits = { ...IMPORT_LIMITS, maxFeatures: 2, maxVertices: 100 };
    const tooMany = run(collection(feature(polygon()), feature(polygon()), feature(polygon())), limits);
    expect(!tooMany.ok && tooMany.problems[0].reason).toContain('3 features');
    const heavy = run(collection(feature(polygon()), feature(polygon())), limits);
    expect(!heavy.ok && heavy.problems[0].reason).toContain('130 vertices');
  });

  it('never throws, whatever the bytes', () => {
    const inputs = ['null', '0', '"x"', '{"type":"Feature"}', '{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[]]}}', '{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[1e309,0]]]}}', '{"type":"Feature","geometry":{"type":"Polygon"}}', '{"type":"FeatureCollection","features":[null,1,"a"]}'];
    for (const text of inputs) expect(() => run(text)).not.toThrow();
    for (let i = 0; i < 200; i++) {
      const bytes = Array.from({ length: 40 }, () => String.fromCharCode(Math.floor(Math.random() * 128))).join('');
      expect(run(bytes).ok).toBe(false);
    }
  });
});
