import { describe, expect, it } from 'vitest';
import { DataLoadError, loadAtlas } from './loader.ts';

const respond = (body: string, init: ResponseInit & { type?: string } = {}) =>
  (async () =>
    new Response(body, { status: init.status ?? 200, headers: { 'content-type': init.type ?? 'application/json' } })) as typeof fetch;

const minimal = { version: 1, places: [], taxonomy: [], sources: [], map: { points: {}, footprints: {} } };

describe('loadAtlas', () => {
  it('returns the data when the server sends JSON of the right shape', async () => {
    const atlas = await loadAtlas('/data/atlas.json', respond(JSON.stringify(minimal)));
    expect(atlas.version).toBe(1);
  });

  it('names the file when a static server answers a missing file with index.html (200)', async () => {
    const load = loadAtlas('/data/atlas.json', respond('<!doctype html><html></html>', { type: 'text/html' }));
    await expect(load).rejects.toThrow(DataLoadError);
    await expect(load).rejects.toThrow('The map data at /data/atlas.json is missing: the server sent text/html instead of JSON.');
  });

  it('reports the HTTP status of a 404', async () => {
    await expect(loadAtlas('/x.json', respond('nope', { status: 404 }))).rejects.toThrow('/x.json answered 404');
  });

  it('reports broken JSON', async () => {
    await expect(loadAtlas('/x.json', respond('{"version": 1,'))).rejects.toThrow('is not valid JSON');
  });

  it('refuses an unknown format version', async () => {
    await expect(loadAtlas('/x.json', respond(JSON.stringify({ ...minimal, version: 2 })))).rejects.toThrow('unknown format');
  });

  it('reports a network failure', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(loadAtlas('/x.json', failing)).rejects.toThrow('Could not reach the map data at /x.json (Failed to fetch).');
  });
});
