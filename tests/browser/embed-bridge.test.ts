// The iframe way in: a host page on a second local origin embeds the atlas with ?embed=1 and drives it
// by postMessage. Commands from an allowed parent take effect and events come back; the same commands
// from a page whose origin is not allowed, or from another window, do nothing; malformed messages are
// ignored without errors; markup in ids and parameters is never rendered.
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, inject } from 'vitest';
import { closeContexts, launchChromium } from './harness.ts';
import { startHostServer, type HostServer } from './embed/host-server.ts';

let browser: Browser;
let host: HostServer;
const appOrigin = () => new URL(inject('baseUrl')).origin;

beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostServer();
});
afterEach(() => closeContexts(browser));
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

interface Embedded {
  page: Page;
  frame: Frame;
  errors: string[];
  warnings: string[];
}

/** A host page on the second origin with the atlas in an iframe at `query`. */
async function embed(query: string, { waitReady = true } = {}): Promise<Embedded> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('console', (m) => (m.type() === 'error' ? errors : m.type() === 'warning' ? warnings : []).push(m.text()));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(`${host.origin}/blank.html`);
  const src = `${appOrigin()}/${query}`;
  await page.evaluate((url) => {
    const received: { origin: string; data: unknown }[] = [];
    (window as unknown as { received: typeof received }).received = received;
    addEventListener('message', (e) => received.push({ origin: e.origin, data: e.data }));
    const frame = document.createElement('iframe');
    frame.id = 'atlas';
    frame.src = url;
    frame.style.cssText = 'width: 800px; height: 600px; border: 0';
    document.body.append(frame);
  }, src);
  let frame: Frame | undefined;
  await expect.poll(() => (frame = page.frames().find((f) => f.url().startsWith(appOrigin()))), { timeout: 20_000 }).toBeTruthy();
  if (waitReady) await frame!.waitForSelector('.app[data-state="ready"]', { timeout: 45_000 });
  return { page, frame: frame!, errors, warnings };
}

const send = (page: Page, message: unknown, targetOrigin: string) =>
  page.evaluate(([m, o]) => (document.getElementById('atlas') as HTMLIFrameElement).contentWindow!.postMessage(m, o), [message, targetOrigin] as const);

/**
 * Resolves once the atlas frame has handled every message `sender` posted to it before (one window's
 * messages arrive in order): a round trip, so "nothing happened" is checked without a sleep.
 */
async function drained(frame: Frame, sender: Frame, target: string) {
  await frame.evaluate(() => {
    const w = window as unknown as { drain?: Promise<void> };
    w.drain = new Promise<void>((resolve) => {
      const on = (e: MessageEvent) => e.data === 'test:drain' && (removeEventListener('message', on), resolve());
      addEventListener('message', on);
    });
  });
  await sender.evaluate((t) => (document.getElementById('atlas') as HTMLIFrameElement | null ?? { contentWindow: parent.frames[0] }).contentWindow!.postMessage('test:drain', t), target);
  await frame.evaluate(() => (window as unknown as { drain: Promise<void> }).drain);
}

const received = (page: Page, type?: string) =>
  page.evaluate((t) => (window as unknown as { received: { origin: string; data: { type?: string } }[] }).received.filter((r) => !t || r.data?.type === t), type);

const atlasState = (frame: Frame) =>
  frame.evaluate(() => {
    const api = (document.querySelector('[data-atlas-instance]') as unknown as { medparkAtlas: any }).medparkAtlas;
    const { select, filter, lang } = api.current();
    return { select: select as string | null, industries: filter.industries as string[], regions: filter.regions as string[], lang: lang as string, zoom: api.map.getZoom() as number };
  });

describe('embed mode and the postMessage bridge', () => {
  it('takes commands from an allowed parent on another origin and sends events back to that origin only', async () => {
    const { page, frame, errors } = await embed(`?embed=1&lang=en&origins=${encodeURIComponent(host.origin)}`);
    // ready arrives, addressed to the host's origin (from the frame's origin), with the state.
    await expect.poll(() => received(page, 'medpark-atlas:ready')).toHaveLength(1);
    const [ready] = await received(page, 'medpark-atlas:ready');
    expect(ready.origin).toBe(appOrigin());
    expect(ready.data).toMatchObject({ version: 1, select: null, lang: 'en', filter: { industries: [], regions: [] } });

    await send(page, { type: 'medpark-atlas:select', version: 1, id: 'fcg-pilot-zone' }, appOrigin());
    await expect.poll(() => received(page, 'medpark-atlas:select')).toEqual([{ origin: appOrigin(), data: { type: 'medpark-atlas:select', version: 1, id: 'fcg-pilot-zone' } }]);
    expect((await atlasState(frame)).select).toBe('fcg-pilot-zone');
    // The place panel shows it; the "open full map" link carries the selection, without the embed-only keys.
    await frame.waitForSelector('aside.panel');
    const full = new URL(await frame.getAttribute('[data-atlas-embed]', 'href') as string);
    expect(full.searchParams.get('select')).toBe('fcg-pilot-zone');
    expect(full.searchParams.has('embed')).toBe(false);
    expect(full.searchParams.has('origins')).toBe(false);

    await send(page, { type: 'medpark-atlas:filter', version: 1, industries: ['tcm', 'no-such-code'], regions: ['fujian'] }, appOrigin());
    await expect.poll(() => received(page, 'medpark-atlas:filter')).toHaveLength(1);
    expect((await received(page, 'medpark-atlas:filter'))[0].data).toMatchObject({ industries: ['tcm'], regions: ['fujian'] });
    expect(await atlasState(frame)).toMatchObject({ industries: ['tcm'], regions: ['fujian'] });

    await send(page, { type: 'medpark-atlas:lang', version: 1, lang: 'zh' }, appOrigin());
    await expect.poll(() => frame.getAttribute('.app', 'lang')).toBe('zh-CN');

    const before = (await received(page, 'medpark-atlas:view')).length;
    await send(page, { type: 'medpark-atlas:fly', version: 1, center: [118.0, 24.5], zoom: 7 }, appOrigin());
    await expect.poll(async () => (await received(page, 'medpark-atlas:view')).length).toBeGreaterThan(before);
    const view = (await received(page, 'medpark-atlas:view')).at(-1)!.data as unknown as { center: [number, number]; zoom: number };
    expect(view.zoom).toBeCloseTo(7, 5);
    expect(view.center[0]).toBeCloseTo(118.0, 3);
    expect(view.center[1]).toBeCloseTo(24.5, 3);
    // Auto-height: the frame reports the height its content needs.
    const resize = (await received(page, 'medpark-atlas:resize'))[0].data as unknown as { height: number };
    expect(resize.height).toBe(600);

    // Every event went to the host's origin: nothing else was delivered to this page.
    for (const r of await received(page)) expect(r.origin).toBe(appOrigin());
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('ignores commands from a page whose origin is not allowed, and sends it no events', async () => {
    const { page, frame, errors, warnings } = await embed('?embed=1&lang=en');
    for (let i = 0; i < 3; i++) await send(page, { type: 'medpark-atlas:select', version: 1, id: 'fcg-pilot-zone' }, appOrigin());
    await send(page, { type: 'medpark-atlas:filter', version: 1, industries: ['tcm'] }, appOrigin());
    await drained(frame, page.mainFrame(), appOrigin());
    expect(await atlasState(frame)).toMatchObject({ select: null, industries: [] });
    expect(await received(page)).toEqual([]);
    // Logged once (per origin), not once per message.
    expect(warnings.filter((w) => w.includes(`ignored a command from ${host.origin}`))).toHaveLength(1);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('ignores commands from another window, even one on an allowed origin', async () => {
    const { page, frame, errors, warnings } = await embed(`?embed=1&lang=en&origins=${encodeURIComponent(host.origin)}`);
    // The parent's own command takes effect…
    await send(page, { type: 'medpark-atlas:select', version: 1, id: 'fcg-pilot-zone' }, appOrigin());
    await expect.poll(async () => (await atlasState(frame)).select).toBe('fcg-pilot-zone');
    // …a sibling frame on the allowed origin posting to the atlas frame is not the parent: ignored.
    await page.evaluate(
      (origin) =>
        new Promise<void>((resolve) => {
          const sibling = document.createElement('iframe');
          sibling.src = `${origin}/blank.html`;
          sibling.onload = () => resolve();
          document.body.append(sibling);
        }),
      host.origin,
    );
    const sibling = page.frames().find((f) => f.url() === `${host.origin}/blank.html` && f !== page.mainFrame())!;
    await sibling.evaluate((target) => parent.frames[0].postMessage({ type: 'medpark-atlas:select', version: 1, id: 'fcg-park-medical-rnd' }, target), appOrigin());
    await drained(frame, sibling, appOrigin());
    expect((await atlasState(frame)).select).toBe('fcg-pilot-zone');
    expect(warnings.filter((w) => w.includes('other than the parent'))).toHaveLength(1);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('ignores malformed messages without an error, and still obeys a good one afterwards', async () => {
    const { page, frame, errors } = await embed(`?embed=1&lang=en&origins=${encodeURIComponent(host.origin)}`);
    const bad: unknown[] = [
      null,
      'medpark-atlas:select',
      42,
      [1, 2],
      { type: 'medpark-atlas:select' },
      { type: 'medpark-atlas:select', version: 2, id: 'fcg-pilot-zone' },
      { type: 'medpark-atlas:select', version: 1, id: { toString: 'x' } },
      { type: 'medpark-atlas:select', version: 1, id: 'x'.repeat(10_000) },
      { type: 'medpark-atlas:filter', version: 1, industries: 42 },
      { type: 'medpark-atlas:filter', version: 1, near: [{ kind: { deep: 1 } }] },
      { type: 'medpark-atlas:filter', version: 1, industries: Array.from({ length: 10_000 }, () => 'tcm') },
      { type: 'medpark-atlas:fly', version: 1, center: ['118', 24], zoom: 5 },
      { type: 'medpark-atlas:fly', version: 1, center: [1e9, 24], zoom: 5 },
      { type: 'medpark-atlas:fly', version: 1, center: [118, 24], zoom: Number.NaN },
      { type: 'medpark-atlas:lang', version: 1, lang: 'fr' },
      { type: 'medpark-atlas:explode', version: 1 },
      { type: 'medpark-atlas:select', version: 1, id: '<img src=x onerror="document.title=1">' },
      { type: 'other-library:ping' },
    ];
    for (const message of bad) await send(page, message, appOrigin());
    // A good command after them: once it is applied, every earlier message has been handled (in order), no sleep.
    await send(page, { type: 'medpark-atlas:select', version: 1, id: 'fcg-pilot-zone' }, appOrigin());
    await expect.poll(async () => (await atlasState(frame)).select).toBe('fcg-pilot-zone');
    expect(await atlasState(frame)).toMatchObject({ industries: [], lang: 'en' });
    expect(await frame.locator('img[src="x"]').count()).toBe(0);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('renders markup in URL parameters as text, never as HTML', async () => {
    const hostile = '<b id="injected">x</b>';
    const { frame } = await embed(`?embed=1&lang=en&select=${encodeURIComponent(hostile)}&industry=${encodeURIComponent(hostile)}&origins=${encodeURIComponent(hostile)}#${encodeURIComponent(hostile)}`);
    expect(await frame.locator('#injected').count()).toBe(0);
    expect((await atlasState(frame)).select).toBeNull();
  });
});
