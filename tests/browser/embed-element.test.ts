// The custom-element way in: a host page on a second local origin loads <medpark-atlas> from the
// app's origin, twice. Attributes and methods work, events fire, the two are independent, and styles
// cross the shadow boundary in neither direction.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, inject } from 'vitest';
import { closeContexts, launchChromium } from './harness.ts';
import { startHostServer, type HostServer } from './embed/host-server.ts';

let browser: Browser;
let host: HostServer;
const appOrigin = () => new URL(inject('baseUrl')).origin;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostServer();
  host.setApp(appOrigin());
});
afterEach(() => closeContexts(browser));
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

interface AtlasEvent {
  element: string;
  type: string;
  detail: Record<string, unknown>;
}
const events = (page: Page, type?: string, element?: string) =>
  page.evaluate(([t, e]) => (window as unknown as { atlasEvents: AtlasEvent[] }).atlasEvents.filter((x) => (!t || x.type === t) && (!e || x.element === e)), [type, element] as const);

const stateOf = (page: Page, id: string) =>
  page.evaluate((elementId) => {
    const api = (document.getElementById(elementId) as unknown as { atlas: any }).atlas;
    const { select, filter, lang } = api.current();
    return { select: select as string | null, industries: filter.industries as string[], regions: filter.regions as string[], lang: lang as string, zoom: api.map.getZoom() as number };
  }, id);

describe('<medpark-atlas>', () => {
  it('two elements on a page from another origin: attributes, methods and events, each independent, styles isolated', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 1000 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await page.goto(`${host.origin}/two-elements.html`);
    await expect.poll(async () => (await events(page, 'ready')).map((e) => e.element).sort(), { timeout: 45_000 }).toEqual(['a', 'b']);

    // Attributes at start.
    expect(await stateOf(page, 'a')).toMatchObject({ select: null, industries: ['tcm'], lang: 'en' });
    expect(await stateOf(page, 'b')).toMatchObject({ select: 'fcg-pilot-zone', industries: [], lang: 'zh' });
    const text = (id: string, selector: string) => page.evaluate(([i, s]) => document.getElementById(i)!.shadowRoot!.querySelector(s)?.textContent ?? null, [id, selector] as const);
    expect(await text('b', 'aside.panel h2')).toBeTruthy();

    // Reactive attributes: only that element, only that key.
    await page.evaluate(() => document.getElementById('a')!.setAttribute('select', 'fcg-park-medical-rnd'));
    await expect.poll(() => events(page, 'select', 'a')).toEqual([{ element: 'a', type: 'select', detail: { id: 'fcg-park-medical-rnd' } }]);
    expect(await stateOf(page, 'a')).toMatchObject({ select: 'fcg-park-medical-rnd', industries: ['tcm'] });
    expect((await stateOf(page, 'b')).select).toBe('fcg-pilot-zone');
    await page.evaluate(() => document.getElementById('a')!.setAttribute('lang', 'zh'));
    await expect.poll(async () => (await stateOf(page, 'a')).lang).toBe('zh');
    // An unknown id in an attribute is dropped (with a warning), the selection cleared, nothing rendered from it.
    await page.evaluate(() => document.getElementById('a')!.setAttribute('select', '<img id="injected" src="x">'));
    await expect.poll(async () => (await stateOf(page, 'a')).select).toBeNull();

    // Methods.
    await page.evaluate(() => (document.getElementById('b') as unknown as { setFilter(f: unknown): Promise<unknown> }).setFilter({ regions: ['fujian'] }));
    await expect.poll(() => events(page, 'filterchange', 'b')).toEqual([{ element: 'b', type: 'filterchange', detail: expect.objectContaining({ industries: [], regions: ['fujian'], levels: [], zoneTypes: [], near: [] }) }]);
    expect((await stateOf(page, 'a')).regions).toEqual([]);
    await page.evaluate(() => (document.getElementById('b') as unknown as { setLang(l: string): Promise<boolean> }).setLang('en'));
    await expect.poll(async () => (await stateOf(page, 'b')).lang).toBe('en');
    expect(await page.evaluate(() => (document.getElementById('b') as unknown as { select(id: string): Promise<boolean> }).select('no-such-place'))).toBe(false);
    const bViews = (await events(page, 'viewchange', 'b')).length;
    await page.evaluate(() => (document.getElementById('a') as unknown as { flyTo(v: unknown): Promise<boolean> }).flyTo({ center: [118, 24.5], zoom: 6 }));
    await expect.poll(async () => (await events(page, 'viewchange', 'a')).length).toBeGreaterThan(0);
    expect((await events(page, 'viewchange', 'a')).at(-1)!.detail).toMatchObject({ zoom: 6 });
    // b may still report its own earlier moves (its filter change) while a flies, so the check is on
    // what b reports after a's flight: never a's camera.
    const aCamera = (e: { detail: unknown }) => Math.abs((e.detail as { zoom: number }).zoom - 6) < 1e-3;
    expect((await events(page, 'viewchange', 'b')).slice(bViews).filter(aCamera)).toEqual([]);
    expect((await stateOf(page, 'b')).zoom).not.toBeCloseTo(6, 3);

    // Styles: the host's rules do not reach in…
    const inside = await page.evaluate(() => {
      const root = document.getElementById('a')!.shadowRoot!;
      const button = root.querySelector('button')!;
      const app = root.querySelector('.app')!;
      const canvas = root.querySelector('.maplibregl-canvas')!;
      return { button: getComputedStyle(button).backgroundColor, font: getComputedStyle(app).fontFamily, color: getComputedStyle(app).color, app: getComputedStyle(app).display, canvas: getComputedStyle(canvas).display, ctrl: getComputedStyle(root.querySelector('.maplibregl-ctrl-group')!).borderRadius };
    });
    expect(inside.button).not.toBe('rgb(255, 105, 180)');
    expect(inside.font).not.toBe('serif');
    expect(inside.color).toBe('rgb(31, 41, 55)');
    expect(inside.app).toBe('flex');
    expect(inside.canvas).not.toBe('none');
    // MapLibre's own CSS reached the shadow root (its control group has rounded corners).
    expect(inside.ctrl).toBe('4px');
    // …and the atlas's rules do not leak out: the host's sidebar and button keep the host's look, no style lands in the document.
    const outside = await page.evaluate(() => ({
      sidebar: getComputedStyle(document.getElementById('host-sidebar')!).position,
      width: getComputedStyle(document.getElementById('host-sidebar')!).width,
      documentStyles: document.querySelectorAll('style').length + document.adoptedStyleSheets.length,
      button: getComputedStyle(document.getElementById('host-button')!).backgroundColor,
    }));
    expect(outside).toMatchObject({ sidebar: 'static', documentStyles: 0, button: 'rgb(255, 105, 180)' });
    expect(outside.width).not.toBe('304px');
    expect(await page.locator('#injected').count()).toBe(0);
    expect(await page.evaluate(() => document.getElementById('a')!.shadowRoot!.querySelector('#injected'))).toBeNull();
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
