// Defects of the single-instance design, each with the behaviour that fixes it (architecture issue).
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { LAYER_IDS } from '../../src/lib/map/place-layers.ts';
import { closeContexts, launchChromium, mapSettled, openApp } from './harness.ts';

let browser: Browser;
beforeAll(async () => (browser = await launchChromium()));
afterEach(() => closeContexts(browser));
afterAll(async () => browser?.close());

const API = "document.querySelector('[data-atlas-instance]').medparkAtlas";

/** Place features MapLibre renders in the current view. */
function renderedPlaceCount(page: Page): Promise<number> {
  return page.evaluate(
    (layers) =>
      new Promise<number>((resolve) => {
        const map = (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map;
        const read = () => resolve(map.queryRenderedFeatures({ layers: layers.filter((l: string) => map.getLayer(l)) }).length);
        if (map.loaded()) read();
        else map.once('idle', read);
      }),
    [LAYER_IDS.cluster, LAYER_IDS.pointCircle, LAYER_IDS.footprintFill],
  );
}

describe('architecture defects', () => {
  it('keeps the place layers through setStyle (full reload and diff)', async () => {
    const { page, consoleErrors } = await openApp(browser, '?lang=en');
    const before = await renderedPlaceCount(page);
    expect(before).toBeGreaterThan(10);
    for (const diff of [false, true]) {
      await page.evaluate((d) => {
        const map = (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map;
        map.setStyle({ version: 8, sources: {}, layers: [{ id: 'plain', type: 'background', paint: { 'background-color': '#eeeeee' } }] }, { diff: d });
      }, diff);
      await expect.poll(() => page.evaluate(() => (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map.getStyle().layers[0].id)).toBe('plain');
      await expect.poll(() => renderedPlaceCount(page), { timeout: 10_000 }).toBe(before);
    }
    expect(consoleErrors).toEqual([]);
  });

  it('keeps unknown URL parameters through filter changes and selections, and leaves the default language out', async () => {
    const { page } = await openApp(browser, '?utm_source=portal&ref=news');
    await page.locator('input[name="industry"][value="tcm"]').check();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?utm_source=portal&ref=news&industry=tcm');
    await page.locator('.places button[data-id]').first().click();
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/^\?utm_source=portal&ref=news&industry=tcm&select=[a-z0-9-]+$/);
    await page.locator('input[name="industry"][value="tcm"]').uncheck();
    await expect.poll(() => page.evaluate(() => location.search)).toMatch(/^\?utm_source=portal&ref=news&select=/);
    expect(await page.evaluate(() => location.search)).not.toMatch(/lang=/);
  });

  for (const [name, url] of [
    ['unreachable', 'http://127.0.0.1:9/style.json'],
    ['not a style (an HTML page)', 'SAME_ORIGIN/index.html'],
  ] as const)
    it(`falls back to the offline basemap when the online one is ${name}, naming it`, async () => {
      const styleUrl = url.replace('SAME_ORIGIN/', inject('baseUrl'));
      const { page } = await openApp(browser, `?lang=en&basemap=${encodeURIComponent(styleUrl)}`);
      await expect.poll(() => page.locator('[role="alert"]').textContent()).toContain(`The online basemap could not load; showing the offline basemap: ${styleUrl}`);
      expect((await page.locator('[role="alert"]').textContent())!.split(styleUrl)).toHaveLength(2);
      // The map came up with the offline basemap and every place layer.
      const layers = await page.evaluate(() => (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map.getStyle().layers.map((l: any) => l.id));
      expect(layers).toContain(LAYER_IDS.footprintFill);
      expect(layers.some((id: string) => id.startsWith('base-') || id.includes('province'))).toBe(true);
      expect(await renderedPlaceCount(page)).toBeGreaterThan(10);
    });

  it('does not steal focus when a URL selects a place; does move it when the user chooses one', async () => {
    const { page } = await openApp(browser, '?lang=en&select=fcg-pilot-zone');
    await page.locator('aside.panel h2').waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
    await page.locator('.places button[data-id]').nth(2).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.className ?? '')).toContain('place-title');
  });

  it('opens a shared link with a selection and a view on that view (the selection does not fly)', async () => {
    const { page } = await openApp(browser, '?lang=en&select=fcg-pilot-zone#5/30/110');
    await page.locator('aside.panel h2').waitFor();
    await mapSettled(page);
    const view = await page.evaluate(() => {
      const map = (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map;
      return { zoom: map.getZoom(), ...map.getCenter() };
    });
    expect(view.zoom).toBeCloseTo(5, 1);
    expect(view.lat).toBeCloseTo(30, 1);
    expect(view.lng).toBeCloseTo(110, 1);
  });

  it('Escape closes the open dialog first, then the selection', async () => {
    const { page } = await openApp(browser, '?lang=en&select=fcg-pilot-zone');
    await page.locator('aside.panel h2').waitFor();
    await page.getByRole('button', { name: 'About' }).click();
    await page.locator('dialog[open]').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    expect(await page.locator('aside.panel').count()).toBe(1);
    await page.locator('aside.panel h2').focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('aside.panel').count()).toBe(0);
  });

  it('exposes the public instance API on its element, not on window, and no internals', async () => {
    const { page } = await openApp(browser, '?lang=en');
    expect(await page.evaluate(() => Object.keys(window).filter((k) => /medpark/i.test(k)))).toEqual([]);
    expect(await page.evaluate(`Object.keys(${API}).sort()`)).toEqual(['current', 'flyTo', 'listed', 'map', 'on', 'select', 'setFilter', 'setLang', 'view']);
    expect(await page.evaluate(`'state' in ${API} || 'flush' in ${API} || 'idleAt' in ${API}`)).toBe(false);
    // The public ready moment (README): a performance mark at the first idle with the places.
    expect(await page.evaluate(() => performance.getEntriesByName('medpark-atlas:ready').length)).toBe(1);
  });
});
