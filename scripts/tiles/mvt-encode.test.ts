import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { encodePointLayer } from './mvt-encode.ts';

describe('encodePointLayer', () => {
  it('writes points with typed, shared property values that @mapbox/vector-tile reads back', () => {
    const features = [
      { x: 0, y: 0, properties: { id: 'a', n: 3, neg: -7, f: 1.5, ok: true, zh: '合成基地', skip: null } },
      { x: 4095, y: 17, properties: { id: 'b', n: 3, ok: false } },
      { x: 2048, y: 4095, properties: {} },
    ];
    const tile = new VectorTile(new PbfReader(encodePointLayer('sites', features, 4096)));
    expect(Object.keys(tile.layers)).toEqual(['sites']);
    const layer = tile.layers.sites;
    expect(layer.version).toBe(2);
    expect(layer.extent).toBe(4096);
    expect(layer.length).toBe(3);
    const got = Array.from({ length: 3 }, (_, i) => {
      const f = layer.feature(i);
      const [[p]] = f.loadGeometry();
      return { type: f.type, x: p.x, y: p.y, properties: f.properties };
    });
    expect(got).toEqual([
      { type: 1, x: 0, y: 0, properties: { id: 'a', n: 3, neg: -7, f: 1.5, ok: true, zh: '合成基地' } },
      { type: 1, x: 4095, y: 17, properties: { id: 'b', n: 3, ok: false } },
      { type: 1, x: 2048, y: 4095, properties: {} },
    ]);
  });

  it('rejects points outside the tile', () => {
    expect(() => encodePointLayer('l', [{ x: 4096, y: 0, properties: {} }])).toThrow(RangeError);
  });
});
