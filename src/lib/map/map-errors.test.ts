import { describe, expect, it } from 'vitest';
import { mapErrorMessage } from './map-errors.ts';

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

  it('names a failing online basemap, in the UI language', () => {
    const info = { sourceId: 'basemap', layerId: null, url: 'https://tiles.example/style.json', error: new Error('Failed to fetch') };
    expect(mapErrorMessage(info, 'en')).toMatch(/^The online basemap https:\/\/tiles\.example\/style\.json could not load \(Failed to fetch\); showing the offline basemap/);
    expect(mapErrorMessage(info, 'zh')).toMatch(/^在线底图 https:\/\/tiles\.example\/style\.json 无法加载/);
  });
});
