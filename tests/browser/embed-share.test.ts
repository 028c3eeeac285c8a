// The Share / Embed dialog: its link, iframe snippet and custom-element snippet each reproduce the
// view, filters, selection and language they were made from (the snippets run on a second origin).
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeContexts, launchChromium, openApp } from './harness.ts';
import { startHostServer, type HostServer } from './embed/host-server.ts';

let browser: Browser;
let host: HostServer;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostServer();
});
afterEach(() => closeContexts(browser));
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

interface Shown {
  select: string | null;
  industries: string[];
  lang: string;
  zoom: number;
  center: [number, number];
}
// Reads an instance's state: the first instance in the document, or inside an element's shadow root.
const READ = (root: Document | ShadowRoot): Shown => {
  const api = (root.querySelector('[data-atlas-instance]') as unknown as { medparkAtlas: any }).medparkAtlas;
  const c = api.map.getCenter();
  const { select, filter, lang } = api.current();
  return { select, industries: filter.industries, lang, zoom: api.map.getZoom(), center: [c.lng, c.lat] };
};

function expectSame(actual: Shown, expected: Shown) {
  expect({ select: actual.select, industries: actual.industries, lang: actual.lang }).toEqual({ select: expected.select, industries: expected.industries, lang: expected.lang });
  expect(actual.zoom).toBeCloseTo(expected.zoom, 1);
  expect(actual.center[0]).toBeCloseTo(expected.center[0], 2);
  expect(actual.center[1]).toBeCloseTo(expected.center[1], 2);
}

/** Inserts HTML into the page with its scripts running (innerHTML alone would not run them). */
const insert = (page: Page, html: string) =>
  page.evaluate((snippet) => {
    const template = document.createElement('template');
    template.innerHTML = snippet;
    for (const old of template.content.querySelectorAll('script')) {
      const script = document.createElement('script');
      for (const { name, value } of old.attributes) script.setAttribute(name, value);
      old.replaceWith(script);
    }
    document.body.append(template.content);
  }, html);

async function snippetsFrom(query: string, view: { center: [number, number]; zoom: number } | null) {
  const { page } = await openApp(browser, query, { width: 1100, height: 800 });
  if (view)
    await page.evaluate((v) => new Promise<void>((resolve) => {
      const map = (document.querySelector('[data-atlas-instance]') as unknown as { medparkAtlas: any }).medparkAtlas.map;
      map.once('moveend', () => resolve());
      map.jumpTo(v);
    }), view);
  const original = await page.evaluate(READ, (await page.evaluateHandle(() => document)) as never);
  await page.locator('header button', { hasText: /Share \/ Embed|分享 \/ 嵌入/ }).click();
  const snippet = (id: string) => page.inputValue(`[data-snippet="${id}"]`);
  return { page, original, link: await snippet('link'), iframe: await snippet('iframe'), element: await snippet('element') };
}

/** What each of the three ways in shows, opened on the second origin (the link on the app's own). */
async function reproduce(page: Page, snippets: { link: string; iframe: string; element: string }): Promise<Shown[]> {
  const linked = await page.context().newPage();
  await linked.goto(snippets.link);
  await linked.waitForSelector('.app[data-state="ready"]');
  const viaLink = await linked.evaluate(READ, (await linked.evaluateHandle(() => document)) as never);

  const hostPage = await page.context().newPage();
  await hostPage.goto(`${host.origin}/blank.html`);
  await insert(hostPage, snippets.iframe);
  await expect.poll(() => hostPage.frames().find((f) => f.url().includes('embed=1')), { timeout: 20_000 }).toBeTruthy();
  const frame = hostPage.frames().find((f) => f.url().includes('embed=1'))!;
  await frame.waitForSelector('.app[data-state="ready"]', { timeout: 45_000 });
  const viaIframe = await frame.evaluate(READ, (await frame.evaluateHandle(() => document)) as never);

  const elementPage = await page.context().newPage();
  await elementPage.goto(`${host.origin}/blank.html`);
  await insert(elementPage, snippets.element);
  await elementPage.waitForFunction(() => document.querySelector('medpark-atlas')?.shadowRoot?.querySelector('.app[data-state="ready"]'), null, { timeout: 45_000 });
  const viaElement = await elementPage.evaluate(READ, (await elementPage.evaluateHandle(() => document.querySelector('medpark-atlas')!.shadowRoot!)) as never);
  return [viaLink, viaIframe, viaElement];
}

describe('Share / Embed', () => {
  it('the link, the iframe snippet and the element snippet each reproduce the view, filters and language', async () => {
    const { page, original, ...snippets } = await snippetsFrom('?lang=zh&industry=tcm', { center: [118.1, 24.6], zoom: 7.5 });
    expect(snippets.link).toMatch(/#7\.5\/24\.6\/118\.1$/);
    for (const shown of await reproduce(page, snippets)) expectSame(shown, original);
  });

  it('… and the selection', async () => {
    const { page, original, ...snippets } = await snippetsFrom('?lang=en&select=fcg-pilot-zone', null);
    // A URL selection is flown to at start (core behaviour), so the view follows the box's size: compare the state only.
    for (const shown of await reproduce(page, snippets)) expect({ select: shown.select, lang: shown.lang }).toEqual({ select: original.select, lang: original.lang });
  });
});
