/**
 * Reading the offline basemap archive (in MapLibre's worker: `basemap-worker.ts`). Its own module so
 * the page, which only builds the style (`base-style.ts`), does not load the PMTiles reader.
 */
import { EtagMismatch, FetchSource, type RangeResponse, type Source } from 'pmtiles';
import { BASEMAP_ARCHIVE } from './base-style.ts';

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** The first bytes of every PMTiles archive: "PM" (spec v3 §3.1). */
const PMTILES_MAGIC = [0x50, 0x4d];

/**
 * A `pmtiles` Source over HTTP Range requests (only the tiles in view are read) that says what is
 * wrong when the first read (header and root directory) is not the archive.
 *
 * Static servers answer unknown paths in different ways: `vite preview` and many SPA hosts send
 * `index.html` with status 200. So the first answer is checked for status, for an HTML content type
 * and for the archive's magic bytes, and every failure names the file.
 */
export class OfflineArchiveSource implements Source {
  private readonly ranges: FetchSource;
  private readonly fetchFn: FetchLike;

  constructor(
    readonly url: string,
    options: { fetchFn?: FetchLike } = {},
  ) {
    this.fetchFn = options.fetchFn ?? ((input, init) => fetch(input, init));
    this.ranges = new FetchSource(url);
  }

  getKey(): string {
    return this.url;
  }

  async getBytes(offset: number, length: number, signal?: AbortSignal, etag?: string): Promise<RangeResponse> {
    try {
      if (offset === 0) return await this.first(length, signal);
      return await this.ranges.getBytes(offset, length, signal, etag);
    } catch (err) {
      if (err instanceof Error && (err.name === 'AbortError' || err instanceof EtagMismatch)) throw err;
      throw new Error(`Offline basemap: could not load ${this.url}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
  }

  /** The header read, checked. */
  private async first(length: number, signal?: AbortSignal): Promise<RangeResponse> {
    let response: Response;
    try {
      response = await this.fetchFn(this.url, { headers: { range: `bytes=0-${length - 1}` }, signal });
    } catch (err) {
      throw new Error(`request failed (${err instanceof Error ? err.message : String(err)})`, { cause: err });
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
    const type = (response.headers.get('content-type') ?? '').toLowerCase();
    const missing = `is ${BASEMAP_ARCHIVE} missing from public/basemap/?`;
    if (type.includes('html')) throw new Error(`the server sent HTML (${type.split(';')[0]}) instead of the archive — ${missing}`);
    const data = await response.arrayBuffer();
    const head = new Uint8Array(data, 0, Math.min(2, data.byteLength));
    if (!PMTILES_MAGIC.every((b, i) => head[i] === b)) {
      const text = new TextDecoder().decode(new Uint8Array(data, 0, Math.min(64, data.byteLength))).trimStart();
      throw new Error(text.startsWith('<') ? `the server sent HTML instead of the archive — ${missing}` : 'not a PMTiles archive');
    }
    const tag = response.headers.get('etag');
    return { data, etag: tag && !tag.startsWith('W/') ? tag : undefined };
  }
}
