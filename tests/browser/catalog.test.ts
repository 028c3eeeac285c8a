// National coverage in the app: the 2018 catalogue's medical zones as a layer group, filtered by
// industry, level and type through filter expressions (list == map), their official record in the
// panel, and search by catalogue code and by toneless pinyin.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, inject } from 'vitest';
import type { AtlasData, Place } from '../../src/lib/data/types.ts';
import { closeContexts, hideLabels, jumpAndIdle, launchChromium, mapSettled, openApp, pixelAt, renderedIds } from './harness.ts';

let browser: Browser;
let atlas: AtlasData;
beforeAll(async () => {
  browser = await launchChromium();
  atlas = (await (await fetch(new URL('data/atlas.json', inject('baseUrl')))).json()) as AtlasData;
});
afterEach(() => closeContexts(browser));
afterAll(async () => browser?.close());

const zones = () => atlas.places.filter((p) => p.kind === 'dev-zone');
const ids = (places: Place[]) => places.map((p) => p.id).sort();

describe('development zones of the 2018 catalogue', () => {
  it('?layers=dev-zones&industry=biologics: the list equals the rendered features, all catalogue zones', async () => {
    const { page, consoleErrors } = await openApp(browser, '?lang=en&layers=dev-zones&industry=biologics');
    const expected = ids(zones().filter((p) => p.industries.includes('biologics')));
    expect(expected.length).toBeGreaterThan(50);
    expect(await page.locator('[data-testid="list-count"]').textContent()).toBe(String(expected.length));
    expect(await renderedIds(page)).toEqual(expected);
    expect(consoleErrors).toEqual([]);
  });

  it('filters by level and type on map and list alike, from the checkboxes, into the URL', async () => {
    const { page } = await openApp(browser, '?lang=en&layers=dev-zones');
    await page.locator('input[name="zone-level"][value="national"]').check();
    await page.locator('input[name="zone-type"][value="hitech"]').check();
    await expect.poll(() => page.evaluate(() => location.search)).toBe('?layers=dev-zones&level=national&zonetype=hitech');
    const expected = ids(zones().filter((p) => p.catalog?.level === 'national' && p.catalog.type === 'hitech'));
    expect(expected.length).toBeGreaterThan(5);
    await expect.poll(() => renderedIds(page)).toEqual(expected);
    expect(await page.locator('.places button[data-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!).sort())).toEqual(expected);
  });

  it('a zone panel shows its official record: code, approved area, date, main industries, placement, source', async () => {
    const zone = zones().find((p) => p.catalog?.placement?.precision === 'county' && !p.catalog.placement.site && p.catalog.mainIndustriesRaw.length > 1)!;
    const { page } = await openApp(browser, `?lang=en&select=${zone.id}`);
    const record = page.getByTestId('catalog-record');
    await record.waitFor();
    expect(await record.getByTestId('catalog-code').textContent()).toBe(zone.catalog!.code);
    const area = (await record.getByTestId('catalog-area').textContent())!;
    expect(area).toContain(`${zone.catalog!.approvedAreaHa.toLocaleString('en', { maximumFractionDigits: 2 })} ha`);
    expect(area).toContain('km²');
    const text = (await record.textContent())!;
    expect(text).toContain(zone.catalog!.approvedOn[0]);
    for (const term of zone.catalog!.mainIndustriesRaw) expect(text).toContain(term);
    expect(await record.getByTestId('catalog-placement').textContent()).toMatch(/^Placed at the seat of .+ \(county level\); the catalogue gives no location\.$/);
    expect(text).toMatch(/2018|Catalogue|catalogue/);
  });

  it('a zone outside its catalogue province (藏青工业园, Tibet\'s enclave in 格尔木) says so in both languages', async () => {
    const zone = zones().find((p) => p.catalog?.code === 'S549004')!;
    expect(zone.catalog!.placement!.site!.outside!.place).toBe('青海省格尔木市');
    for (const lang of ['en', 'zh'] as const) {
      const { page } = await openApp(browser, `?lang=${lang}&select=${zone.id}`);
      const outside = page.getByTestId('catalog-record').getByTestId('catalog-outside');
      await outside.waitFor();
      const text = (await outside.textContent())!;
      expect(text).toContain(lang === 'en' ? 'outside the province the catalogue lists it under, in Qinghai' : '位于目录所列省份之外，实际在青海省');
      expect(text).toContain('青海省格尔木市');
      if (lang === 'en') expect(await outside.locator('span[lang="zh-CN"]').textContent()).toBe('青海省格尔木市');
      await page.context().close();
    }
  });

  it('a site-placed zone (泰州医药高新区) says what its point is and names its source, title and quote in Chinese', async () => {
    const zone = zones().find((p) => p.catalog?.code === 'G322081')!;
    const site = zone.catalog!.placement!.site!;
    const source = atlas.sources.find((s) => s.id === site.source)!;
    for (const lang of ['en', 'zh'] as const) {
      const { page } = await openApp(browser, `?lang=${lang}&select=${zone.id}`);
      const placement = page.getByTestId('catalog-record').getByTestId('catalog-placement');
      await placement.waitFor();
      expect(await placement.textContent()).toContain(site.what[lang]);
      const link = placement.locator(`a[href="${source.url}"]`);
      expect([await link.textContent(), await link.getAttribute('lang')]).toEqual([source.title, 'zh-CN']);
      expect(await placement.locator('.quote span[lang="zh-CN"]', { hasText: '药城大道1号' }).count()).toBe(1);
      expect(await page.locator('.geometry').textContent()).toContain(lang === 'en' ? 'Point at the site' : '场址点位');
    }
  });

  it('search finds a zone by its catalogue code and by pinyin without tones', async () => {
    const zone = zones().find((p) => p.catalog!.pinyin.length > 12)!;
    const { page } = await openApp(browser, '?lang=en');
    const box = page.getByRole('combobox');
    await box.fill(zone.catalog!.code.toLowerCase());
    await expect.poll(() => page.getByRole('option').first().textContent()).toContain(zone.name.en);
    await box.fill(zone.catalog!.pinyin.slice(0, 12));
    await expect.poll(() => page.getByRole('option').allTextContents()).toContainEqual(expect.stringContaining(zone.name.en));
    await page.getByRole('option', { name: zone.name.en }).first().dispatchEvent('mousedown');
    await expect.poll(() => page.locator('aside.panel h2').textContent()).toBe(zone.name.en);
  });

  // Chengdu's prefecture-seat zones share one point: one cluster with their count at every zoom.
  const chengdu = () => zones().filter((p) => p.catalog?.placement?.divisionCode === '510100' && p.catalog.placement.precision === 'prefecture');

  /** The cluster features drawn now, with their count and screen position. */
  const clustersShown = (page: Page): Promise<{ count: number; lngLat: [number, number]; point: { x: number; y: number } }[]> =>
    page.evaluate(() => {
      const map = (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map;
      return map.queryRenderedFeatures({ layers: ['places-cluster'] }).map((f: any) => ({ count: f.properties.point_count as number, lngLat: f.geometry.coordinates as [number, number], point: map.project(f.geometry.coordinates) as { x: number; y: number } }));
    });

  it('a cluster at low zoom opens into its members: a click zooms to where it splits', async () => {
    const { page, consoleErrors } = await openApp(browser, '?lang=en&layers=dev-zones');
    await jumpAndIdle(page, [114, 31], 4);
    // A cluster drawn now whose members are at more than one point (it splits as the map zooms in).
    const target = await page.evaluate(async () => {
      const map = (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map;
      const source = map.getSource('places-points');
      const canvas = map.getCanvas();
      for (const f of map.queryRenderedFeatures({ layers: ['places-cluster'] })) {
        const point = map.project(f.geometry.coordinates);
        if (point.x < 40 || point.y < 40 || point.x > canvas.clientWidth - 40 || point.y > canvas.clientHeight - 40) continue;
        const leaves = await source.getClusterLeaves(f.properties.cluster_id, f.properties.point_count, 0);
        if (new Set(leaves.map((l: any) => l.geometry.coordinates.join())).size < 2) continue;
        return { point, count: f.properties.point_count as number, zoom: (await source.getClusterExpansionZoom(f.properties.cluster_id)) as number, ids: leaves.map((l: any) => l.properties.id as string).sort() };
      }
      return null;
    });
    expect(target).not.toBeNull();
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + target!.point.x, box.y + target!.point.y);
    await expect.poll(() => page.evaluate(() => (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map.getZoom()), { timeout: 5000 }).toBeCloseTo(target!.zoom, 1);
    await mapSettled(page);
    // At the expansion zoom its members are drawn as more than one circle, and none is lost.
    const drawn = await page.evaluate(async (ids) => {
      const map = (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map;
      const source = map.getSource('places-points');
      const groups: string[][] = [];
      for (const f of map.queryRenderedFeatures({ layers: ['places-cluster', 'places-circle'] })) {
        const members = f.properties.cluster ? (await source.getClusterLeaves(f.properties.cluster_id, f.properties.point_count, 0)).map((l: any) => l.properties.id) : [f.properties.id];
        if (members.some((id: string) => ids.includes(id))) groups.push(members);
      }
      return groups;
    }, target!.ids);
    expect(drawn.length).toBeGreaterThan(1);
    expect([...new Set(drawn.flat())].filter((id) => target!.ids.includes(id)).sort()).toEqual(target!.ids);
    expect(await page.locator('aside.panel').count()).toBe(0);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('a cluster of zones at one seat never splits: a click lists them in the panel, naming the seat and the count', async () => {
    const members = chengdu();
    expect(members.length).toBeGreaterThanOrEqual(5);
    const { page, consoleErrors } = await openApp(browser, '?lang=en&layers=dev-zones');
    await jumpAndIdle(page, members[0].anchor, 11);
    const cluster = (await clustersShown(page)).find((c) => Math.abs(c.lngLat[0] - members[0].anchor[0]) < 1e-3 && Math.abs(c.lngLat[1] - members[0].anchor[1]) < 1e-3)!;
    expect(cluster.count).toBe(members.length);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + cluster.point.x, box.y + cluster.point.y);
    const shared = page.getByTestId('shared-point');
    await shared.waitFor();
    const heading = (await shared.locator('h3').textContent())!;
    expect(heading).toBe(`${members.length} zones share this point — the seat of ${members[0].catalog!.placement!.division!.en} (prefecture level)`);
    expect((await shared.getByTestId('shared-members').locator('button').allTextContents()).sort()).toEqual(members.map((p) => p.name.en).sort());
    // The old note with raw coordinates is gone.
    expect(await page.locator('aside.panel').textContent()).not.toMatch(/shared anchor|30\.6667/);
    // The zoom did not change: these members never separate.
    expect(await page.evaluate(() => (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map.getZoom())).toBeCloseTo(11, 5);
    expect(consoleErrors).toEqual([]);
    await page.context().close();
  });

  it('the panel says the count and the seat in Chinese too', async () => {
    const members = chengdu();
    const { page } = await openApp(browser, `?lang=zh&layers=dev-zones&select=${members[0].id}`);
    const heading = page.getByTestId('shared-point').locator('h3');
    await heading.waitFor();
    expect(await heading.textContent()).toBe(`${members.length} 个开发区共用此点——${members[0].catalog!.placement!.division!.zh}驻地（地级）`);
    await page.context().close();
  });

  it('a selected point shows its uncertainty radius, true size, drawn on the map', async () => {
    const zone = chengdu()[0];
    const km = zone.geometry.uncertaintyKm!;
    expect(km).toBeGreaterThan(10);
    const { page } = await openApp(browser, `?lang=en&layers=dev-zones&select=${zone.id}`);
    await jumpAndIdle(page, zone.anchor, 7);
    await hideLabels(page);
    // A point on the circle's edge, due east: the dashed outline is drawn there (rendered feature and pixels).
    const east: [number, number] = [zone.anchor[0] + km / (111.32 * Math.cos((zone.anchor[1] * Math.PI) / 180)), zone.anchor[1]];
    const hits = await page.evaluate(
      ([lng, lat]) => {
        const map = (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map;
        const { x, y } = map.project([lng, lat]);
        return map.queryRenderedFeatures([[x - 3, y - 3], [x + 3, y + 3]], { layers: ['places-uncertainty-outline'] }).map((f: any) => f.properties);
      },
      east,
    );
    expect(hits).toEqual([{ id: zone.id, km }]);
    // Inside the circle the map is tinted blue; with nothing selected it is not.
    const inside: [number, number] = [zone.anchor[0], zone.anchor[1] - (km * 0.6) / 111.32];
    const tinted = await pixelAt(page, inside);
    await page.evaluate(() => (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.select(null));
    await mapSettled(page);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const plain = await pixelAt(page, inside);
    expect(tinted[2] - tinted[0]).toBeGreaterThan(plain[2] - plain[0]);
    expect(await page.evaluate(() => (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map.querySourceFeatures('places-uncertainty').length)).toBe(0);
    await page.context().close();
  });

  it('search box finds 泰州医药高新技术产业开发区 by 泰州 and by its official name "China Medical City" (issue 18)', async () => {
    const cmc = zones().find((p) => p.catalog!.code === 'G322081')!;
    expect(cmc.name.en).toBe('China Medical City');
    const { page } = await openApp(browser, '?lang=en');
    const box = page.getByRole('combobox');
    for (const query of ['泰州', 'China Medical City']) {
      await box.fill(query);
      await expect.poll(() => page.getByRole('option').allTextContents()).toContainEqual(expect.stringContaining('China Medical City'));
    }
    await page.getByRole('option', { name: /China Medical City/ }).first().dispatchEvent('mousedown');
    await expect.poll(() => page.locator('aside.panel h2').textContent()).toBe('China Medical City');
    await expect.poll(() => page.getByTestId('catalog-en-source').textContent()).toMatch(/^Official English name, from /);
  });
});
