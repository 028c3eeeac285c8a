// Strict CSP: the app, the embed mode in an iframe and the custom element, each on a page served with
// the policy (no unsafe-eval, no inline scripts), render the map with zero
// securitypolicyviolation events; and the element from another origin works with the directives the
// README names for that case.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, inject } from 'vitest';
import { closeContexts, launchChromium } from './harness.ts';
import { startHostServer, type HostServer } from './embed/host-server.ts';

export const STRICT_CSP = "default-src 'self'; script-src 'self'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'";
/** docs/hosting.md's policy for a host page that loads the element from the atlas's origin. */
const crossOriginCsp = (atlas: string) => `default-src 'self'; script-src 'self' ${atlas}; worker-src 'self' blob: ${atlas}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: ${atlas}; connect-src 'self' ${atlas}`;

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

/** A page that records every CSP violation in every frame (an init script: it runs before the page's own). */
async function openRecorded(path: string): Promise<{ page: Page; errors: string[]; violations: () => Promise<string[]> }> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  await context.addInitScript(() => {
    const seen: string[] = ((window as unknown as { violations: string[] }).violations = []);
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`), true);
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.goto(`${host.origin}${path}`);
  const violations = async () => (await Promise.all(page.frames().map((f) => f.evaluate(() => (window as unknown as { violations?: string[] }).violations ?? ['(no recorder)'])))).flat();
  return { page, errors, violations };
}

describe('under a strict Content-Security-Policy', () => {
  it('the app renders the map with no violations', async () => {
    host.setCsp(STRICT_CSP);
    const { page, errors, violations } = await openRecorded('/app/?lang=en');
    await page.waitForSelector('.app[data-state="ready"]', { timeout: 45_000 });
    await page.waitForSelector('.maplibregl-canvas');
    expect(await violations()).toEqual([]);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('embed mode in an iframe, with the auto-height helper, renders with no violations', async () => {
    host.setCsp(STRICT_CSP);
    const { page, errors, violations } = await openRecorded('/csp-iframe.html');
    await expect.poll(() => page.frames().find((f) => f.url().includes('embed=1')), { timeout: 20_000 }).toBeTruthy();
    const frame = page.frames().find((f) => f.url().includes('embed=1'))!;
    await frame.waitForSelector('.app[data-state="ready"]', { timeout: 45_000 });
    expect(await frame.locator('[data-atlas-embed]').count()).toBe(1);
    expect(await violations()).toEqual([]);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('the custom element from the same origin renders with no violations', async () => {
    host.setCsp(STRICT_CSP);
    host.setApp('/app');
    const { page, errors, violations } = await openRecorded('/csp-element.html');
    await page.waitForFunction(() => document.getElementById('a')?.shadowRoot?.querySelector('.app[data-state="ready"]'), null, { timeout: 45_000 });
    expect(await violations()).toEqual([]);
    expect(errors, errors.join('\n')).toEqual([]);
  });

  it('the custom element from another origin renders with docs/hosting.md’s directives and no violations', async () => {
    host.setCsp(crossOriginCsp(appOrigin()));
    host.setApp(appOrigin());
    const { page, errors, violations } = await openRecorded('/csp-element.html');
    await page.waitForFunction(() => document.getElementById('a')?.shadowRoot?.querySelector('.app[data-state="ready"]'), null, { timeout: 15_000 }).catch(async (e) => {
      throw new Error(`${e.message}\nviolations: ${(await violations()).join('\n')}\nerrors: ${errors.join('\n')}`);
    });
    // Its data came from the atlas's origin, not the host's.
    expect(await page.evaluate(() => (document.getElementById('a') as unknown as { atlas: { current(): { select: string } } }).atlas.current().select)).toBe('fcg-pilot-zone');
    expect(await violations()).toEqual([]);
    expect(errors, errors.join('\n')).toEqual([]);
  });
});
