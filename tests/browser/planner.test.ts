import { Geodesic } from 'geographiclib-geodesic';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AtlasData, Place } from '../../src/lib/data/types.ts';
import { schematicFootprint } from '../../src/lib/geo/footprint.ts';
import { gkProj4 } from '../../src/lib/planner/import/crs.ts';
import { encodeGbk, kmlText, PRJ, zipFiles, zippedShapefile } from '../../src/lib/planner/import/test-files.ts';
import gcoord from 'gcoord';
import proj4 from 'proj4';
import type { Polygon } from 'geojson';
import { dragFrames, installDragProbe } from '../../scripts/bench/drag-probe.ts';
import { closeContexts, jumpAndIdle, launchChromium, openApp } from './harness.ts';

let browser: Browser;
let atlas: AtlasData;

beforeAll(async () => {
  browser = await launchChromium();
  atlas = (await (await fetch(new URL('data/atlas.json', inject('baseUrl')))).json()) as AtlasData;
});
afterEach(() => closeContexts(browser));
afterAll(async () => browser?.close());

const mapCall = <T>(page: Page, fn: string, arg: unknown): Promise<T> =>
  page.evaluate(([f, a]) => (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map[f as string](a), [fn, arg] as const);
const search = (page: Page) => page.evaluate(() => new URL(location.href).searchParams.get('compare'));
const byArea = () => atlas.places.filter((p): p is Place & { area: NonNullable<Place['area']> } => p.area !== null).sort((a, b) => b.area.computedKm2 - a.area.computedKm2);

describe('planner tools', () => {
  it('compares two zones from the URL: table, ratio, one scale; survives reload and back/forward', async () => {
    const [big, small] = [byArea()[0], byArea().at(-1)!];
    const { page, consoleErrors } = await openApp(browser, `?lang=en&compare=${big.id},${small.id}`);
    const rows = page.locator('[data-testid="compare-table"] tbody tr');
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')))).toEqual([big.id, small.id]);
    expect(await rows.nth(0).locator('[data-testid="computed"]').textContent()).toBe(`${Number(big.area.computedKm2.toFixed(2))} km²`);
    const ratio = small.area.computedKm2 / big.area.computedKm2;
    expect(await rows.nth(1).locator('[data-testid="ratio"]').textContent()).toBe(`${small.name.en} is ${ratio.toFixed(2)}× ${big.name.en}`);
    expect(await page.locator('section').filter({ hasText: 'Area method' }).first().textContent()).toContain('WGS84 ellipsoidal area');
    // One ground scale: the same viewBox, widths as √area.
    const boxes = page.locator('li[data-key] svg');
    expect(new Set(await boxes.evaluateAll((els) => els.map((e) => e.getAttribute('viewBox')))).size).toBe(1);
    const width = (id: string) => page.locator(`li[data-key="${id}"] path`).evaluate((el) => (el as SVGPathElement).getBBox().width);
    expect((await width(big.id)) / (await width(small.id))).toBeCloseTo(Math.sqrt(1 / ratio), 1);

    await page.reload();
    await page.waitForSelector('.app[data-state="ready"]');
    expect(await rows.count()).toBe(2);
    await page.getByRole('button', { name: `Remove: ${small.name.en}` }).click();
    await expect.poll(() => search(page)).toBe(big.id);
    await page.goBack();
    await expect.poll(() => rows.count()).toBe(2);
    expect(await search(page)).toBe(`${big.id},${small.id}`);
    expect(consoleErrors).toEqual([]);
  });

  it('adds a zone to the comparison from its panel', async () => {
    const zone = byArea()[1];
    const { page } = await openApp(browser, `?lang=en&select=${zone.id}`);
    await page.locator('.place').getByRole('button', { name: `Add to comparison: ${zone.name.en}` }).click();
    await expect.poll(() => search(page)).toBe(zone.id);
    expect(await page.locator('.place').getByRole('button', { name: `In the comparison (remove): ${zone.name.en}` }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Compare footprints' }).click();
    // The panel is its own chunk, loaded on first open.
    await expect.poll(() => page.locator(`[data-testid="compare-table"] tr[data-key="${zone.id}"]`).count()).toBe(1);
    // …and overlays it from the same panel: a ghost with the zone's area.
    await page.locator('.place').getByRole('button', { name: 'Overlay at true size' }).click();
    await page.locator('[data-testid="ghost-area"]').waitFor();
    expect(await page.locator('[data-testid="ghost-area"]').textContent()).toBe(await page.locator('[data-testid="compare-table"] [data-testid="computed"]').textContent());
  });

  it('drags a ghost footprint and keeps its area after the drop', async () => {
    const zone = byArea()[0];
    const { page, consoleErrors } = await openApp(browser, `?lang=en&compare=${zone.id}`);
    const computed = await page.locator('[data-testid="compare-table"] [data-testid="computed"]').first().textContent();
    await page.getByRole('button', { name: 'Overlay at true size' }).click();
    await page.getByRole('button', { name: 'Close' }).last().click();
    await jumpAndIdle(page, zone.anchor, 10);
    await installDragProbe(page);
    const area = page.locator('[data-testid="ghost-area"]');
    expect(await area.textContent()).toBe(computed);
    const from = await mapCall<{ x: number; y: number }>(page, 'project', zone.anchor);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.move(box.x + from.x, box.y + from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + from.x + i * 15, box.y + from.y - i * 20);
    await page.mouse.up();
    // The ghost moved with the pointer (150 px east, 200 px north) and kept its area.
    const moved = await page.evaluate(() => {
      const map = (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map;
      return map.getSource('planner-ghosts')._data;
    });
    const ring = (moved.geojson ?? moved).features[0].geometry.coordinates[0] as number[][];
    const centreLat = ring.slice(0, -1).reduce((s, p) => s + p[1], 0) / (ring.length - 1);
    expect(centreLat).toBeGreaterThan(zone.anchor[1] + 0.05);
    expect(await area.textContent()).toBe(computed);
    // Keyboard: 20 nudges of 10 km north, Esc drops; the area is still the same.
    await page.getByRole('button', { name: 'Move', exact: true }).focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press('Shift+ArrowUp');
    await page.keyboard.press('Escape');
    expect(await area.textContent()).toBe(computed);
    const dragMs = await dragFrames(page);
    expect(dragMs.length).toBeGreaterThan(5);
    expect(consoleErrors).toEqual([]);
  });

  it('measures a distance along the geodesic', async () => {
    const { page } = await openApp(browser, '?lang=en');
    await page.getByRole('button', { name: 'Measure' }).click();
    await jumpAndIdle(page, [108.3, 21.7], 9);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    const pixels = [
      [box.width / 2 - 200, box.height / 2],
      [box.width / 2 + 150, box.height / 2 - 100],
    ];
    for (const [x, y] of pixels) await page.mouse.click(box.x + x, box.y + y);
    await page.keyboard.press('Enter');
    const points = await Promise.all(pixels.map(([x, y]) => mapCall<{ lng: number; lat: number }>(page, 'unproject', [x, y])));
    const metres = Geodesic.WGS84.Inverse(points[0].lat, points[0].lng, points[1].lat, points[1].lng).s12!;
    const shown = Number((await page.locator('[data-testid="measure-distance"]').textContent())!.replace(/[^\d.]/g, ''));
    expect(shown).toBeCloseTo(metres / 1000, 2);
    expect(shown).toBeGreaterThan(5);

    // An area: three clicks, Backspace undoes the last, Enter finishes; kept, it joins the comparison.
    await page.getByRole('button', { name: 'Area', exact: true }).click();
    const triangle = [[-100, 50], [100, 50], [0, -100], [50, -50]];
    for (const [dx, dy] of triangle) await page.mouse.click(box.x + box.width / 2 + dx, box.y + box.height / 2 + dy);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-testid="measure-output"]').textContent()).toContain('3 points');
    const areaText = (await page.locator('[data-testid="measure-area"]').textContent())!;
    await page.getByRole('button', { name: 'Keep as a footprint (compare, overlay)' }).click();
    await page.getByRole('button', { name: 'Compare footprints' }).click();
    const drawn = page.locator('[data-testid="compare-table"] tbody tr');
    await expect.poll(() => drawn.count()).toBe(1);
    expect(Number(areaText.replace(/[^\d.]/g, ''))).toBeCloseTo(Number((await drawn.locator('[data-testid="computed"]').textContent())!.replace(/[^\d.]/g, '')), 1);
    expect(await search(page)).toBeNull();
  });

  it('imports a good file (still there after reload) and refuses a broken one with the map unchanged', async () => {
    const { page, consoleErrors } = await openApp(browser, '?lang=en');
    await page.getByRole('button', { name: 'Import boundary' }).click();
    const input = page.locator('input[type="file"]');
    const good = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: '<img src=x onerror=alert(1)>' }, geometry: schematicFootprint([108.4, 21.7], 12.5) }] };
    await input.setInputFiles({ name: 'my-site.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(good)) });
    const layer = page.locator('li[data-layer]');
    await expect.poll(() => layer.count()).toBe(1);
    expect(await layer.locator('[data-testid="import-area"]').textContent()).toBe('12.5 km²');
    expect(await layer.locator('.fname').textContent()).toBe('<img src=x onerror=alert(1)>');
    // Drawn on the map (MapLibre's worker parsed the layer from a blob URL).
    await jumpAndIdle(page, [108.4, 21.7], 10);
    expect(await page.evaluate(() => (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map.querySourceFeatures('planner-imports').length)).toBeGreaterThan(0);
    await page.reload();
    await page.waitForSelector('.app[data-state="ready"]');
    await page.getByRole('button', { name: 'Import boundary' }).click();
    await expect.poll(() => layer.count()).toBe(1);

    const styleBefore = await page.evaluate(() => JSON.stringify((document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map.getStyle().layers.map((l: any) => l.id)));
    const swapped = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[21.7, 108.4], [21.8, 108.4], [21.8, 108.5], [21.7, 108.4]]] } }] };
    await input.setInputFiles({ name: 'swapped.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(JSON.stringify(swapped)) });
    const alert = page.locator('[role="alert"]');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain('swapped.geojson: feature 1: coordinates look swapped');
    await input.setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from([0xff, 0x00, 0x7b, 0x22]) });
    await expect.poll(() => alert.textContent()).toContain('junk.json: not valid JSON');
    expect(await layer.count()).toBe(1);
    expect(await page.evaluate(() => JSON.stringify((document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map.getStyle().layers.map((l: any) => l.id)))).toBe(styleBefore);
    expect(consoleErrors).toEqual([]);
  });

  it('imports a planner\'s real files (GBK shapefile in GK zone 38, KMZ, GCJ-02 CSV, TopoJSON): placed within 5 m, downloaded, clickable, still there after reload', async () => {
    const { page, consoleErrors } = await openApp(browser, '?lang=en');
    await page.getByRole('button', { name: 'Import boundary' }).click();
    const input = page.locator('input[type="file"]');
    const arrived = page.locator('[data-testid="import-arrived"]');
    const layers = page.locator('li[data-layer]');
    // The truths, in WGS84; each file carries them the way its source would.
    const wuhan = schematicFootprint([114.3, 30.5], 5, 32);
    const kmzTruth = schematicFootprint([113.2, 23.1], 3, 32);
    const csvTruth = schematicFootprint([120.6, 31.3], 2, 24);
    const topoTruth = schematicFootprint([99.2, 38.0], 40, 24);
    const zone38 = proj4('WGS84', gkProj4({ datum: 'CGCS2000', width: 3, cm: 114, zone: 38 }));
    const shp = zippedShapefile({ polygons: [{ type: 'Polygon', coordinates: [wuhan.coordinates[0].map((c) => zone38.forward(c))] }], records: [{ 名称: '光谷生物城地块' }], encode: encodeGbk, languageByte: 0x4d, prj: PRJ.cgcs2000Zone38 });
    await input.setInputFiles({ name: 'survey.zip', mimeType: 'application/zip', buffer: Buffer.from(shp) });
    await expect.poll(() => arrived.textContent()).toContain('Imported: 1 boundary, CGCS2000 / 3° GK zone 38 → WGS84');
    expect(await layers.first().textContent()).toContain('1 feature · CGCS2000');
    expect(await layers.first().locator('.fname').textContent()).toBe('光谷生物城地块');
    const kmz = zipFiles({ 'doc.kml': encodeGbk(kmlText([{ name: '广州国际生物岛', ring: kmzTruth.coordinates[0] }], 'GBK')) });
    await input.setInputFiles({ name: 'ovi.kmz', mimeType: 'application/vnd.google-earth.kmz', buffer: Buffer.from(kmz) });
    await expect.poll(() => layers.count()).toBe(2);
    await page.getByLabel('GCJ-02 (Amap, Tencent maps): converted to WGS84, approximate, ≤ 1 m').check();
    const gcj = csvTruth.coordinates[0].map((c) => gcoord.transform(c as [number, number], gcoord.WGS84, gcoord.GCJ02));
    await input.setInputFiles({ name: 'amap.csv', mimeType: 'text/csv', buffer: Buffer.from(`名称,经度,纬度\n${gcj.map(([x, y]) => `苏州地块,${x},${y}`).join('\n')}\n`) });
    await expect.poll(() => arrived.textContent()).toContain('Imported: 1 boundary, GCJ-02 → WGS84');
    expect(await arrived.textContent()).toContain('approximate, ≤ 1 m');
    await page.getByLabel('WGS84 / CGCS2000 (GPS, survey, most GIS files)').check();
    const topology = { type: 'Topology', objects: { parks: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { NAME: 'Topo park' } }] } }, arcs: [topoTruth.coordinates[0]] };
    await input.setInputFiles({ name: 'parks.topojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(topology)) });
    await expect.poll(() => layers.count()).toBe(4);

    // Download: one WGS84 GeoJSON; every boundary within 5 m of its truth, names kept.
    const [downloadEvent] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download GeoJSON (all imported boundaries, WGS84)' }).click()]);
    const downloaded = JSON.parse(await (await import('node:fs/promises')).readFile((await downloadEvent.path())!, 'utf8'));
    expect(downloaded.features.map((f: any) => f.properties.name)).toEqual(['光谷生物城地块', '广州国际生物岛', '苏州地块', 'Topo park']);
    const off = (got: Polygon, truth: Polygon) => Math.max(...truth.coordinates[0].map((p) => Math.min(...got.coordinates[0].map((q) => Geodesic.WGS84.Inverse(p[1], p[0], q[1], q[0]).s12!))));
    [wuhan, kmzTruth, csvTruth, topoTruth].forEach((truth, i) => expect(off(downloaded.features[i].geometry, truth)).toBeLessThan(5));

    // A click on an imported boundary opens its details.
    await page.getByRole('button', { name: 'Close' }).last().click();
    await jumpAndIdle(page, [99.2, 38.0], 10);
    const centre = await mapCall<{ x: number; y: number }>(page, 'project', [99.2, 38.0]);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + centre.x, box.y + centre.y);
    const details = page.locator('li.inspected [data-testid="import-details"]');
    await expect.poll(() => details.isVisible()).toBe(true);
    expect(await details.textContent()).toContain('parks.topojson');
    expect(await page.locator('li.inspected [data-testid="import-crs"]').textContent()).toBe('WGS84 → WGS84');
    // Compare and overlay it, then reload: imports, ghost and comparison are back.
    await page.locator('li.inspected').getByRole('button', { name: 'Add to comparison' }).click();
    await page.locator('li.inspected').getByRole('button', { name: 'Overlay at true size' }).click();
    await page.locator('[data-testid="ghost-area"]').waitFor();
    // The workspace is written once changes rest: wait until the stored record has the ghost.
    const storedGhosts = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('medpark-atlas-planner', 2);
            open.onsuccess = () => {
              const get = open.result.transaction('workspace').objectStore('workspace').get('workspace');
              get.onsuccess = () => resolve(get.result?.ghosts?.length ?? 0);
              get.onerror = () => resolve(-1);
            };
            open.onerror = () => resolve(-1);
          }),
      );
    await expect.poll(storedGhosts).toBe(1);
    await page.reload();
    await page.waitForSelector('.app[data-state="ready"]');
    await expect.poll(() => page.locator('[data-testid="ghost-area"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Compare footprints' }).click();
    await expect.poll(() => page.locator('[data-testid="compare-table"] tbody tr').count()).toBe(1);
    expect(await page.locator('[data-testid="compare-table"] tbody th').textContent()).toBe('parks · Topo park');
    await page.getByRole('button', { name: 'Import boundary' }).click();
    await expect.poll(() => layers.count()).toBe(4);
    // Cleared on request (two clicks).
    await page.getByRole('button', { name: 'Clear the workspace' }).click();
    await page.getByRole('button', { name: /Click again to confirm/ }).click();
    await expect.poll(() => layers.count()).toBe(0);
    expect(await page.locator('[data-testid="ghost-area"]').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });
});
