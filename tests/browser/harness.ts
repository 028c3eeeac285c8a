/**
 * Drives the built app in Debian's Chromium (never a downloaded browser) and records what a test must
 * check on every page: console errors, page errors and requests that leave the origin.
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { POINT_SOURCE } from '../../src/lib/map/place-layers.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });
}

/** Closes every context the test opened (for `afterEach`: a failing test leaks no page into the next). */
export async function closeContexts(browser: Browser | undefined): Promise<void> {
  await Promise.all((browser?.contexts() ?? []).map((context) => context.close()));
}

export interface AppPage {
  page: Page;
  origin: string;
  consoleErrors: string[];
  /** Console warnings (ignored URL values are reported there). */
  consoleWarnings: string[];
  /** Requests to any origin but the app's own (data: and blob: URLs are local). */
  offOriginRequests: string[];
  /** Every request the page and its workers made, in order. */
  requests: string[];
}

/** Opens the app at `path` (e.g. `?lang=en`) and waits until map and data are ready. */
export async function openApp(browser: Browser, path = '', viewport = { width: 1280, height: 800 }): Promise<AppPage> {
  const base = new URL(inject('baseUrl'));
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const consoleWarnings: string[] = [];
  const offOriginRequests: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => (m.type() === 'error' ? consoleErrors : m.type() === 'warning' ? consoleWarnings : []).push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(`pageerror: ${e.message}`));
  page.on('response', (r) => r.status() >= 400 && consoleErrors.push(`HTTP ${r.status()} ${r.url()}`));
  page.on('request', (r) => {
    requests.push(r.url());
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== base.origin) offOriginRequests.push(r.url());
  });
  await page.goto(new URL(path, base).href);
  await page.waitForSelector('.app[data-state="ready"]', { timeout: 45_000 });
  return { page, origin: base.origin, consoleErrors, consoleWarnings, offOriginRequests, requests };
}

/** Moves the map and resolves once MapLibre is idle again. */
export async function jumpAndIdle(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(
    ([lng, lat, z]) =>
      new Promise<void>((resolve) => {
        const map = (document.querySelector('[data-atlas-instance]') as any)?.medparkAtlas.map;
        map.once('idle', () => resolve());
        map.jumpTo({ center: [lng, lat], zoom: z });
      }),
    [center[0], center[1], zoom] as const,
  );
}

/** Shows or hides a map layer and waits for the next idle. */
export async function setLayerVisible(page: Page, layerId: string, visible: boolean): Promise<void> {
  await page.evaluate(
    ([id, show]) =>
      new Promise<void>((resolve) => {
        const map = (document.querySelector('[data-atlas-instance]') as any)?.medparkAtlas.map;
        map.once('idle', () => resolve());
        map.setLayoutProperty(id, 'visibility', show ? 'visible' : 'none');
        map.triggerRepaint();
      }),
    [layerId, visible] as const,
  );
}

/** Hides every label layer, so a pixel probe reads shapes, not text that collision placement moved there. */
export async function hideLabels(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (document.querySelector('[data-atlas-instance]') as any)?.medparkAtlas.map;
        map.once('idle', () => resolve());
        for (const layer of map.getStyle().layers) if (layer.type === 'symbol') map.setLayoutProperty(layer.id, 'visibility', 'none');
        map.triggerRepaint();
      }),
  );
}

/**
 * The colour a person sees at a geographic position: a screenshot of the map canvas, decoded in the
 * page (works without preserveDrawingBuffer, since it captures the composited frame).
 */
export async function pixelAt(page: Page, lngLat: [number, number]): Promise<[number, number, number]> {
  const canvas = page.locator('.maplibregl-canvas');
  const png = await canvas.screenshot();
  return page.evaluate(
    async ([base64, lng, lat]) => {
      const map = (document.querySelector('[data-atlas-instance]') as any)?.medparkAtlas.map;
      const { x, y } = map.project([lng, lat]);
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
      const scale = bitmap.width / map.getCanvas().clientWidth;
      const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const d = ctx.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
      return [d[0], d[1], d[2]] as [number, number, number];
    },
    [png.toString('base64'), lngLat[0], lngLat[1]] as const,
  );
}

/** Resolves once the map has stopped moving and is idle (a fly-to has ended and written the view). */
export async function mapSettled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map;
        const check = () => (!map.isMoving() && map.loaded() ? resolve() : map.once('idle', check));
        check();
      }),
  );
}

/** Ids of place features MapLibre renders in the whole world: the points drawn alone and the members of the clusters drawn. */
export async function renderedIds(page: Page): Promise<string[]> {
  return page.evaluate(
    (sourceId) =>
      new Promise<string[]>((resolve) => {
        const map = (document.querySelector('[data-atlas-instance]') as any)?.medparkAtlas.map;
        const read = async () => {
          const source = map.getSource(sourceId);
          const ids = new Set<string>();
          for (const f of map.querySourceFeatures(sourceId)) {
            if (!f.properties.cluster) ids.add(f.properties.id);
            else for (const leaf of await source.getClusterLeaves(f.properties.cluster_id, f.properties.point_count, 0)) ids.add(leaf.properties.id);
          }
          resolve([...ids].sort());
        };
        if (map.loaded()) void read();
        else map.once('idle', read);
      }),
    POINT_SOURCE,
  );
}
