// npm run bench [-- --quick] [--sizes seed,national,national-500k] [--pairs N] [--json FILE]
// Builds the app and a bare-MapLibre baseline from one build, serves them, and drives headless
// Chromium over alternating pairs (app, baseline, app, baseline, …), printing medians and ratios.
// Times are reported, never asserted: a benchmark is for people, not a pass/fail test.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview } from 'vite';
import { ROOT } from '../data-files.ts';
import { datasetQuery, prepareDataset, SIZES, type Size } from './datasets.ts';
import { median, ratio, type Sample, type SizeReport } from './stats.ts';
import { benchPlanner, type PlannerReport } from './planner.ts';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    pairs: { type: 'string' },
    json: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
  },
});
const sizes = (values.sizes?.split(',') ?? (values.quick ? ['seed'] : [...SIZES])) as Size[];
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
}
for (const size of sizes) await prepareDataset(size, DIST, log);

const server = await preview({ root: ROOT, configFile: join(ROOT, 'vite.bench.config.ts'), preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
const origin = server.resolvedUrls!.local[0];
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });

const reports: SizeReport[] = [];
let planner: PlannerReport | null = null;
try {
  for (const size of sizes) {
    const samples: { app: Sample[]; baseline: Sample[]; geojson: Sample[] } = { app: [], baseline: [], geojson: [] };
    for (let i = 0; i < pairs; i++) {
      samples.app.push(await measure(browser, 'app', size));
      samples.baseline.push(await measure(browser, 'baseline', size));
      // The path the tiles replace: the same sites as one GeoJSON source in the bare page.
      if (size === 'national-500k' && !values.quick) samples.geojson.push(await measure(browser, 'baseline-geojson', size));
      log(`bench: ${size} pair ${i + 1}/${pairs}: app ${samples.app.at(-1)!.loadMs.toFixed(0)} ms, baseline ${samples.baseline.at(-1)!.loadMs.toFixed(0)} ms`);
    }
    reports.push(summarise(size, samples));
  }
  try {
    planner = await benchPlanner(browser, origin, 'fcg-pilot-zone', [108.3538, 21.6868]);
  } catch (error) {
    log(`bench: planner step failed: ${(error as Error).message}`);
  }
} finally {
  await browser.close();
  await server.close();
}

printTable(reports);
if (planner) console.log(`\nPlanner: ghost drag, app work per frame: median ${planner.dragMedianMs.toFixed(2)} ms, p95 ${planner.dragP95Ms.toFixed(2)} ms, max ${planner.dragMaxMs.toFixed(2)} ms (${planner.dragFrames} frames); 10,000-vertex ghost: median ${planner.heavyDragMedianMs.toFixed(2)} ms, max ${planner.heavyDragMaxMs.toFixed(2)} ms. Import of ${(planner.importBytes / 1048576).toFixed(1)} MB: ${planner.importMs.toFixed(0)} ms, longest main-thread task ${planner.importLongestTaskMs.toFixed(0)} ms (any owner), app JS on the main thread ${planner.importAppJsMs.toFixed(0)} ms in all.`);
if (values.json) {
  mkdirSync(dirname(values.json), { recursive: true });
  writeFileSync(values.json, JSON.stringify({ date: new Date().toISOString(), pairs, machine: machine(), reports, planner }, null, 2));
  log(`bench: JSON written to ${values.json}`);
}

/** One page load and its interactions, in a fresh browser context (cold cache). */
async function measure(browser: Browser, kind: 'app' | 'baseline' | 'baseline-geojson', size: Size): Promise<Sample> {
  const page = kind === 'app' ? 'app' : 'baseline';
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  const fetched: string[] = [];
  let rangeBytes = 0;
  tab.on('response', (r) => {
    if (r.request().method() !== 'GET') return;
    if (r.status() === 200) fetched.push(r.url());
    // Vector tiles come as byte ranges of the archive, already gzip-compressed inside it.
    else if (r.status() === 206) rangeBytes += Number(r.headers()['content-length'] ?? 0);
  });
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(e.message));
  // tsx (esbuild keepNames) wraps named functions in __name(); give the page a no-op of it.
  await tab.addInitScript('globalThis.__name = (f) => f;');
  await tab.addInitScript(() => {
    const w = window as any;
    w.__longTasks = [] as { start: number; duration: number }[];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const query = [page === 'app' ? 'lang=en' : '', datasetQuery(size), kind === 'baseline-geojson' ? 'sites=geojson' : ''].filter(Boolean).join('&');
  const path = page === 'app' ? `?${query}` : `bench/baseline.html?${query}`;
  await tab.goto(new URL(path, origin).href);
  const readyFn = page === 'app' ? () => (document.querySelector('[data-atlas-instance]') as any)?.medparkAtlas?.idleAt > 0 : () => (window as any).__bench?.idleAt > 0;
  await tab.waitForFunction(readyFn, undefined, { timeout: 300_000, polling: 50 });
  const loadMs = await tab.evaluate((p) => (p === 'app' ? (document.querySelector('[data-atlas-instance]') as any)?.medparkAtlas.idleAt : (window as any).__bench.idleAt), page);

  const cdp = await context.newCDPSession(tab);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

  // Interaction 1: filter to one industry → next idle; setData calls are counted (there must be none).
  const filter = await timeFilter(tab, page, 'tcm');
  // Interaction 2 (app only): select a place → its panel is rendered.
  const selectMs = page === 'app' ? await timeSelect(tab) : null;
  const longTasks = (await tab.evaluate((since) => (window as any).__longTasks.filter((t: any) => t.start >= since), filter.startedAt)) as { duration: number }[];

  const weights: Record<string, number> = {};
  for (const url of fetched) {
    const chunk = chunkOf(url);
    weights[chunk] = (weights[chunk] ?? 0) + gzipSize(url);
  }
  if (rangeBytes) weights.tiles = rangeBytes;
  await context.close();
  if (errors.length) throw new Error(`${page} (${size}) threw: ${errors.join('; ')}`);
  return {
    loadMs,
    filterMs: filter.ms,
    setDataCalls: filter.setDataCalls,
    selectMs,
    longTaskCount: longTasks.length,
    longTaskMaxMs: Math.max(0, ...longTasks.map((t) => t.duration)),
    appLongTaskMaxMs: filter.appMs,
    heapMB: heap.usedSize / 1048576,
    gzipBytes: weights,
  };
}

/** Sets the industry filter and resolves at the next idle, with the time spent in app code. */
async function timeFilter(tab: Page, page: 'app' | 'baseline', code: string) {
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
          // App code = the synchronous state update and the effects it flushes.
          const t0 = performance.now();
          atlas.state.filters.toggleIndustry(c);
          atlas.flush?.();
          appMs = performance.now() - t0;
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
        const place = atlas.state.filters.visiblePlaces[0] ?? atlas.state.atlas.places[0];
        const t0 = performance.now();
        atlas.state.select(place.id);
        const check = () => {
          if (document.querySelector('.place-title')?.textContent === place.name.en) resolve(performance.now() - t0);
          else requestAnimationFrame(check);
        };
        check();
      }),
  );
}

/** gzip size of a served file, from the build on disk (Chromium drops bodies of large responses). */
function gzipSize(url: string): number {
  const pathname = decodeURIComponent(new URL(url).pathname);
  const path = join(DIST, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  if (!gzipCache.has(path)) gzipCache.set(path, existsSync(path) && statSync(path).isFile() ? gzipSync(readFileSync(path), { level: 6 }).length : 0);
  return gzipCache.get(path)!;
}

function chunkOf(url: string): string {
  const path = new URL(url).pathname;
  if (path.includes('maplibre-gl-worker')) return 'worker';
  if (/\/assets\/maplibre-/.test(path)) return 'maplibre';
  if (path.includes('/basemap/')) return 'basemap';
  if (path.includes('/data/')) return 'data';
  if (path.endsWith('.html') || path.endsWith('/')) return 'html';
  return 'app';
}

function summarise(size: Size, samples: { app: Sample[]; baseline: Sample[]; geojson: Sample[] }): SizeReport {
  const m = (which: 'app' | 'baseline' | 'geojson', key: keyof Sample) => median(samples[which].map((s) => s[key] as number));
  const weight = (which: 'app' | 'baseline') => {
    const out: Record<string, number> = {};
    for (const k of Object.keys(samples[which][0].gzipBytes)) out[k] = median(samples[which].map((s) => s.gzipBytes[k] ?? 0));
    return out;
  };
  return {
    size,
    pairs: samples.app.length,
    app: { loadMs: m('app', 'loadMs'), filterMs: m('app', 'filterMs'), selectMs: m('app', 'selectMs'), heapMB: m('app', 'heapMB'), longTaskMaxMs: m('app', 'longTaskMaxMs'), appLongTaskMaxMs: m('app', 'appLongTaskMaxMs'), setDataCalls: Math.max(...samples.app.map((s) => s.setDataCalls)), gzipBytes: weight('app') },
    baseline: { loadMs: m('baseline', 'loadMs'), filterMs: m('baseline', 'filterMs'), heapMB: m('baseline', 'heapMB'), longTaskMaxMs: m('baseline', 'longTaskMaxMs'), gzipBytes: weight('baseline') },
    ratios: { load: ratio(m('app', 'loadMs'), m('baseline', 'loadMs')), filter: ratio(m('app', 'filterMs'), m('baseline', 'filterMs')) },
    ...(samples.geojson.length ? { geojsonPath: { loadMs: m('geojson', 'loadMs'), filterMs: m('geojson', 'filterMs'), heapMB: m('geojson', 'heapMB') } } : {}),
  };
}

function printTable(reports: SizeReport[]): void {
  const kb = (b: number) => (b / 1024).toFixed(1);
  const rows: string[][] = [['size', 'metric', 'app', 'baseline', 'app/baseline']];
  for (const r of reports) {
    const total = (w: Record<string, number>) => Object.values(w).reduce((a, b) => a + b, 0);
    rows.push(
      [r.size, 'load → first idle (ms)', r.app.loadMs.toFixed(0), r.baseline.loadMs.toFixed(0), r.ratios.load.toFixed(2)],
      [r.size, 'filter → idle (ms)', r.app.filterMs.toFixed(0), r.baseline.filterMs.toFixed(0), r.ratios.filter.toFixed(2)],
      [r.size, 'select → panel (ms)', r.app.selectMs?.toFixed(0) ?? '—', '—', '—'],
      [r.size, 'app code in filter (ms)', r.app.appLongTaskMaxMs.toFixed(1), '—', '—'],
      [r.size, 'longest task in filter (ms)', r.app.longTaskMaxMs.toFixed(0), r.baseline.longTaskMaxMs.toFixed(0), '—'],
      [r.size, 'setData calls on filter', String(r.app.setDataCalls), '0', '—'],
      [r.size, 'JS heap after load (MB)', r.app.heapMB.toFixed(1), r.baseline.heapMB.toFixed(1), ratio(r.app.heapMB, r.baseline.heapMB).toFixed(2)],
      [r.size, 'gzip shipped, total (kB)', kb(total(r.app.gzipBytes)), kb(total(r.baseline.gzipBytes)), `+${kb(total(r.app.gzipBytes) - total(r.baseline.gzipBytes))} kB`],
      ...Object.keys({ ...r.app.gzipBytes, ...r.baseline.gzipBytes })
        .sort()
        .map((k) => [r.size, `  gzip ${k} (kB)`, kb(r.app.gzipBytes[k] ?? 0), kb(r.baseline.gzipBytes[k] ?? 0), '']),
    );
    if (r.geojsonPath)
      rows.push(
        [r.size, 'GeoJSON path: load (ms)', '—', r.geojsonPath.loadMs.toFixed(0), `tiles ${ratio(r.app.loadMs, r.geojsonPath.loadMs).toFixed(2)}`],
        [r.size, 'GeoJSON path: filter (ms)', '—', r.geojsonPath.filterMs.toFixed(0), `tiles ${ratio(r.app.filterMs, r.geojsonPath.filterMs).toFixed(2)}`],
        [r.size, 'GeoJSON path: heap (MB)', '—', r.geojsonPath.heapMB.toFixed(0), `tiles ${ratio(r.app.heapMB, r.geojsonPath.heapMB).toFixed(2)}`],
      );
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const [i, row] of rows.entries()) {
    console.log(row.map((c, j) => (j >= 2 ? c.padStart(widths[j]) : c.padEnd(widths[j]))).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  console.log(`\nMedians of ${reports[0]?.pairs ?? 0} alternating pair(s) per size; ${machine()}.`);
}

function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium (software WebGL)`;
}
