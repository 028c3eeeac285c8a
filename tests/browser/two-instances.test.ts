// Two atlas instances on one page (examples/two-maps.html): independent state, camera and URL; no shared
// history, no id collisions; the second lives in a shadow root.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { closeContexts, launchChromium } from './harness.ts';

let browser: Browser;
beforeAll(async () => (browser = await launchChromium()));
afterEach(() => closeContexts(browser));
afterAll(async () => browser?.close());

/** Evaluates `fn` against instance `i` (0: light DOM, 1: inside the shadow root). */
function onInstance<T>(page: Page, i: number, fn: string): Promise<T> {
  return page.evaluate(
    ([index, body]) => {
      const roots = [document, document.getElementById('second')!.shadowRoot!];
      const api = (roots[index].querySelector('[data-atlas-instance]') as any).medparkAtlas;
      return new Function('api', 'root', `return (${body})`)(api, roots[index]);
    },
    [i, fn] as const,
  ) as Promise<T>;
}

async function openTwo(): Promise<{ page: Page; errors: string[] }> {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 800 } })).newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && errors.push(`HTTP ${r.status()} ${r.url()}`));
  await page.goto(new URL('examples/two-maps.html', inject('baseUrl')).href);
  await page.locator('#first .app[data-state="ready"]').waitFor({ timeout: 45_000 });
  await page.locator('#second .app[data-state="ready"]').waitFor({ timeout: 45_000 });
  return { page, errors };
}

describe('two instances on one page', () => {
  it('keep their own filters, selection, camera and language, and leave the page URL and history alone', async () => {
    const { page, errors } = await openTwo();
    const historyBefore = await page.evaluate(() => history.length);
    const hrefBefore = await page.evaluate(() => location.href);
    expect(await onInstance(page, 0, 'api.current().lang')).toBe('en');
    expect(await onInstance(page, 1, 'api.current().lang')).toBe('zh');
    // The second's URL asked for TCM only; the first is unfiltered.
    expect(await onInstance(page, 1, 'api.current().filter.industries')).toEqual(['tcm']);
    expect(await onInstance(page, 0, 'api.current().filter.industries')).toEqual([]);

    // Filter the first through its own checkbox: the second does not follow.
    const firstCount = () => page.locator('#first [data-testid="list-count"]').textContent();
    const secondCount = await onInstance<number>(page, 1, 'api.listed().length');
    const before = await firstCount();
    // Narrow boxes keep the filters behind their toggle.
    await page.locator('#first button.narrow-only').click();
    await page.locator('#first input[name="industry"][value="medical_devices"]').check();
    await expect.poll(firstCount).not.toBe(before);
    expect(await onInstance(page, 1, 'api.listed().length')).toBe(secondCount);
    expect(await onInstance(page, 1, 'api.current().filter.industries')).toEqual(['tcm']);

    // Select in the first from its list: it flies; the second neither selects nor moves.
    const centreOf = (i: number) => onInstance<[number, number]>(page, i, 'api.map.getCenter().toArray()');
    const secondCentre = await centreOf(1);
    const firstCentre = await centreOf(0);
    await page.locator('#first .places button[data-id]').first().click();
    await page.locator('#first button.narrow-only').click();
    await page.locator('#first aside.panel h2').waitFor();
    await expect.poll(async () => (await centreOf(0)).join()).not.toBe(firstCentre.join());
    expect(await onInstance(page, 1, 'api.current().select')).toBeNull();
    expect(await centreOf(1)).toEqual(secondCentre);

    // Each instance keeps its URL in memory: the page's address and history are untouched.
    expect(await page.evaluate(() => location.href)).toBe(hrefBefore);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    expect(await page.evaluate(() => document.title)).toBe('MedPark Atlas · two instances on one page');
    expect(errors).toEqual([]);
  });

  it('have no id collisions, and lay out by their own width (both narrow in a wide window)', async () => {
    const { page } = await openTwo();
    const ids = await page.evaluate(() => {
      const all = [...document.querySelectorAll('[id]'), ...document.getElementById('second')!.shadowRoot!.querySelectorAll('[id]')];
      return all.map((e) => e.id).filter((id) => id !== 'first' && id !== 'second');
    });
    expect(ids.length).toBeGreaterThan(4);
    expect(ids.length).toBe(new Set(ids).size);
    // A box about 690 px wide is a narrow layout whatever the window: the list is behind its toggle.
    expect(await page.locator('#first button.narrow-only').isVisible()).toBe(true);
    expect(await page.locator('#first aside.sidebar').isVisible()).toBe(false);
  });

  it('list arrow keys work inside a shadow root', async () => {
    const { page } = await openTwo();
    await page.locator('#second button.narrow-only').click();
    const rows = page.locator('#second .places button[data-id]');
    await rows.first().waitFor({ state: 'visible' });
    await page.locator('#second aside.sidebar').evaluate((el) => new Promise((r) => (getComputedStyle(el).visibility === 'visible' ? r(null) : el.addEventListener('transitionend', () => r(null), { once: true }))));
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.getElementById('second')!.shadowRoot!.activeElement?.getAttribute('data-id'));
    expect(focused).toBe(await rows.nth(1).getAttribute('data-id'));
  });
});
