// National coverage in the app: the 2018 catalogue's medical zones as a layer group, filtered by
// industry, level and type through filter expressions (list == map), their official record in the
// panel, and search by catalogue code and by toneless pinyin.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, inject } from 'vitest';
import type { AtlasData, Place } from '../../src/lib/data/types.ts';
import { closeContexts, launchChromium, openApp, renderedIds } from './harness.ts';

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
