/** Benchmark samples and their summaries. */

export interface Sample {
  /** Navigation start → first idle with every layer drawn. */
  loadMs: number;
  /** Navigation start → idle with the basemap's deferred layers shown too (app; the others: loadMs). */
  fullMs: number;
  /** Industry filter set → next idle. */
  filterMs: number;
  /** GeoJSON setData calls during the filter (must stay 0: filters are expressions). */
  setDataCalls: number;
  /** Place selected → its panel rendered (app only). */
  selectMs: number | null;
  longTaskCount: number;
  longTaskMaxMs: number;
  /** Synchronous app work of the filter change (state update + Svelte effects). */
  appLongTaskMaxMs: number;
  /** Longest main-thread task between navigation and first idle (PerformanceObserver `longtask`, ≥ 50 ms). */
  loadLongTaskMaxMs: number;
  loadLongTaskCount: number;
  /** When the first request of each kind (worker, data, basemap) started, ms from navigation. */
  firstRequestMs: Record<string, number>;
  /** Every resource of the load, in start order. */
  timeline: ResourceEntry[];
  heapMB: number;
  /** gzip bytes by chunk: app, maplibre, worker, data, basemap, html. */
  gzipBytes: Record<string, number>;
}

/** One resource of a page load (Resource Timing), ms from navigation. */
export interface ResourceEntry {
  /** Path on the bench server. */
  url: string;
  /** app, maplibre, worker, data, basemap, html. */
  chunk: string;
  startMs: number;
  endMs: number;
}

/** Load-phase figures of one page. */
interface LoadPhase {
  loadLongTaskMaxMs: number;
  loadLongTaskCount: number;
  firstRequestMs: Record<string, number>;
}

export interface SizeReport {
  size: string;
  pairs: number;
  app: {
    loadMs: number;
    fullMs: number;
    filterMs: number;
    selectMs: number | null;
    heapMB: number;
    longTaskMaxMs: number;
    appLongTaskMaxMs: number;
    setDataCalls: number;
    gzipBytes: Record<string, number>;
  } & LoadPhase;
  baseline: { loadMs: number; filterMs: number; heapMB: number; longTaskMaxMs: number; gzipBytes: Record<string, number> } & LoadPhase;
  /** Bare MapLibre, background-only style, no data: the least a map page can do. */
  floor: { loadMs: number; heapMB: number; gzipBytes: Record<string, number> } & LoadPhase;
  /** Bare MapLibre with the offline basemap only (same archive, style, worker): the least a page showing it can do. */
  basemapFloor: { loadMs: number; heapMB: number; gzipBytes: Record<string, number> } & LoadPhase;
  /** load: app/baseline; appFloor: app/floor; baselineFloor: baseline/floor; appBasemapFloor: app/basemap floor. */
  /** The app with a background-only style in place of the basemap (`?basemap=` a bare style). */
  appBackground: { loadMs: number };
  /** appBackground: app / app on background (medians); appBackgroundPaired: median of per-round ratios. */
  ratios: { load: number; filter: number; appFloor: number; baselineFloor: number; appBasemapFloor: number; appBackground: number; appBackgroundPaired: number };
  /** catalog only: the <medpark-atlas> element in a host page (first idle of its map with the places). */
  embed?: { loadMs: number; gzipBytes: Record<string, number> } & LoadPhase;
  /** national-500k only: the sites as one GeoJSON source in the bare page (the path tiles replace). */
  geojsonPath?: { loadMs: number; filterMs: number; heapMB: number };
}

/** Median of finite numbers (NaN when there are none). */
export function median(values: readonly (number | null)[]): number {
  const sorted = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** a / b, NaN when b is 0 or either is missing. */
export function ratio(a: number, b: number): number {
  return b > 0 && Number.isFinite(a) ? a / b : NaN;
}

/** Start of the first request of each of `worker`, `data`, `basemap` (absent when none was made). */
export function firstRequests(timeline: readonly ResourceEntry[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of timeline) {
    if (!['worker', 'data', 'basemap'].includes(e.chunk)) continue;
    out[e.chunk] = Math.min(out[e.chunk] ?? Infinity, e.startMs);
  }
  return out;
}

/** A text waterfall: one line per resource, a bar from request start to response end (one column per `msPerColumn`). */
export function waterfall(timeline: readonly ResourceEntry[], msPerColumn = 50): string {
  const rows = [...timeline].sort((a, b) => a.startMs - b.startMs);
  const name = (e: ResourceEntry) => {
    const file = e.url.split('/').filter(Boolean).slice(-2).join('/') || '/';
    return file.length > 34 ? `…${file.slice(-33)}` : file;
  };
  return rows
    .map((e) => {
      const from = Math.floor(e.startMs / msPerColumn);
      const to = Math.max(from + 1, Math.ceil(Math.max(e.startMs, e.endMs) / msPerColumn));
      const bar = ' '.repeat(from) + '█'.repeat(to - from);
      return `${name(e).padEnd(34)} ${e.startMs.toFixed(0).padStart(5)}–${e.endMs.toFixed(0).padEnd(5)} ${bar}`;
    })
    .join('\n');
}
