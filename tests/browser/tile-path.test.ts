import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { PlaceCollection } from '../../src/lib/data/types.ts';
import { SITES_TILE_LAYER_IDS } from '../../src/lib/tiles/pmtiles-source.ts';
import { closeContexts, hideLabels, jumpAndIdle, launchChromium, openApp, pixelAt, setLayerVisible } from './harness.ts';

let browser: Browser;
let sites: PlaceCollection;

beforeAll(async () => {
  browser = await launchChromium();
  sites = JSON.parse(readFileSync(join(inject('tilesSource'), 'sites.geojson'), 'utf8')) as PlaceCollection;
});
afterEach(() => closeContexts(browser));
afterAll(async () => browser?.close());

describe('sites from a PMTiles archive', () => {
  it('draws sites from vector tiles over range requests, and a click opens the site panel', async () => {
    const { page, consoleErrors, offOriginRequests } = await openApp(browser, '?lang=en&dataset=tiles-test&layers=parks-bases');
    // A site standing alone (no other site within ~1 km), so the probe hits exactly it.
    const site = sites.features.find((f, i) =>
      sites.features.every((g, j) => i === j || Math.hypot((g.geometry.coordinates as number[])[0] - (f.geometry.coordinates as number[])[0], (g.geometry.coordinates as number[])[1] - (f.geometry.coordinates as number[])[1]) > 0.01),
    )!;
    const at = site.geometry.coordinates as [number, number];
    await jumpAndIdle(page, at, 12);
    await hideLabels(page);
    const shown = await pixelAt(page, at);
    await setLayerVisible(page, SITES_TILE_LAYER_IDS.site, false);
    const hidden = await pixelAt(page, at);
    expect(shown.reduce((d, v, i) => d + Math.abs(v - hidden[i]), 0), `site pixel ${shown} vs ${hidden}`).toBeGreaterThan(30);
    await setLayerVisible(page, SITES_TILE_LAYER_IDS.site, true);

    // layers=parks-bases hides provinces, pilot zones and reference points that could sit over the site.
    const point = await page.evaluate(([lng, lat]) => (document.querySelector('[data-atlas-instance]') as any)?.medparkAtlas.map.project([lng, lat]), at);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    await expect.poll(() => page.locator('.site-title').textContent()).toBe(site.properties.name.en);
    expect(await page.locator('aside.panel').textContent()).toContain('vector-tile archive');
    // The selected site is painted as selected (feature-state on the vector source).
    const state = await page.evaluate(
      ([id, layer]) => {
        const map = (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map;
        return map.queryRenderedFeatures({ layers: [layer] }).find((f: any) => f.properties.id === id)?.state;
      },
      [site.properties.id, SITES_TILE_LAYER_IDS.site] as const,
    );
    expect(state).toMatchObject({ selected: true });

    expect(consoleErrors).toEqual([]);
    expect(offOriginRequests).toEqual([]);
  });

  it('filters tiled sites by industry: every rendered site has the industry, and some without it were shown before', async () => {
    const { page } = await openApp(browser, '?lang=en&dataset=tiles-test&layers=parks-bases');
    // Zoom in where the sites are dense enough to be drawn one by one (not as aggregates).
    const centre = sites.features[0].geometry.coordinates as [number, number];
    await jumpAndIdle(page, centre, 9);
    const rendered = () =>
      page.evaluate(
        (layer) =>
          new Promise<string[]>((resolve) => {
            const map = (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map;
            const read = () => resolve(map.queryRenderedFeatures({ layers: [layer] }).map((f: any) => String(f.properties.industries)));
            if (map.loaded()) read();
            else map.once('idle', read);
          }),
        SITES_TILE_LAYER_IDS.site,
      );
    const before = await rendered();
    expect(before.length).toBeGreaterThan(5);
    expect(before.some((codes) => !codes.includes('|tcm|'))).toBe(true);
    await page.locator('input[name="industry"][value="tcm"]').check();
    await expect.poll(async () => {
      const after = await rendered();
      return after.length > 0 && after.length < before.length && after.every((codes) => codes.includes('|tcm|'));
    }).toBe(true);
  });
});
