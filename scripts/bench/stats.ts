/** Benchmark samples and their summaries. */

export interface Sample {
  /** Navigation start → first idle with every layer drawn. */
  loadMs: number;
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
  heapMB: number;
  /** gzip bytes by chunk: app, maplibre, worker, data, basemap, html. */
  gzipBytes: Record<string, number>;
}

export interface SizeReport {
  size: string;
  pairs: number;
  app: {
    loadMs: number;
    filterMs: number;
    selectMs: number | null;
    heapMB: number;
    longTaskMaxMs: number;
    appLongTaskMaxMs: number;
    setDataCalls: number;
    gzipBytes: Record<string, number>;
  };
  baseline: { loadMs: number; filterMs: number; heapMB: number; longTaskMaxMs: number; gzipBytes: Record<string, number> };
  ratios: { load: number; filter: number };
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
