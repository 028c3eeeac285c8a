import { describe, expect, it } from 'vitest';
import { mapErrorMessage, mapErrorParts } from './map-errors.ts';

const error = new Error('HTTP 416');

describe('map error messages', () => {
  it('does not call every error a site-tile error when there are no tiles', () => {
    const message = mapErrorMessage({ sourceId: null, layerId: null, url: null, error }, 'en', null);
    expect(message).toBe('HTTP 416');
    expect(message).not.toMatch(/Site tiles|undefined/);
  });

  it('names the tile archive for errors of the tile source', () => {
    const tiles = { sourceId: 'sites-tiles', url: 'https://cdn.example/sites.pmtiles' };
    expect(mapErrorMessage({ sourceId: 'sites-tiles', layerId: null, url: null, error }, 'en', tiles)).toBe('Site tiles (https://cdn.example/sites.pmtiles): HTTP 416');
    expect(mapErrorMessage({ sourceId: 'other', layerId: null, url: null, error }, 'en', tiles)).toBe('Map layer other: HTTP 416');
  });

  it('says a failing online basemap plainly, in the UI language, the URL once and the reason apart', () => {
    const info = { sourceId: 'basemap', layerId: null, url: 'https://tiles.example/style.json', error: new Error('Failed to fetch') };
    expect(mapErrorParts(info, 'en')).toEqual({ text: 'The online basemap could not load; showing the offline basemap', url: 'https://tiles.example/style.json', detail: 'Failed to fetch' });
    expect(mapErrorParts(info, 'zh')).toEqual({ text: '在线底图无法加载，已改用离线底图', url: 'https://tiles.example/style.json', detail: 'Failed to fetch' });
    expect(mapErrorMessage(info, 'zh').split('https://tiles.example/style.json')).toHaveLength(2);
  });
});
