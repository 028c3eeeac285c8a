import AxeBuilder from '@axe-core/playwright';
import { kindsOf, LAYER_GROUP_IDS } from '../../src/lib/state/layer-groups.ts';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import type { AtlasData } from '../../src/lib/data/types.ts';
import { LAYER_IDS } from '../../src/lib/map/place-layers.ts';
import { closeContexts, launchChromium, mapSettled, openApp, renderedIds } from './harness.ts';

let browser: Browser;
let atlas: AtlasData;
const SCREENSHOTS = 'test-results/screenshots';

beforeAll(async () => {
  browser = await launchChromium();
  atlas = (await (await fetch(new URL('data/atlas.json', inject('baseUrl')))).json()) as AtlasData;
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterEach(() => closeContexts(browser));
afterAll(async () => browser?.close());

const listIds = (page: Page) => page.locator('.places button[data-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!).sort());

describe('the map experience', () => {
  it('?industry=tcm shows only matching places, in the list and on the map', async () => {
    const { page, consoleErrors } = await openApp(browser, '?lang=en&industry=tcm');
    // Places of every layer group (all are on by default); a kind with no group yet is not listed.
    const shown = new Set<string>(kindsOf(LAYER_GROUP_IDS));
    const expected = atlas.places.filter((p) => p.industries.includes('tcm') && shown.has(p.kind)).map((p) => p.id).sort();
    expect(expected.length).toBeGreaterThan(3);
    expect(await listIds(page)).toEqual(expected);
    await page.evaluate(() => (document.querySelector('[data-atlas-instance]') as any)?.medparkAtlas.map.jumpTo({ center: [110, 30], zoom: 2 }));
    expect(await renderedIds(page)).toEqual(expected);
    expect(await page.locator('input[name="industry"][value="tcm"]').isChecked()).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  it('?lang=en&select=<pilot zone> opens the panel with the declared 53.7 km²', async () => {
    const zone = atlas.places.find((p) => p.area?.declaredKm2 === 53.7)!;
    const { page } = await openApp(browser, `?lang=en&select=${zone.id}`);
    const panel = page.locator('aside.panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe(zone.name.en);
    expect(await panel.getByTestId('declared-area').textContent()).toBe('53.7 km²');
    expect(await panel.textContent()).toContain('Schematic: true size, not a boundary');
  });

  it('restores filters, selection and view from a shared URL, and back/forward walk selections', async () => {
    const { page } = await openApp(browser, '?lang=zh');
    await page.locator('input[name="region"][value="fujian"]').check();
    await page.locator('input[name="industry"][value="medical_devices"]').check();
    await page.locator('.places button[data-id]').first().click();
    await page.waitForFunction(() => location.search.includes('select='));
    await mapSettled(page); // the fly-to has ended and written the view into the hash
    await page.waitForFunction(() => /^#[\d.]+\/[\d.]+\/[\d.]+$/.test(location.hash));
    const shared = await page.evaluate(() => location.href);
    expect(shared).toMatch(/region=fujian/);
    expect(shared).toMatch(/industry=medical_devices/);
    expect(shared).toMatch(/#[\d.]+\/[\d.]+\/[\d.]+$/);
    const selected = new URL(shared).searchParams.get('select')!;

    const again = await openApp(browser, new URL(shared).search + new URL(shared).hash);
    expect(await again.page.locator('input[name="region"][value="fujian"]').isChecked()).toBe(true);
    expect(await again.page.locator('aside.panel h2').textContent()).toBe(atlas.places.find((p) => p.id === selected)!.name.zh);
    const zoom = await again.page.evaluate(() => (document.querySelector('[data-atlas-instance]') as any)?.medparkAtlas.map.getZoom());
    expect(zoom).toBeCloseTo(Number(new URL(shared).hash.slice(1).split('/')[0]), 1);

    await page.goBack();
    await expect.poll(() => page.locator('aside.panel').count()).toBe(0);
    await page.goForward();
    await expect.poll(() => page.locator('aside.panel h2').count()).toBe(1);
  });

  it('ignores malformed URL values with a warning instead of failing', async () => {
    const { page, consoleErrors, consoleWarnings } = await openApp(browser, '?lang=xx&industry=nope,tcm&select=nowhere&layers=bogus#abc');
    // The good value is kept, every bad one dropped and named in a warning.
    expect(await page.locator('input[name="industry"][value="tcm"]').isChecked()).toBe(true);
    expect(await page.locator('input[name="industry"]:checked').count()).toBe(1);
    expect(await page.locator('aside.panel').count()).toBe(0);
    expect(await page.locator('input[name="layer"]:checked').count()).toBe(0);
    const warnings = consoleWarnings.join('\n');
    for (const bad of [/lang=xx/, /industry value\(s\): nope/, /select=nowhere: no such place/, /layers value\(s\): bogus/, /map view #abc/]) expect(warnings).toMatch(bad);
    // The page falls back to defaults for what it dropped (the browser's language here: English).
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(consoleErrors).toEqual([]);
  });

  it('switching language changes UI text and map labels', async () => {
    const { page } = await openApp(browser, '?lang=en');
    expect(await page.locator('h1').textContent()).toContain('MedPark Atlas');
    const field = () => page.evaluate((id) => JSON.stringify((document.querySelector('[data-atlas-instance]') as any)?.medparkAtlas.map.getLayoutProperty(id, 'text-field')), LAYER_IDS.label);
    expect(await field()).toContain('nameEn');
    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    expect(await page.locator('h1').textContent()).toContain('医药园区地图');
    expect(await field()).toContain('nameZh');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });

  it('search finds a place by the article’s raw spelling and selects it', async () => {
    const { page } = await openApp(browser, '?lang=en');
    const target = atlas.places.find((p) => p.name.seed?.includes('Yucheng'))!;
    await page.getByRole('combobox').fill('Yucheng');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('aside.panel h2').textContent()).toBe(target.name.en);
    expect(await page.locator('aside.panel').textContent()).toContain('Identity uncertain');
  });

  it('keyboard: list → panel, with arrow keys and Enter', async () => {
    const { page } = await openApp(browser, '?lang=en&layers=pilot-zones');
    const first = page.locator('.places button[data-id]').first();
    await first.focus();
    await page.keyboard.press('ArrowDown');
    const focusedId = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => new URLSearchParams(location.search).get('select'))).toBe(focusedId);
    // Focus moves to the panel's heading so the details are read next.
    await expect.poll(() => page.evaluate(() => document.activeElement?.className.includes('place-title'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('aside.panel').count()).toBe(0);
  });

  it('uses an online basemap only when one is configured (?basemap=)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const styleUrl = 'https://basemap.example.test/style.json';
    const requested: string[] = [];
    await page.route('https://basemap.example.test/**', (route) => {
      requested.push(route.request().url());
      return route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ version: 8, sources: {}, layers: [{ id: 'online-background', type: 'background', paint: { 'background-color': '#123456' } }] }),
      });
    });
    await page.goto(new URL(`?lang=en&basemap=${encodeURIComponent(styleUrl)}`, inject('baseUrl')).href);
    await page.waitForSelector('.app[data-state="ready"]', { timeout: 45_000 });
    expect(requested).toEqual([styleUrl]);
    const layers = await page.evaluate(() => (document.querySelector('[data-atlas-instance]') as any)?.medparkAtlas.map.getStyle().layers.map((l: any) => l.id));
    expect(layers[0]).toBe('online-background');
    expect(layers).toContain(LAYER_IDS.footprintFill);
    // No offline-basemap note about coarse detail when a detailed basemap is in use.
    await page.evaluate(() => (document.querySelector('[data-atlas-instance]') as any)?.medparkAtlas.map.jumpTo({ zoom: 10 }));
    expect(await page.locator('.coarse').count()).toBe(0);
  });

  it('shows an empty state when the filters match nothing', async () => {
    const { page } = await openApp(browser, '?lang=en&layers=reference-points&industry=tcm');
    expect(await page.locator('.places [role="status"]').textContent()).toContain('No place matches');
  });

  it('has no serious or critical accessibility violations (axe)', async () => {
    const zone = atlas.places.find((p) => p.kind === 'pilot-zone')!;
    const { page } = await openApp(browser, `?lang=en&select=${zone.id}`);
    const results = await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('saves desktop and mobile screenshots for review', async () => {
    const zone = atlas.places.find((p) => p.kind === 'pilot-zone')!;
    for (const [name, viewport] of [
      ['desktop', { width: 1366, height: 850 }],
      ['mobile', { width: 390, height: 800 }],
    ] as const) {
      const { page, offOriginRequests } = await openApp(browser, `?lang=zh&select=${zone.id}`, viewport);
      await mapSettled(page);
      await page.screenshot({ path: `${SCREENSHOTS}/${name}.png` });
      if (name === 'mobile') {
        // The place panel is a bottom sheet over the map on narrow screens.
        const sheet = (await page.locator('aside.panel').boundingBox())!;
        expect(sheet.y + sheet.height).toBeCloseTo(viewport.height, -1);
        expect(sheet.width).toBeCloseTo(viewport.width, -1);
      }
      // Every header button (tools, about, language) is on screen, none clipped at the edge.
      const buttons = await page.locator('header.bar button:visible').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().right));
      expect(buttons.length).toBeGreaterThan(4);
      for (const right of buttons) expect(right).toBeLessThanOrEqual(viewport.width);
      expect(offOriginRequests).toEqual([]);
    }
  });
});
