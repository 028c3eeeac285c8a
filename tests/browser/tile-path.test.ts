import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { PlaceCollection } from '../../src/lib/data/types.ts';
import { SITES_TILE_LAYER_IDS } from '../../src/lib/tiles/pmtiles-source.ts';
import { hideLabels, jumpAndIdle, launchChromium, openApp, pixelAt, setLayerVisible } from './harness.ts';

let browser: Browser;
let sites: PlaceCollection;

beforeAll(async () => {
  browser = await launchChromium();
  sites = JSON.parse(readFileSync(join(inject('tilesSource'), 'sites.geojson'), 'utf8')) as PlaceCollection;
});
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

    expect(consoleErrors).toEqual([]);
    expect(offOriginRequests).toEqual([]);
    await page.context().close();
  });

  it('filters tiled sites by industry through filter expressions', async () => {
    const { page } = await openApp(browser, '?lang=en&dataset=tiles-test');
    const filterOf = () => page.evaluate((id) => JSON.stringify((document.querySelector('[data-atlas-instance]') as any)?.medparkAtlas.map.getFilter(id)), SITES_TILE_LAYER_IDS.site);
    expect(await filterOf()).not.toContain('|tcm|');
    await page.locator('input[name="industry"][value="tcm"]').check();
    await expect.poll(filterOf).toContain('|tcm|');
    await page.context().close();
  });
});
