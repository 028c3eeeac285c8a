/**
 * Measures, from outside the app, the app's work per pointer move while a ghost is dragged: from the
 * moment the page receives the `mousemove` (a capturing listener on window runs before any other)
 * to the moment the ghosts' new shape is handed to MapLibre (`setData` on the ghosts source). Nothing
 * of this ships in the app: the bench and the planner test install it through the public `map`.
 */
import type { Page } from 'playwright-core';

/** Installs the probe on the page's first instance (call before the drag). */
export async function installDragProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __dragProbe?: { t0: number | null; frames: number[] } };
    if (w.__dragProbe) return;
    const probe = (w.__dragProbe = { t0: null as number | null, frames: [] as number[] });
    window.addEventListener('mousemove', () => (probe.t0 = performance.now()), { capture: true });
    const map = (document.querySelector('[data-atlas-instance]') as unknown as { medparkAtlas: { map: { getSource(id: string): { setData(d: unknown): unknown } | undefined } } }).medparkAtlas.map;
    const source = map.getSource('planner-ghosts');
    if (!source) throw new Error('no ghosts source: add a ghost first');
    const setData = source.setData.bind(source);
    source.setData = (data: unknown) => {
      const result = setData(data);
      if (probe.t0 !== null) probe.frames.push(performance.now() - probe.t0);
      probe.t0 = null;
      return result;
    };
  });
}

/** The app's work per move (ms) recorded since the probe was installed. */
export async function dragFrames(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { __dragProbe?: { frames: number[] } }).__dragProbe?.frames.slice() ?? []);
}
