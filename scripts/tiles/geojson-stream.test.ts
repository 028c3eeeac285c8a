import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FeatureScanner, forEachFeature } from './geojson-stream.ts';

const features = [
  { type: 'Feature', geometry: { type: 'Point', coordinates: [100, 30] }, properties: { id: 'a', name: { zh: '合成 {基地}', en: 'brace } and "quote" \\' } } },
  { type: 'Feature', geometry: { type: 'Point', coordinates: [101, 31] }, properties: { id: 'b', features: [{ nested: true }], industries: ['tcm'] } },
  { type: 'Feature', geometry: null, properties: { id: 'c', note: '[features]' } },
];
// `features` is not the first key, other keys hold arrays and strings that look like structure.
const collection = JSON.stringify({ type: 'FeatureCollection', name: 'features', bbox: [1, 2, 3, 4], features, crs: { features: [] } });

function scan(text: string, chunk: number): unknown[] {
  const out: unknown[] = [];
  const decoder = new TextDecoder();
  const scanner = new FeatureScanner((json) => out.push(JSON.parse(decoder.decode(json))));
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += chunk) scanner.push(bytes.slice(i, i + chunk));
  scanner.end();
  return out;
}

describe('FeatureScanner', () => {
  it('cuts out every feature, whatever the chunk boundaries', () => {
    for (const chunk of [1, 2, 3, 5, 7, 64, 100_000]) expect(scan(collection, chunk), `chunk ${chunk}`).toEqual(features);
  });

  it('handles pretty-printed input and an empty collection', () => {
    expect(scan(JSON.stringify({ type: 'FeatureCollection', features }, null, 2), 13)).toEqual(features);
    expect(scan('{"type":"FeatureCollection","features":[]}', 4)).toEqual([]);
  });

  it('rejects truncated input and input without features', () => {
    expect(() => scan(collection.slice(0, -5), 8)).toThrow(/truncated/);
    expect(() => scan('{"type":"Feature","geometry":null}', 8)).toThrow(/features/);
  });
});

describe('forEachFeature', () => {
  const dir = mkdtempSync(join(tmpdir(), 'geojson-stream-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads a file in small chunks', () => {
    const path = join(dir, 'f.geojson');
    writeFileSync(path, collection);
    const got: unknown[] = [];
    expect(forEachFeature(path, (f) => got.push(f), 16)).toBe(3);
    expect(got).toEqual(features);
  });
});
