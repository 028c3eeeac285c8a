/** What every benchmarked page gets before its own scripts run. */
import type { Page } from 'playwright-core';

/**
 * Records the main thread's long tasks in `window.__longTasks` (PerformanceObserver `longtask`), and
 * gives the page a no-op `__name` (tsx's esbuild keepNames wraps named functions in it).
 */
export async function observeLongTasks(tab: Page): Promise<void> {
  await tab.addInitScript('globalThis.__name = (f) => f;');
  await tab.addInitScript(() => {
    const w = window as any;
    w.__longTasks = [] as { start: number; duration: number }[];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}
