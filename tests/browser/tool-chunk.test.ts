/**
 * A tool whose chunk fails to load (a deploy replaced the hashed file, or the network dropped) tells the
 * reader so, in their language, and leaves the map as it was; opening the tool again retries.
 */
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { STRINGS } from '../../src/lib/i18n/strings.ts';
import { PLANNER_STRINGS } from '../../src/lib/planner/planner-strings.ts';
import { closeContexts, launchChromium, openApp } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(() => closeContexts(browser));
afterAll(async () => browser?.close());

const MEASURE_CHUNK = /\/assets\/MeasurePanel-[^/]*\.js$/;

describe('a tool chunk that fails to load', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`says so in ${lang}, keeps the map, and loads on the next try`, async () => {
      const { page, consoleWarnings } = await openApp(browser, `?lang=${lang}`);
      await page.route(MEASURE_CHUNK, (route) => route.abort('internetdisconnected'));
      const open = page.getByRole('button', { name: PLANNER_STRINGS.measure[lang], exact: true });
      await open.click();
      const alert = page.getByTestId('tool-load-error');
      await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toContain(STRINGS.toolLoadFailed[lang]);
      expect(await alert.isVisible()).toBe(true);
      expect(consoleWarnings.some((w) => w.includes('a tool could not load'))).toBe(true);
      expect(await page.locator('.app').getAttribute('data-state')).toBe('ready');
      expect(await page.locator('.maplibregl-canvas').isVisible()).toBe(true);

      // The notice closes with the tool; the next opening fetches the chunk again and shows the panel.
      await alert.getByRole('button', { name: STRINGS.close[lang] }).click();
      await expect.poll(() => alert.count()).toBe(0);
      await page.unroute(MEASURE_CHUNK);
      await open.click();
      await page.locator('[data-testid="measure-output"]').waitFor({ timeout: 15_000 });
      expect(await alert.count()).toBe(0);
    });
  }
});
