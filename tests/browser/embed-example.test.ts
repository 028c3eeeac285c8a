// The README's example host page (public/embed/example.html, served at /embed/example.html): both ways
// in come up under its strict CSP, and its buttons drive the iframe through connect.js.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, inject } from 'vitest';
import { closeContexts, launchChromium } from './harness.ts';

let browser: Browser;
beforeAll(async () => (browser = await launchChromium()));
afterEach(() => closeContexts(browser));
afterAll(async () => browser?.close());

describe('the example host page', () => {
  it('shows the iframe and the element ready, and its buttons drive the iframe', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 1400 } })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
    await page.goto(new URL('embed/example.html', inject('baseUrl')).href);
    await expect.poll(() => page.locator('#frame-log').textContent(), { timeout: 45_000 }).toMatch(/^ready: /);
    await expect.poll(() => page.locator('#element-log').textContent(), { timeout: 45_000 }).toMatch(/^(ready|viewchange|filterchange): /);
    await page.getByRole('button', { name: 'Select the Fangchenggang pilot zone' }).click();
    await expect.poll(() => page.locator('#frame-log').textContent()).toBe('select: {"id":"fcg-pilot-zone"}');
    await page.getByRole('button', { name: 'Only TCM' }).click();
    await expect.poll(() => page.locator('#frame-log').textContent()).toMatch(/^filter: .*"tcm"/);
    expect(errors).toEqual([]);
  });
});
