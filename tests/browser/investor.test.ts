import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../src/lib/map/place-layers.ts';
import { HIGHLIGHT_COLOUR, LEGEND_BORDER } from '../../src/lib/investor/map-image.ts';
import { nearStatus, ProximityIndex, type ProximityData } from '../../src/lib/investor/proximity.ts';
import { closeContexts, jumpAndIdle, launchChromium, openApp, pixelAt, renderedIds } from './harness.ts';

// The built data the app serves: what every distance on screen and in a download must match.
const built = JSON.parse(readFileSync('dist/data/atlas.json', 'utf8')) as { tools: { investor: ProximityData } };
const proximity = new ProximityIndex(built.tools.investor);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(() => closeContexts(browser));
afterAll(async () => browser?.close());

const api = (page: Page) => page.evaluate(() => (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.listed() as string[]);

async function downloadOf(page: Page, button: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${button}"]`)]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

describe('investor tool', () => {
  it('near=seaport:30 lists only the places certainly within and shows the "possibly within" group apart', async () => {
    const { page, consoleErrors } = await openApp(browser, '?lang=en&near=seaport:30');
    await page.getByRole('button', { name: 'Site finder' }).click();
    await page.waitForSelector('[data-testid="possibly-within"] tbody tr');
    const listed = await page.$$eval('[data-testid="sites-table"] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-id')!));
    expect(listed.length).toBeGreaterThan(0);
    for (const id of listed) expect(nearStatus(proximity.get(id, 'seaport'), 30), id).toBe('within');
    // Each listed distance is shown with its uncertainty.
    const cell = await page.textContent(`[data-testid="sites-table"] tr[data-id="${listed[0]}"] td[data-kind="seaport"]`);
    const d = proximity.get(listed[0], 'seaport')!;
    expect(cell).toMatch(new RegExp(`^≈ [\\d.,]+ km \\((±[\\d.,]+ km|point uncertainty not stated)\\)$`));
    expect(cell).toContain(d.uKm === null ? 'not stated' : '±');
    const possible = await page.$$eval('[data-testid="possibly-within"] tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-id')!));
    expect(possible.length).toBeGreaterThan(0);
    expect(await page.textContent('[data-testid="possibly-count"]')).toBe(String(possible.length));
    for (const id of possible) {
      expect(nearStatus(proximity.get(id, 'seaport'), 30), id).toBe('possible');
      expect(listed).not.toContain(id);
    }
    // Nanjing's ETDZ is placed at its city (±80 km), 3 km from the port point: only possibly within.
    expect(possible).toContain('dz-g321014');
    expect(listed).not.toContain('dz-g321014');
    expect(consoleErrors).toEqual([]);
  });

  it('near=seaport:30 filters list and map alike; unknown near values are dropped from the URL', async () => {
    const { page, consoleErrors } = await openApp(browser, '?lang=en&near=seaport:30,moon:5');
    // All of the data in view: the rendered features (points and clusters' members) are the filtered ones.
    await jumpAndIdle(page, [113, 30], 3.6);
    const listed = (await api(page)).sort();
    // Every place of the data the app loaded (the list without a filter).
    const all = await page.evaluate(() => fetch(new URL('data/atlas.json', document.baseURI)).then((r) => r.json()).then((a) => a.places.length as number));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.length).toBeLessThan(all);
    // The sites (the reference points reach beyond this view, to Kashgar).
    const sites = (ids: string[]) => ids.filter((id) => !id.startsWith('ref-'));
    expect(sites(await renderedIds(page))).toEqual(sites(listed));
    expect(await page.textContent('[data-testid="list-count"]')).toBe(String(listed.length));
    expect(listed).toContain('xiamen');
    expect(listed).not.toContain('shijiazhuang');
    // Possibly within (no stated uncertainty, or ±80 km at a city seat): not on the map, not in the list.
    expect(listed).not.toContain('fcg-pilot-zone');
    expect(listed).not.toContain('dz-g321014');
    expect(new URL(page.url()).search).toContain('near=seaport:30');
    expect(new URL(page.url()).search).not.toContain('moon');
    expect(consoleErrors).toEqual([]);
  });

  it('hides airports from the rendered map and the list (hideref=airport), keeps the other kinds, and shows them again', async () => {
    const { page, consoleErrors } = await openApp(browser, '?lang=en');
    await jumpAndIdle(page, [105, 33], 3.6);
    const airports = (ids: string[]) => ids.filter((id) => id.startsWith('ref-airport-'));
    const ports = (ids: string[]) => ids.filter((id) => id.startsWith('ref-port-'));
    expect(airports(await renderedIds(page)).length).toBeGreaterThan(100);
    expect(airports(await api(page)).length).toBeGreaterThan(100);
    const portsBefore = ports(await renderedIds(page));
    expect(portsBefore.length).toBeGreaterThan(10);

    await page.getByRole('button', { name: 'Site finder' }).click();
    const toggle = page.locator('[data-reference-kind="airport"]');
    expect(await toggle.isChecked()).toBe(true);
    await toggle.uncheck();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('hideref') === 'airport');
    // The map redraws after setFilter: poll the rendered features until no airport is left.
    await page.waitForFunction((layer) => {
      const map = (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map;
      return !map.queryRenderedFeatures({ layers: [layer] }).some((f: any) => String(f.properties.id).startsWith('ref-airport-'));
    }, LAYER_IDS.pointCircle);
    expect(airports(await renderedIds(page))).toEqual([]);
    expect(airports(await api(page))).toEqual([]);
    expect(ports(await renderedIds(page))).toEqual(portsBefore);

    // A shared link keeps them hidden; ticking the box brings them back.
    await page.goto(new URL('?lang=en&hideref=airport', page.url()).href);
    await page.waitForSelector('.app[data-state="ready"]');
    expect(airports(await api(page))).toEqual([]);
    await page.getByRole('button', { name: 'Site finder' }).click();
    expect(await toggle.isChecked()).toBe(false);
    await toggle.check();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('hideref'));
    expect(airports(await api(page)).length).toBeGreaterThan(100);
    expect(consoleErrors).toEqual([]);
  });

  it('labels reference points only from zoom 6: none at the national overview, airports named around Guangzhou at 7', async () => {
    const { page, consoleErrors } = await openApp(browser, '?lang=en');
    const labels = (layer: string) =>
      page.evaluate((l) => ((document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map.queryRenderedFeatures({ layers: [l] }) as any[]).map((f) => String(f.properties.id)), layer);
    await jumpAndIdle(page, [105, 33], 4);
    expect(await labels(LAYER_IDS.referenceLabel)).toEqual([]);
    // The places keep their names at that scale.
    expect((await labels(LAYER_IDS.label)).length).toBeGreaterThan(0);
    await jumpAndIdle(page, [113.3, 23.39], 7);
    // Some reference points are named there (those a place's label does not collide with).
    const named = await labels(LAYER_IDS.referenceLabel);
    expect(named.filter((id) => id.startsWith('ref-airport-')).length).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
  });

  it('stars two places, keeps them over a reload (URL) and a visit without the parameter (storage), compares them with sources', async () => {
    const { page, consoleErrors } = await openApp(browser, '?lang=en');
    const stars = page.locator('.places li [data-action="investor-star"]');
    await stars.nth(0).click();
    await stars.nth(1).click();
    const ids = await page.evaluate(() => [...document.querySelectorAll('.places li')].slice(0, 2).map((li) => li.querySelector('button[data-id]')!.getAttribute('data-id')!));
    await page.waitForFunction((expected) => new URL(location.href).searchParams.get('shortlist') === expected, ids.join(','));
    expect(await stars.nth(0).getAttribute('aria-pressed')).toBe('true');

    await page.reload();
    await page.waitForSelector('.app[data-state="ready"]');
    expect(new URL(page.url()).searchParams.get('shortlist')).toBe(ids.join(','));
    // The same browser without the parameter: the stored shortlist comes back.
    await page.goto(new URL('?lang=en', page.url()).href);
    await page.waitForSelector('.app[data-state="ready"]');
    await page.waitForFunction((expected) => new URL(location.href).searchParams.get('shortlist') === expected, ids.join(','));

    await page.getByRole('button', { name: 'Site finder' }).click();
    await page.click('[data-view="shortlist"]');
    const columns = await page.$$eval('[role="tabpanel"] [data-testid="compare-table"] thead th[data-id]', (ths) => ths.map((th) => th.getAttribute('data-id')));
    expect(columns).toEqual(ids);
    // Every place column has its sources row filled with citations.
    const sourceCells = await page.$$eval('[role="tabpanel"] [data-testid="compare-table"] tr[data-row="sources"] td', (tds) => tds.map((td) => td.querySelectorAll('.source').length));
    expect(sourceCells).toHaveLength(2);
    for (const n of sourceCells) expect(n).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
  });

  it('exports the shortlist as CSV and GeoJSON, the map as PNG, refuses an empty export, and prints a dossier', async () => {
    const { page, consoleErrors } = await openApp(browser, '?lang=zh&shortlist=fcg-pilot-zone,shijiazhuang');
    await page.getByRole('button', { name: '投资选址' }).click();
    await page.selectOption('[data-testid="export-scope"]', 'shortlist');

    const csv = await downloadOf(page, 'csv');
    expect(csv.name).toMatch(/^medpark-shortlist-\d{4}-\d\d-\d\d\.csv$/);
    const text = csv.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = csvParseRows(text.slice(1));
    expect(header[1]).toBe('名称');
    expect(rows.map((r) => r[0])).toEqual(['fcg-pilot-zone', 'shijiazhuang']);
    expect(rows[1][1]).toBe('石家庄市');
    // Distance and uncertainty columns, as the build measured them.
    const distance = header.indexOf('海港: 距离 [km, 直线]');
    const uncertainty = header.indexOf('海港: 不确定性 [± km]');
    expect(distance).toBeGreaterThan(0);
    expect(uncertainty).toBe(distance + 1);
    const sjz = proximity.get('shijiazhuang', 'seaport')!;
    expect(Number(rows[1][distance])).toBe(sjz.km);
    expect(Number(rows[1][uncertainty])).toBe(sjz.uKm);
    expect(rows[0][uncertainty]).toBe('点位不确定性未注明');
    expect(rows[0][header.indexOf('边境口岸: 距离 [km, 直线]')]).toBe('无数据');

    const geojson = await downloadOf(page, 'geojson');
    expect(geojson.name).toMatch(/^medpark-shortlist-.*\.geojson$/);
    const collection = JSON.parse(geojson.bytes.toString('utf8'));
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map((f: any) => f.properties.id)).toEqual(['fcg-pilot-zone', 'shijiazhuang']);
    expect(collection.features[0].geometry.type).toBe('Polygon');
    expect(collection.features[0].properties.geometry.kind).toBe('schematic-equal-area');

    // PNG of the view as it is (filtered scope): the map's own pixels, probed left of the tool's panel
    // (which covers the map's right part on screen) and away from the legend, scale bar and notes.
    await page.selectOption('[data-testid="export-scope"]', 'filtered');
    await jumpAndIdle(page, [108.35, 21.69], 9);
    const png = await downloadOf(page, 'png');
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const probes = await page.evaluate(() => {
      const map = (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map;
      const { clientWidth: w, clientHeight: h } = map.getCanvas();
      return [[0.05, 0.35], [0.1, 0.55], [0.2, 0.3], [0.15, 0.7]].map(([fx, fy]) => {
        const { lng, lat } = map.unproject([w * fx, h * fy]);
        return { css: [w * fx, h * fy], lngLat: [lng, lat] as [number, number] };
      });
    });
    const fromPng = await page.evaluate(
      async ([base64, points]) => {
        const map = (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map;
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const ctx = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const scale = bitmap.width / map.getCanvas().clientWidth;
        const rgb = points.map(([x, y]) => [...ctx.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data.slice(0, 3)]);
        return { rgb, width: bitmap.width, canvasWidth: map.getCanvas().width };
      },
      [png.bytes.toString('base64'), probes.map((p) => p.css)] as const,
    );
    expect(fromPng.width).toBe(fromPng.canvasWidth);
    const colours = new Set<string>();
    for (const [i, probe] of probes.entries()) {
      const screen = await pixelAt(page, probe.lngLat);
      const diff = fromPng.rgb[i].reduce((sum, v, j) => sum + Math.abs(v - screen[j]), 0);
      expect(diff, `PNG ${fromPng.rgb[i]} vs screen ${screen} at ${probe.css}`).toBeLessThan(12);
      colours.add(String(screen));
    }
    // The probes are not all one blank colour (a blank canvas would match a blank screen).
    expect(colours.size).toBeGreaterThan(1);

    // Dossier: print is called, and the print rendering has a cover, the compare table and a page per place.
    await page.evaluate(() => ((window as any).print = () => ((window as any).__printed = true)));
    await page.click('[data-export="dossier"]');
    await page.waitForFunction(() => (window as any).__printed === true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('[data-testid="dossier"] img')).toBe(true);
    expect(await page.$$eval('[data-testid="dossier"] [data-testid="compare-table"] thead th[data-id]', (ths) => ths.length)).toBe(2);
    expect(await page.isVisible('.maplibregl-canvas')).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(3);
    await page.emulateMedia({ media: 'screen' });

    // An empty selection says so and writes nothing.
    await page.selectOption('[data-testid="export-scope"]', 'shortlist');
    await page.click('[data-view="shortlist"]');
    await page.getByRole('button', { name: '清空候选清单' }).click();
    const downloads: string[] = [];
    page.on('download', (d) => downloads.push(d.suggestedFilename()));
    await page.click('[data-export="csv"]');
    expect(await page.textContent('[data-testid="export-message"]')).toContain('没有可导出的地点');
    // A round trip instead of a sleep: an export that does write; once its file has arrived, a file from
    // the empty export (started earlier) would have arrived before it.
    await page.selectOption('[data-testid="export-scope"]', 'filtered');
    const [written] = await Promise.all([page.waitForEvent('download'), page.click('[data-export="csv"]')]);
    expect(downloads).toEqual([written.suggestedFilename()]);
    expect(consoleErrors).toEqual([]);
  });

  it('charts places by industry under the filter; clicking a bar filters list and map by that industry', async () => {
    const { page, consoleErrors } = await openApp(browser, '?lang=en&near=airport:200');
    await page.getByRole('button', { name: 'Site finder' }).click();
    await page.click('[data-view="charts"]');
    const bar = page.locator('[data-chart="industries"] [data-bar="tcm"]');
    const label = await bar.getAttribute('aria-label');
    const before = await api(page);
    await bar.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('industry') === 'tcm');
    expect(await bar.getAttribute('aria-pressed')).toBe('true');
    const after = await api(page);
    // The bar said how many places the click would keep.
    expect(label).toMatch(new RegExp(`: ${after.length}$`));
    expect(after.length).toBeLessThan(before.length);
    expect(await page.textContent('[data-testid="list-count"]')).toBe(String(after.length));
    // Targets and actuals never share an axis: each figure chart holds one kind.
    const figureCharts = await page.$$eval('[data-chart^="figures-"]', (els) => els.map((e) => e.getAttribute('data-chart')));
    expect(new Set(figureCharts).size).toBe(figureCharts.length);
    expect(consoleErrors).toEqual([]);
  });
  it.each([
    ['desktop', { width: 1280, height: 800 }],
    ['phone', { width: 390, height: 800 }],
  ] as const)('the PNG of a two-place shortlist frames and rings both places, with the whole legend (%s)', async (_, viewport) => {
    const { page, consoleErrors } = await openApp(browser, '?lang=en&shortlist=fcg-pilot-zone,shijiazhuang', viewport);
    // The reader's own view stays where it was after the export.
    await jumpAndIdle(page, [118, 24.5], 7);
    await page.getByRole('button', { name: 'Site finder' }).click();
    await page.selectOption('[data-testid="export-scope"]', 'shortlist');
    const png = await downloadOf(page, 'png');
    expect(png.name).toMatch(/^medpark-shortlist-.*\.png$/);
    const canvasWidth = await page.evaluate(() => (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map.getCanvas().width);
    const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
    const found = await page.evaluate(
      async ([base64, ring, border]) => {
        const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
        const { width: w, height: h } = bitmap;
        const ctx = new OffscreenCanvas(w, h).getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        const data = ctx.getImageData(0, 0, w, h).data;
        const is = (i: number, c: number[], tol: number) => Math.abs(data[i] - c[0]) + Math.abs(data[i + 1] - c[1]) + Math.abs(data[i + 2] - c[2]) <= tol;
        // The legend box: its outline's pixels, exactly.
        const edge = { x0: w, y0: h, x1: -1, y1: -1 };
        const ringAt: [number, number][] = [];
        for (let y = 0; y < h; y++)
          for (let x = 0; x < w; x++) {
            const i = (y * w + x) * 4;
            if (is(i, border, 0)) Object.assign(edge, { x0: Math.min(edge.x0, x), y0: Math.min(edge.y0, y), x1: Math.max(edge.x1, x), y1: Math.max(edge.y1, y) });
            if (is(i, ring, 30)) ringAt.push([x, y]);
          }
        // Closed on all four sides: most of each side's pixels are the outline.
        const side = (xs: number[], ys: number[]) => xs.flatMap((x) => ys.map((y) => is((y * w + x) * 4, border, 0))).filter(Boolean).length / (xs.length * ys.length);
        const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => a + k);
        const closed = [side(range(edge.x0, edge.x1), [edge.y0]), side(range(edge.x0, edge.x1), [edge.y1]), side([edge.x0], range(edge.y0, edge.y1)), side([edge.x1], range(edge.y0, edge.y1))];
        const inside = (p: [number, number]) => p[0] >= edge.x0 && p[0] <= edge.x1 && p[1] >= edge.y0 && p[1] <= edge.y1;
        // Ring pixels outside the legend, grouped into blobs 40 px apart.
        const blobs: [number, number][] = [];
        for (const p of ringAt.filter((q) => !inside(q))) if (!blobs.some((b) => Math.hypot(b[0] - p[0], b[1] - p[1]) < 40)) blobs.push(p);
        return { w, h, edge, closed, swatch: ringAt.filter(inside).length, blobs };
      },
      [png.bytes.toString('base64'), hex(HIGHLIGHT_COLOUR), hex(LEGEND_BORDER)] as const,
    );
    expect(found.w).toBe(canvasWidth);
    // The whole legend: a closed box inside the image, holding the shortlist's ring swatch.
    expect(found.edge.x0).toBeGreaterThan(0);
    expect(found.edge.y0).toBeGreaterThan(0);
    expect(found.edge.x1).toBeLessThan(found.w - 1);
    expect(found.edge.y1).toBeLessThan(found.h - 1);
    expect(found.edge.x1 - found.edge.x0).toBeGreaterThan(60);
    for (const fraction of found.closed) expect(fraction).toBeGreaterThan(0.9);
    expect(found.swatch).toBeGreaterThan(5);
    // Both places ringed: two blobs far apart (Fangchenggang and Shijiazhuang are ~1,500 km apart).
    expect(found.blobs.length).toBe(2);
    expect(Math.hypot(found.blobs[0][0] - found.blobs[1][0], found.blobs[0][1] - found.blobs[1][1])).toBeGreaterThan(100);
    const center = await page.evaluate(() => (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map.getCenter().toArray());
    expect(center[0]).toBeCloseTo(118, 3);
    expect(center[1]).toBeCloseTo(24.5, 3);
    expect(consoleErrors).toEqual([]);
  });
});
