/**
 * The bench's embed page: a host page that loads the `<medpark-atlas>` element module (built into
 * embed/ beside the bench build) and records when the element is ready and when its map is first idle
 * with the places, as a portal would measure it. Driven by scripts/bench.
 */
const bench = ((window as any).__bench = { idleAt: 0, readyAt: 0, map: null as unknown });
const element = document.querySelector('medpark-atlas')!;
element.addEventListener('ready', () => {
  bench.readyAt = performance.now();
  const api = (element.shadowRoot!.querySelector('[data-atlas-instance]') as any).medparkAtlas;
  bench.map = api.map;
  // The instance's public ready mark: its first idle with the places.
  const poll = () => {
    const mark = performance.getEntriesByName('medpark-atlas:ready')[0];
    if (mark) bench.idleAt = mark.startTime;
    else requestAnimationFrame(poll);
  };
  poll();
});
await import(/* @vite-ignore */ new URL('../embed/medpark-atlas.js', location.href).href);
