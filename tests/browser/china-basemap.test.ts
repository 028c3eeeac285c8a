// The offline basemap as China's maps draw China, in real WebGL pixels at the national view (the app's
// first view): the dashed line's nine segments and the six island groups' symbols; and the
// schematic-map note in app and embed, zh and en.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { BASE_LAYER_IDS } from '../../src/lib/map/base-style.ts';
import { STRINGS } from '../../src/lib/i18n/strings.ts';
import { closeContexts, launchChromium, openApp } from './harness.ts';
import { startHostServer, type HostServer } from './embed/host-server.ts';

let browser: Browser;
let host: HostServer;
beforeAll(async () => {
  browser = await launchChromium();
  host = await startHostServer();
  host.setApp(new URL(inject('baseUrl')).origin);
});
afterEach(() => closeContexts(browser));
afterAll(async () => {
  await browser?.close();
  await host?.close();
});

const dashes = (JSON.parse(readFileSync('data/basemap/ne_10m_admin_0_boundary_lines_maritime_indicator_chn.geojson', 'utf8')) as { features: { geometry: { coordinates: [number, number][] } }[] }).features.map(
  (f) => f.geometry.coordinates[Math.floor(f.geometry.coordinates.length / 2)],
);

/** Per position, the largest colour difference in a 3×3 pixel block between two canvas captures. */
async function capture(page: Page): Promise<string> {
  return (await page.locator('.maplibregl-canvas').screenshot()).toString('base64');
}
async function differences(page: Page, a: string, b: string, at: [number, number][]): Promise<number[]> {
  return page.evaluate(
    async ([one, two, points]) => {
      const map = (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map;
      const decode = async (png: string) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
        const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return { ctx, scale: bitmap.width / map.getCanvas().clientWidth };
      };
      const [p, q] = [await decode(one), await decode(two)];
      return points.map(([lng, lat]) => {
        const { x, y } = map.project([lng, lat]);
        const [cx, cy] = [Math.round(x * p.scale) - 1, Math.round(y * p.scale) - 1];
        const d1 = p.ctx.getImageData(cx, cy, 3, 3).data;
        const d2 = q.ctx.getImageData(cx, cy, 3, 3).data;
        let most = 0;
        for (let i = 0; i < d1.length; i += 4) most = Math.max(most, Math.abs(d1[i] - d2[i]) + Math.abs(d1[i + 1] - d2[i + 1]) + Math.abs(d1[i + 2] - d2[i + 2]));
        return most;
      });
    },
    [a, b, at] as const,
  );
}

/** Sets the visibility of layers and resolves at the next idle. */
function show(page: Page, layers: Record<string, boolean>): Promise<void> {
  return page.evaluate(
    (which) =>
      new Promise<void>((resolve) => {
        const map = (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map;
        map.once('idle', () => resolve());
        for (const [id, on] of Object.entries(which)) map.setLayoutProperty(id, 'visibility', on ? 'visible' : 'none');
        map.triggerRepaint();
      }),
    layers,
  );
}

describe('the national view as China’s maps draw it', () => {
  it('draws the nine segments of the dashed line and the six island groups’ symbols, and says it is a schematic map (zh, then en)', async () => {
    const { page, offOriginRequests } = await openApp(browser, '?lang=zh');
    // The first view, untouched: it must hold the South China Sea down to the southern dash (3.4°N).
    const view = await page.evaluate(() => (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map.getBounds().toArray() as [[number, number], [number, number]]);
    for (const [lng, lat] of dashes) expect(lng > view[0][0] && lng < view[1][0] && lat > view[0][1] && lat < view[1][1], `dash at ${lng}, ${lat} in the first view ${JSON.stringify(view)}`).toBe(true);
    const islands = await page.evaluate(() => {
      const map = (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map;
      return (map.querySourceFeatures('base', { sourceLayer: 'labels', filter: ['==', ['get', 'kind'], 'island'] }) as { properties: { id: string; name_zh: string }; geometry: { coordinates: [number, number] } }[]).map((f) => ({
        id: f.properties.id,
        at: f.geometry.coordinates,
      }));
    });
    const unique = [...new Map(islands.map((i) => [i.id, i])).values()];
    expect(unique.map((i) => i.id).sort()).toEqual(['chiwei', 'diaoyu', 'dongsha', 'nansha', 'xisha', 'zhongsha']);

    // Only the basemap's shapes: data layers and every label hidden, so nothing else covers a probe.
    const others = await page.evaluate(() => (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map.getStyle().layers.filter((l: any) => !l.id.startsWith('base-') || l.type === 'symbol').map((l: any) => l.id) as string[]);
    await show(page, Object.fromEntries(others.map((id) => [id, false])));
    const drawn = await capture(page);
    await show(page, { [BASE_LAYER_IDS.claimLines]: false, [BASE_LAYER_IDS.islandDots]: false });
    const bare = await capture(page);
    const dashDiff = await differences(page, drawn, bare, dashes);
    const islandDiff = await differences(page, drawn, bare, unique.map((i) => i.at));
    expect(dashDiff.every((d) => d > 40), `dash pixels differ by ${dashDiff}`).toBe(true);
    expect(islandDiff.every((d) => d > 40), `island pixels differ by ${islandDiff} (${unique.map((i) => i.id)})`).toBe(true);

    const note = page.locator('.stage .note');
    await expect.poll(() => note.textContent()).toBe(STRINGS.basemapNote.zh);
    expect(await note.isVisible()).toBe(true);
    expect(STRINGS.basemapNote.zh).toBe('示意图，非标准地图，未经审核');
    await page.locator('.actions button', { hasText: 'English' }).click();
    await expect.poll(() => note.textContent()).toBe('Schematic map, not a reviewed standard map');
    expect(await note.isVisible()).toBe(true);
    expect(await page.content()).not.toContain('审图号');
    expect(offOriginRequests).toEqual([]);
  });

  it('says it is a schematic map in the embedded element too, en and zh', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${host.origin}/two-elements.html`);
    const note = (id: string) =>
      page.evaluate((elementId) => {
        const el = document.getElementById(elementId)!.shadowRoot!.querySelector('.note') as HTMLElement | null;
        if (!el) return null;
        const box = el.getBoundingClientRect();
        return { text: el.textContent, visible: el.checkVisibility() && box.width > 0 && box.height > 0 };
      }, id);
    await expect.poll(() => note('a'), { timeout: 45_000 }).toEqual({ text: 'Schematic map, not a reviewed standard map', visible: true });
    await expect.poll(() => note('b'), { timeout: 45_000 }).toEqual({ text: '示意图，非标准地图，未经审核', visible: true });
  });
});
