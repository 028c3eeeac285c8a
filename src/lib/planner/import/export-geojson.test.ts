import { describe, expect, it } from 'vitest';
import { schematicFootprint } from '../../geo/footprint.ts';
import { importedGeometry } from '../import-validate.ts';
import { areaDigits, importsAsGeoJson } from './export-geojson.ts';
import { runImport } from './pipeline.ts';

describe('downloading the imported boundaries', () => {
  it('writes one WGS84 FeatureCollection that imports again to the same names, properties and shapes', async () => {
    const ring = schematicFootprint([114.3, 30.5], 5, 16);
    const result = await runImport([{ name: 'plan.geojson', bytes: new TextEncoder().encode(JSON.stringify({ type: 'Feature', properties: { 名称: '一号地块', 用地: '工业' }, geometry: ring })) }]);
    if (result.ok !== true) throw new Error('import failed');
    const layer = { id: 'a', name: 'plan', features: result.features, importedAt: '2026-12-04T00:00:00Z', source: result.source };
    const text = importsAsGeoJson([layer, { ...layer, id: 'b', name: 'legacy', source: undefined }]);
    const parsed = JSON.parse(text);
    expect(parsed.features).toHaveLength(2);
    expect(parsed.features[0].properties).toEqual({ 名称: '一号地块', 用地: '工业', name: '一号地块', source_layer: 'plan', source_file: 'plan.geojson', source_crs: 'WGS84' });
    expect(parsed.features[1].properties.source_file).toBeUndefined();
    const again = await runImport([{ name: 'again.geojson', bytes: new TextEncoder().encode(text) }]);
    if (again.ok !== true) throw new Error('re-import failed');
    expect(importedGeometry(again.features[0])).toEqual(ring);
    expect(again.features[0].label).toBe('一号地块');
  });

  it('gives areas 3–4 significant figures', () => {
    expect([1234, 53.7, 5.123, 0.456, 0.0123].map(areaDigits)).toEqual([0, 1, 2, 3, 4]);
  });
});
