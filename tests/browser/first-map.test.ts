import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { AtlasData, Place } from '../../src/lib/data/types.ts';
import { LAYER_IDS } from '../../src/lib/map/place-layers.ts';
import { BASE_COLORS } from '../../src/lib/map/base-style.ts';
import { closeContexts, hideLabels, jumpAndIdle, launchChromium, openApp, pixelAt, setLayerVisible } from './harness.ts';

let browser: Browser;
let atlas: AtlasData;

beforeAll(async () => {
  browser = await launchChromium();
  atlas = (await (await fetch(new URL('data/atlas.json', inject('baseUrl')))).json()) as AtlasData;
});
afterEach(() => closeContexts(browser));
afterAll(async () => browser?.close());

const pilotZone = (): Place => atlas.places.find((p) => p.kind === 'pilot-zone' && p.area?.declaredKm2 === 53.7)!;

describe('the first map', () => {
  it('draws the pilot zone footprint in real WebGL pixels, offline, without console errors', async () => {
    const { page, consoleErrors, offOriginRequests } = await openApp(browser, '?lang=en');
    const zone = pilotZone();
    // Half the footprint's radius east of its centre: inside the fill, away from the anchor's circle and label.
    const radiusKm = Math.sqrt(zone.area!.computedKm2 / Math.PI);
    const probe: [number, number] = [zone.anchor[0] + (0.5 * radiusKm) / (111.32 * Math.cos((zone.anchor[1] * Math.PI) / 180)), zone.anchor[1]];
    await jumpAndIdle(page, zone.anchor, 11);
    await hideLabels(page);
    const shown = await pixelAt(page, probe);
    await setLayerVisible(page, LAYER_IDS.footprintFill, false);
    await setLayerVisible(page, LAYER_IDS.footprintHatch, false);
    const hidden = await pixelAt(page, probe);
    const difference = shown.reduce((sum, v, i) => sum + Math.abs(v - hidden[i]), 0);
    expect(difference, `footprint pixel ${shown} vs background ${hidden}`).toBeGreaterThan(20);
    expect(consoleErrors, consoleErrors.join("\n")).toEqual([]);
    expect(offOriginRequests).toEqual([]);
  });

  it('draws the offline basemap: China’s provinces, neighbouring land and sea in their own colours', async () => {
    const { page, offOriginRequests, requests } = await openApp(browser, '?lang=zh');
    // The tiles are read in MapLibre's worker (map-worker.ts): the browser fetched the archive, the
    // page itself never did (its Resource Timing sees only its own fetches).
    expect(requests.filter((url) => url.endsWith('/basemap/china.pmtiles')).length).toBeGreaterThan(1);
    expect(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/basemap/china.pmtiles')).length)).toBe(0);
    await jumpAndIdle(page, [105, 32], 3.5);
    await hideLabels(page);
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    const expectColour = async (at: [number, number], hex: string) => {
      const actual = await pixelAt(page, at);
      const expected = rgb(hex);
      expect(actual.every((v, i) => Math.abs(v - expected[i]) <= 6), `pixel at ${at}: ${actual} vs ${hex} (${expected})`).toBe(true);
    };
    // Qinghai (inside China), Mongolia (other land), the Philippine Sea east of Taiwan (sea).
    await expectColour([96, 35.5], BASE_COLORS.china);
    await expectColour([103, 46.5], BASE_COLORS.land);
    await expectColour([126, 23], BASE_COLORS.sea);
    expect(offOriginRequests).toEqual([]);
  });

  it('shows a place’s name and kind on click', async () => {
    const { page } = await openApp(browser, '?lang=en');
    const zone = pilotZone();
    await jumpAndIdle(page, zone.anchor, 11);
    // Click inside the pilot-zone footprint but outside the concentric High-tech Zone circle (both are
    // centred where the zone is administered) and away from the proxy points spread near the centre:
    // east of the centre, halfway between the two radii (√(27.99/π) ≈ 2.98 km and √(53.7/π) ≈ 4.13 km).
    const km = (Math.sqrt(27.9865 / Math.PI) + Math.sqrt(53.7 / Math.PI)) / 2;
    const target: [number, number] = [zone.anchor[0] + km / (111.32 * Math.cos((zone.anchor[1] * Math.PI) / 180)), zone.anchor[1]];
    const point = await page.evaluate(([lng, lat]) => (document.querySelector('[data-atlas-instance]') as any)?.medparkAtlas.map.project([lng, lat]), target);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    const panel = page.locator('aside.panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe(zone.name.en);
    expect(await panel.textContent()).toContain('Pilot zone');
  });

  it('names the basemap archive when it is missing, and still draws the data on the sea-coloured background', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // An SPA host's answer for a missing file: index.html with status 200 (for the early header request too).
    await page.route('**/basemap/china.pmtiles', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html>' }));
    await page.goto(new URL('?lang=en', inject('baseUrl')).href);
    await expect
      .poll(() => page.locator('[role="alert"]').textContent(), { timeout: 30_000 })
      .toMatch(/Offline basemap: could not load http:\/\/[^ ]+\/basemap\/china\.pmtiles: the server sent HTML \(text\/html\) instead of the archive/);
    await page.waitForFunction(() => performance.getEntriesByName('medpark-atlas:ready').length > 0, undefined, { timeout: 60_000 });
    const zone = pilotZone();
    expect(await page.evaluate((id) => (document.querySelector('[data-atlas-instance]') as any)?.medparkAtlas.map.querySourceFeatures('places-footprints').some((f: any) => f.properties.id === id), zone.id)).toBe(true);
  });

  it('says clearly when the data file is missing, instead of a blank map', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.route('**/data/atlas.json', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html>' }));
    await page.goto(inject('baseUrl'));
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toMatch(/map data .* is missing: the server sent text\/html instead of JSON/);
  });
});
