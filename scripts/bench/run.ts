// npm run bench [-- --quick] [--sizes seed,catalog,national,national-500k] [--pairs N] [--json FILE] [--skip-lighthouse]
// Builds the app, a bare-MapLibre baseline (same data path) and a floor (bare MapLibre, background
// only, no data) from one build, serves them, and drives headless Chromium over alternating rounds
// (app, baseline, floor, app, …), printing medians and ratios, the load waterfall and, in a full
// run, Lighthouse (desktop preset) for app and floor.
// Times are reported, never asserted: a benchmark is for people, not a pass/fail test.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { preview } from 'vite';
import { ROOT } from '../data-files.ts';
import { datasetQuery, prepareDataset, SIZES, type Size } from './datasets.ts';
import { runLighthouse, type LighthouseReport } from './lighthouse.ts';
import { firstRequests, median, ratio, waterfall, type ResourceEntry, type Sample, type SizeReport } from './stats.ts';
import { observeLongTasks } from './page-setup.ts';
import { benchPlanner, type PlannerReport } from './planner.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    pairs: { type: 'string' },
    json: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
  },
});
const sizes = (values.sizes?.split(',') ?? (values.quick ? ['catalog'] : [...SIZES])) as Size[];
for (const s of sizes) if (!SIZES.includes(s)) throw new Error(`unknown size ${s} (use ${SIZES.join(', ')})`);
const pairs = Number(values.pairs ?? (values.quick ? 1 : 5));
const DIST = join(ROOT, 'build', 'bench', 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'];
const log = (line: string) => console.error(line);
const gzipCache = new Map<string, number>();

if (!values['no-build']) {
  log('bench: building app + baseline');
  execFileSync('npx', ['tsx', 'scripts/data-build.ts'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('npx', ['vite', 'build', '--config', 'vite.bench.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  // The <medpark-atlas> element beside it, for the embed page (a host page loading the element).
  execFileSync('npx', ['vite', 'build', '--config', 'vite.element.config.ts', '--outDir', join(DIST, 'embed'), '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
}
for (const size of sizes) await prepareDataset(size, DIST, log);
// The app on a background-only style (passed as an online basemap, `?basemap=`): what the app costs
// without the basemap, so app / app-on-background is what the basemap costs the first idle.
mkdirSync(join(DIST, 'bench'), { recursive: true });
writeFileSync(join(DIST, 'bench', 'background-style.json'), JSON.stringify({ version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#dfe8ee' } }] }));

const server = await preview({ root: ROOT, configFile: join(ROOT, 'vite.bench.config.ts'), preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const origin = server.resolvedUrls!.local[0];
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });

const reports: SizeReport[] = [];
/** Resource timeline of the first app and floor load of each size (the waterfall). */
const timelines: Record<string, { app: ResourceEntry[]; floor: ResourceEntry[] }> = {};
let lighthouse: { app: LighthouseReport; floor: LighthouseReport } | null = null;
let planner: PlannerReport | null = null;
try {
  for (const size of sizes) {
    const samples: Samples = { app: [], appBackground: [], baseline: [], floor: [], basemapFloor: [], geojson: [], embed: [] };
    for (let i = 0; i < pairs; i++) {
      samples.app.push(await measure(browser, 'app', size));
      samples.appBackground.push(await measure(browser, 'app-background', size));
      samples.baseline.push(await measure(browser, 'baseline', size));
      samples.floor.push(await measure(browser, 'floor', size));
      samples.basemapFloor.push(await measure(browser, 'basemap-floor', size));
      // The path the tiles replace: the same sites as one GeoJSON source in the bare page.
      if (size === 'national-500k' && !values.quick) samples.geojson.push(await measure(browser, 'baseline-geojson', size));
      // The element in a host page (default data only): what a portal's visitors wait for.
      if (size === 'catalog' && !values.quick) samples.embed.push(await measure(browser, 'embed', size));
      const ms = (s: Sample[]) => s.at(-1)!.loadMs.toFixed(0);
      log(`bench: ${size} round ${i + 1}/${pairs}: app ${ms(samples.app)} ms, app on background ${ms(samples.appBackground)} ms, baseline ${ms(samples.baseline)} ms, floor ${ms(samples.floor)} ms, basemap floor ${ms(samples.basemapFloor)} ms`);
    }
    timelines[size] = { app: samples.app[0].timeline, floor: samples.floor[0].timeline };
    reports.push(summarise(size, samples));
  }
  if (!values.quick && !values['skip-lighthouse']) {
    // One Lighthouse run each, app then floor, on the default data: scores, not timings, are what it adds.
    log('bench: Lighthouse (desktop preset), app and floor');
    try {
      const app = await runLighthouse(new URL('?lang=en', origin).href, CHROMIUM, join(ROOT, 'build', 'bench', 'lighthouse-app.json'));
      const floor = await runLighthouse(new URL('bench/floor.html', origin).href, CHROMIUM, join(ROOT, 'build', 'bench', 'lighthouse-floor.json'));
      lighthouse = { app, floor };
    } catch (e) {
      // A Lighthouse failure is reported, and the timings above still count.
      log(`bench: Lighthouse failed: ${(e as { stderr?: string }).stderr?.trim() || (e as Error).message}`);
    }
  }
  if (!values.quick) {
    // Planner interactions (ghost drag, import): app work per frame and the longest task.
    try {
      planner = await benchPlanner(browser, origin, 'fcg-pilot-zone', [108.3538, 21.6868]);
    } catch (error) {
      log(`bench: planner step failed: ${(error as Error).message}`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

printTable(reports);
for (const [size, t] of Object.entries(timelines)) {
  console.log(`\nLoad waterfall, ${size}, app (first load; ms from navigation: request start → response end):`);
  console.log(waterfall(t.app));
}
if (lighthouse) printLighthouse(lighthouse);
if (planner) console.log(`\nPlanner: ghost drag, app work per frame: median ${planner.dragMedianMs.toFixed(2)} ms, p95 ${planner.dragP95Ms.toFixed(2)} ms, max ${planner.dragMaxMs.toFixed(2)} ms (${planner.dragFrames} frames); 10,000-vertex ghost: median ${planner.heavyDragMedianMs.toFixed(2)} ms, max ${planner.heavyDragMaxMs.toFixed(2)} ms. Import of ${(planner.importBytes / 1048576).toFixed(1)} MB: ${planner.importMs.toFixed(0)} ms, longest main-thread task ${planner.importLongestTaskMs.toFixed(0)} ms (any owner), app JS on the main thread ${planner.importAppJsMs.toFixed(0)} ms in all. Shapefile (GK zone 38, GBK) of ${(planner.shapefileBytes / 1048576).toFixed(1)} MB zipped, ${planner.shapefileVertices.toLocaleString("en-US")} vertices: ${planner.shapefileImportMs.toFixed(0)} ms in the page, longest main-thread task ${planner.shapefileLongestTaskMs.toFixed(0)} ms, app JS ${planner.shapefileAppJsMs.toFixed(0)} ms; read + reproject + validate alone ${planner.shapefilePipelineMs.toFixed(0)} ms (Node).`);
if (values.json) {
  mkdirSync(dirname(values.json), { recursive: true });
  writeFileSync(values.json, JSON.stringify({ date: new Date().toISOString(), pairs, machine: machine(), reports, timelines, lighthouse, planner }, null, 2));
  log(`bench: JSON written to ${values.json}`);
}

interface Samples {
  app: Sample[];
  /** The app with a background-only style instead of the basemap. */
  appBackground: Sample[];
  baseline: Sample[];
  floor: Sample[];
  basemapFloor: Sample[];
  geojson: Sample[];
  embed: Sample[];
}

/** One page load and its interactions, in a fresh browser context (cold cache). */
async function measure(browser: Browser, kind: 'app' | 'app-background' | 'baseline' | 'floor' | 'basemap-floor' | 'baseline-geojson' | 'embed', size: Size): Promise<Sample> {
  const page = kind === 'baseline-geojson' ? 'baseline' : kind === 'app-background' ? 'app' : kind;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  const fetched: string[] = [];
  const rangeBytes: Record<string, number> = {};
  tab.on('response', (r) => {
    if (r.request().method() !== 'GET') return;
    if (r.status() === 200) fetched.push(r.url());
    // Vector tiles come as byte ranges of an archive, already gzip-compressed inside it: the basemap's,
    // or the sites' (`tiles`).
    else if (r.status() === 206) {
      const key = chunkOf(r.url()) === 'basemap' ? 'basemap' : 'tiles';
      rangeBytes[key] = (rangeBytes[key] ?? 0) + Number(r.headers()['content-length'] ?? 0);
    }
  });
  const requests: { url: string; timing: ReturnType<Request['timing']> }[] = [];
  tab.on('requestfinished', (r) => requests.push({ url: r.url(), timing: r.timing() }));
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  await observeLongTasks(tab);
  const background = kind === 'app-background' ? `basemap=${encodeURIComponent(new URL('bench/background-style.json', origin).href)}` : '';
  const query = [page === 'app' ? 'lang=en' : '', datasetQuery(size), kind === 'baseline-geojson' ? 'sites=geojson' : '', background].filter(Boolean).join('&');
  const path = page === 'app' ? `?${query}` : page === 'baseline' ? `bench/baseline.html?${query}` : `bench/${page}.html`;
  await tab.goto(new URL(path, origin).href);
  // The app's public ready moment (README): the mark each instance sets at its first idle with the places.
  const readyFn = page === 'app' ? () => performance.getEntriesByName('medpark-atlas:ready').length > 0 : () => (window as any).__bench?.idleAt > 0;
  await tab.waitForFunction(readyFn, undefined, { timeout: 300_000, polling: 50 });
  const loadMs = await tab.evaluate((p) => (p === 'app' ? performance.getEntriesByName('medpark-atlas:ready')[0].startTime : (window as any).__bench.idleAt), page);
  // The app shows rivers, lakes and names after its first idle: when the map is idle with them too.
  const fullMs = page === 'app' ? await tab.evaluate(fullIdle) : loadMs;

  // The load as it happened: every request (the page's and its workers': the app's worker reads the
  // basemap itself, which the page's Resource Timing does not see) and the main thread's long tasks.
  const timeOrigin = (await tab.evaluate(() => performance.timeOrigin)) as number;
  const timeline: ResourceEntry[] = requests
    .map(({ url, timing }) => ({ url: new URL(url).pathname, chunk: chunkOf(url), startMs: timing.startTime - timeOrigin, endMs: timing.startTime - timeOrigin + Math.max(0, timing.responseEnd) }))
    .filter((e) => e.startMs <= loadMs);
  const load = (await tab.evaluate((idleAt) => ({ tasks: (window as any).__longTasks.filter((t: any) => t.start < idleAt) }), loadMs)) as { tasks: { start: number; duration: number }[] };

  const cdp = await context.newCDPSession(tab);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

  // Interaction 1: filter to one industry → next idle; setData calls are counted (one: the clustered points).
  const filter = page !== 'app' && page !== 'baseline' ? { ms: NaN, setDataCalls: 0, appMs: NaN, startedAt: Infinity } : await timeFilter(tab, page, 'tcm');
  // Interaction 2 (app only): select a place → its panel is rendered.
  const selectMs = page === 'app' ? await timeSelect(tab) : null;
  const longTasks = (await tab.evaluate((since) => (window as any).__longTasks.filter((t: any) => t.start >= since), filter.startedAt)) as { duration: number }[];

  const weights: Record<string, number> = {};
  // A URL loaded twice in one page load (the worker: prefetched, then started) comes the second time
  // from the HTTP cache (a 304 of ~300 bytes): count its bytes once.
  for (const url of new Set(fetched)) {
    const chunk = chunkOf(url);
    weights[chunk] = (weights[chunk] ?? 0) + gzipSize(url);
  }
  for (const [key, bytes] of Object.entries(rangeBytes)) weights[key] = (weights[key] ?? 0) + bytes;
  await context.close();
  if (errors.length) throw new Error(`${page} (${size}) threw: ${errors.join('; ')}`);
  return {
    loadMs,
    fullMs,
    filterMs: filter.ms,
    setDataCalls: filter.setDataCalls,
    selectMs,
    longTaskCount: longTasks.length,
    longTaskMaxMs: Math.max(0, ...longTasks.map((t) => t.duration)),
    appLongTaskMaxMs: filter.appMs,
    loadLongTaskMaxMs: Math.max(0, ...load.tasks.map((t) => t.duration)),
    loadLongTaskCount: load.tasks.length,
    firstRequestMs: firstRequests(timeline),
    timeline,
    heapMB: heap.usedSize / 1048576,
    gzipBytes: weights,
  };
}

/** Sets the industry filter and resolves at the next idle, with the time spent in app code. */
async function timeFilter(tab: Page, page: 'app' | 'baseline' | 'floor', code: string) {
  return tab.evaluate(
    ([p, c]) =>
      new Promise<{ ms: number; setDataCalls: number; appMs: number; startedAt: number }>((resolve) => {
        const w = window as any;
        const atlas = (document.querySelector('[data-atlas-instance]') as any)?.medparkAtlas;
        const map = p === 'app' ? atlas.map : w.__bench.map;
        let setDataCalls = 0;
        for (const id of Object.keys(map.getStyle().sources)) {
          const source = map.getSource(id);
          if (source?.setData) {
            const original = source.setData.bind(source);
            source.setData = (...args: unknown[]) => ((setDataCalls += 1), original(...args));
          }
        }
        const startedAt = performance.now();
        map.once('idle', () => resolve({ ms: performance.now() - startedAt, setDataCalls, appMs, startedAt }));
        let appMs = 0;
        if (p === 'app') {
          // App code = the public call and the effects it schedules (Svelte flushes them in a microtask
          // queued before this one).
          const t0 = performance.now();
          atlas.setFilter({ industries: atlas.current().filter.industries.includes(c) ? [] : [c] });
          queueMicrotask(() => (appMs = performance.now() - t0));
        } else w.__bench.setIndustry(c);
        map.triggerRepaint();
      }),
    [page, code] as const,
  );
}

async function timeSelect(tab: Page): Promise<number> {
  return tab.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const atlas = (document.querySelector('[data-atlas-instance]') as any)?.medparkAtlas;
        const id = atlas.listed()[0];
        const before = document.querySelector('.place-title')?.textContent ?? null;
        const t0 = performance.now();
        atlas.select(id);
        const check = () => {
          const title = document.querySelector('.place-title')?.textContent;
          if (title && title !== before) resolve(performance.now() - t0);
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

/** gzip size of a served file, from the build on disk (Chromium drops bodies of large responses). */
/** In the page: ms from navigation until the map is idle with every basemap layer shown (polled, as the app reveals them on its own). */
function fullIdle(): Promise<number> {
  return new Promise((resolve) => {
    const map = (document.querySelector('[data-atlas-instance]') as any)?.medparkAtlas.map;
    const hidden = () => (map.getStyle().layers as { layout?: { visibility?: string } }[]).some((l) => l.layout?.visibility === 'none');
    const check = () => {
      if (hidden()) return void setTimeout(check, 20);
      if (map.loaded()) return resolve(performance.now());
      map.once('idle', () => resolve(performance.now()));
    };
    check();
  });
}

/** Median of the per-round ratios a[i] / b[i] (each round loads both back to back). */
function pairedRatio(a: Sample[], b: Sample[]): number {
  return median(a.map((s, i) => ratio(s.loadMs, b[i]?.loadMs ?? NaN)));
}

function gzipSize(url: string): number {
  const pathname = decodeURIComponent(new URL(url).pathname);
  const path = join(DIST, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  if (!gzipCache.has(path)) gzipCache.set(path, existsSync(path) && statSync(path).isFile() ? gzipSync(readFileSync(path), { level: 6 }).length : 0);
  return gzipCache.get(path)!;
}

function chunkOf(url: string): string {
  const path = new URL(url).pathname;
  if (/maplibre-gl-worker|map-worker/.test(path)) return 'worker';
  if (/\/(assets|embed)\/maplibre-/.test(path)) return 'maplibre';
  if (path.includes('/basemap/')) return 'basemap';
  if (path.includes('/data/')) return 'data';
  if (path.endsWith('.html') || path.endsWith('/')) return 'html';
  return 'app';
}

function summarise(size: Size, samples: Samples): SizeReport {
  const m = (which: keyof Samples, key: keyof Sample) => median(samples[which].map((s) => s[key] as number));
  const first = (which: keyof Samples) => {
    const out: Record<string, number> = {};
    for (const k of ['worker', 'data', 'basemap']) out[k] = median(samples[which].map((s) => s.firstRequestMs[k] ?? null));
    return out;
  };
  const loadPhase = (which: keyof Samples) => ({ loadLongTaskMaxMs: m(which, 'loadLongTaskMaxMs'), loadLongTaskCount: m(which, 'loadLongTaskCount'), firstRequestMs: first(which) });
  const weight = (which: 'app' | 'baseline' | 'floor' | 'basemapFloor' | 'embed') => {
    const out: Record<string, number> = {};
    for (const k of Object.keys(samples[which][0].gzipBytes)) out[k] = median(samples[which].map((s) => s.gzipBytes[k] ?? 0));
    return out;
  };
  return {
    size,
    pairs: samples.app.length,
    appBackground: { loadMs: m('appBackground', 'loadMs') },
    app: { fullMs: m('app', 'fullMs'), loadMs: m('app', 'loadMs'), filterMs: m('app', 'filterMs'), selectMs: m('app', 'selectMs'), heapMB: m('app', 'heapMB'), longTaskMaxMs: m('app', 'longTaskMaxMs'), appLongTaskMaxMs: m('app', 'appLongTaskMaxMs'), setDataCalls: Math.max(...samples.app.map((s) => s.setDataCalls)), gzipBytes: weight('app'), ...loadPhase('app') },
    baseline: { loadMs: m('baseline', 'loadMs'), filterMs: m('baseline', 'filterMs'), heapMB: m('baseline', 'heapMB'), longTaskMaxMs: m('baseline', 'longTaskMaxMs'), gzipBytes: weight('baseline'), ...loadPhase('baseline') },
    floor: { loadMs: m('floor', 'loadMs'), heapMB: m('floor', 'heapMB'), gzipBytes: weight('floor'), ...loadPhase('floor') },
    basemapFloor: { loadMs: m('basemapFloor', 'loadMs'), heapMB: m('basemapFloor', 'heapMB'), gzipBytes: weight('basemapFloor'), ...loadPhase('basemapFloor') },
    ratios: {
      load: ratio(m('app', 'loadMs'), m('baseline', 'loadMs')),
      filter: ratio(m('app', 'filterMs'), m('baseline', 'filterMs')),
      appFloor: ratio(m('app', 'loadMs'), m('floor', 'loadMs')),
      baselineFloor: ratio(m('baseline', 'loadMs'), m('floor', 'loadMs')),
      appBasemapFloor: ratio(m('app', 'loadMs'), m('basemapFloor', 'loadMs')),
      appBackground: ratio(m('app', 'loadMs'), m('appBackground', 'loadMs')),
      appBackgroundPaired: pairedRatio(samples.app, samples.appBackground),
    },
    ...(samples.embed.length ? { embed: { loadMs: m('embed', 'loadMs'), gzipBytes: weight('embed'), ...loadPhase('embed') } } : {}),
    ...(samples.geojson.length ? { geojsonPath: { loadMs: m('geojson', 'loadMs'), filterMs: m('geojson', 'filterMs'), heapMB: m('geojson', 'heapMB') } } : {}),
  };
}

function printTable(reports: SizeReport[]): void {
  const kb = (b: number) => (b / 1024).toFixed(1);
  const rows: string[][] = [['size', 'metric', 'app', 'baseline', 'app/baseline', 'floor', 'app/floor', 'basemap floor', 'app/basemap floor']];
  const fixed = (v: number | undefined, d = 0) => (v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(d));
  for (const r of reports) {
    const total = (w: Record<string, number>) => Object.values(w).reduce((a, b) => a + b, 0);
    rows.push(
      [r.size, 'load → first idle (ms)', r.app.loadMs.toFixed(0), r.baseline.loadMs.toFixed(0), r.ratios.load.toFixed(2), r.floor.loadMs.toFixed(0), r.ratios.appFloor.toFixed(2), r.basemapFloor.loadMs.toFixed(0), r.ratios.appBasemapFloor.toFixed(2)],
      [r.size, 'app: idle with every basemap layer (ms)', fixed(r.app.fullMs), '', '', '', '', '', ''],
      [r.size, 'app on background-only style: first idle (ms)', r.appBackground.loadMs.toFixed(0), '', '', '', '', '', ''],
      [r.size, 'app / app on background (basemap cost)', `${r.ratios.appBackground.toFixed(2)}×`, `paired ${r.ratios.appBackgroundPaired.toFixed(2)}×`, '', '', '', '', ''],
      [r.size, 'longest task in load (ms)', fixed(r.app.loadLongTaskMaxMs), fixed(r.baseline.loadLongTaskMaxMs), '', fixed(r.floor.loadLongTaskMaxMs), '', fixed(r.basemapFloor.loadLongTaskMaxMs), ''],
      [r.size, 'long tasks in load (count)', fixed(r.app.loadLongTaskCount), fixed(r.baseline.loadLongTaskCount), '', fixed(r.floor.loadLongTaskCount), '', fixed(r.basemapFloor.loadLongTaskCount), ''],
      ...(['worker', 'data', 'basemap'] as const).map((k) => [r.size, `first ${k} request (ms)`, fixed(r.app.firstRequestMs[k]), fixed(r.baseline.firstRequestMs[k]), '', fixed(r.floor.firstRequestMs[k]), '', fixed(r.basemapFloor.firstRequestMs[k]), '']),
      [r.size, 'filter → idle (ms)', r.app.filterMs.toFixed(0), r.baseline.filterMs.toFixed(0), r.ratios.filter.toFixed(2)],
      [r.size, 'select → panel (ms)', r.app.selectMs?.toFixed(0) ?? '—', '—', '—'],
      [r.size, 'app code in filter (ms)', r.app.appLongTaskMaxMs.toFixed(1), '—', '—'],
      [r.size, 'longest task in filter (ms)', r.app.longTaskMaxMs.toFixed(0), r.baseline.longTaskMaxMs.toFixed(0), '—'],
      // One: the clustered point source takes the points passing the filter (the baseline does the same).
      [r.size, 'setData calls on filter', String(r.app.setDataCalls), '1', '—'],
      [r.size, 'JS heap after load (MB)', r.app.heapMB.toFixed(1), r.baseline.heapMB.toFixed(1), ratio(r.app.heapMB, r.baseline.heapMB).toFixed(2), r.floor.heapMB.toFixed(1), ''],
      [r.size, 'gzip shipped, total (kB)', kb(total(r.app.gzipBytes)), kb(total(r.baseline.gzipBytes)), `+${kb(total(r.app.gzipBytes) - total(r.baseline.gzipBytes))} kB`, kb(total(r.floor.gzipBytes)), ''],
      ...Object.keys({ ...r.app.gzipBytes, ...r.baseline.gzipBytes })
        .sort()
        .map((k) => [r.size, `  gzip ${k} (kB)`, kb(r.app.gzipBytes[k] ?? 0), kb(r.baseline.gzipBytes[k] ?? 0), '', kb(r.floor.gzipBytes[k] ?? 0), '']),
    );
    if (r.embed) {
      const kb2 = (w: Record<string, number>) => Object.values(w).reduce((a, b) => a + b, 0);
      rows.push(
        [r.size, 'embed element: first idle (ms)', r.embed.loadMs.toFixed(0), r.baseline.loadMs.toFixed(0), ratio(r.embed.loadMs, r.baseline.loadMs).toFixed(2), r.floor.loadMs.toFixed(0), ratio(r.embed.loadMs, r.floor.loadMs).toFixed(2)],
        [r.size, 'embed element: gzip (kB)', kb(kb2(r.embed.gzipBytes)), kb(kb2(r.baseline.gzipBytes)), `+${kb(kb2(r.embed.gzipBytes) - kb2(r.baseline.gzipBytes))} kB`, '', ''],
      );
    }
    if (r.geojsonPath)
      rows.push(
        [r.size, 'GeoJSON path: load (ms)', '—', r.geojsonPath.loadMs.toFixed(0), `tiles ${ratio(r.app.loadMs, r.geojsonPath.loadMs).toFixed(2)}`],
        [r.size, 'GeoJSON path: filter (ms)', '—', r.geojsonPath.filterMs.toFixed(0), `tiles ${ratio(r.app.filterMs, r.geojsonPath.filterMs).toFixed(2)}`],
        [r.size, 'GeoJSON path: heap (MB)', '—', r.geojsonPath.heapMB.toFixed(0), `tiles ${ratio(r.app.heapMB, r.geojsonPath.heapMB).toFixed(2)}`],
      );
  }
  for (const row of rows) while (row.length < rows[0].length) row.push('');
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((c, j) => (j >= 2 ? c.padStart(widths[j]) : c.padEnd(widths[j]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log(`\nMedians of ${reports[0]?.pairs ?? 0} alternating round(s) (app, baseline, floor, basemap floor) per size; ${machine()}.`);
  const seed = reports.find((r) => r.size === 'seed');
  const catalog = reports.find((r) => r.size === 'catalog');
  if (seed && catalog) {
    // National coverage against the seed-only atlas, same run: what the catalogue costs.
    const data = (r: SizeReport) => r.app.gzipBytes.data ?? 0;
    console.log(
      `catalog vs seed (app): first idle ${ratio(catalog.app.loadMs, seed.app.loadMs).toFixed(2)}× · filter → idle ${catalog.app.filterMs.toFixed(0)} vs ${seed.app.filterMs.toFixed(0)} ms · data gzip +${kb(data(catalog) - data(seed))} kB`,
    );
  }
}

function printLighthouse(l: { app: LighthouseReport; floor: LighthouseReport }): void {
  const score = (v: number | null) => (v === null ? '—' : v.toFixed(2));
  console.log('\nLighthouse 12 (desktop preset), default data (seed + catalogue):');
  console.log('page   performance  accessibility  TBT (ms)  FCP (ms)  LCP (ms)');
  for (const [name, r] of Object.entries(l))
    console.log(`${name.padEnd(6)} ${score(r.performance).padStart(11)}  ${score(r.accessibility).padStart(13)}  ${r.tbtMs.toFixed(0).padStart(8)}  ${r.fcpMs.toFixed(0).padStart(8)}  ${r.lcpMs.toFixed(0).padStart(8)}`);
  for (const [name, r] of Object.entries(l)) if (r.failedAccessibility.length) console.log(`${name}: accessibility audits failed: ${r.failedAccessibility.join(', ')}`);
}

function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium (software WebGL)`;
}
