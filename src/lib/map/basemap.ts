/**
 * Chooses the base style: a user's online style URL when one is set (config or `?basemap=`), else the
 * offline basemap shipped in public/basemap (no request leaves the origin).
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../data/types.ts';
import { offlineBaseStyle } from './base-style.ts';
import { fallbackStyle } from './fallback-style.ts';
import { optionalParam } from '../url/url-param.ts';

/**
 * Resolves at once (nothing is awaited): the offline archive is read by the map's worker
 * (`map-worker.ts`), and a missing or broken archive is reported as a map `error` naming the file (the data still shows on the
 * sea-coloured background).
 * @param onlineStyleUrl a MapLibre style URL, or null for the offline basemap
 * @param offlineBaseUrl absolute URL of the directory public/basemap is served from, or null for a plain background
 * @throws Error when `offlineBaseUrl` is not an absolute URL
 */
export async function basemapStyle(onlineStyleUrl: string | null, offlineBaseUrl: string | null, lang: Lang): Promise<StyleSpecification | string> {
  if (onlineStyleUrl) return onlineStyleUrl;
  if (offlineBaseUrl === null) return fallbackStyle();
  // Deferred: rivers, lakes and names come after the first idle (BasemapLanguage reveals them).
  return offlineBaseStyle(offlineBaseUrl, lang, { deferred: true });
}

/** How long an online style may take to arrive before the map falls back to the offline basemap. */
export const STYLE_TIMEOUT_MS = 3000;

/** The online style did not arrive in time (the server accepted the connection but never answered, or is slow). */
export class StyleTimeoutError extends Error {
  constructor(readonly ms: number) {
    super(`no style after ${ms / 1000} s (request timed out)`);
    this.name = 'StyleTimeoutError';
  }
}

/** `basemap=<http(s) style URL>`: an online basemap, used only when set. */
export const BASEMAP_PARAM = optionalParam('basemap', { valid: (raw) => (/^https?:\/\//.test(raw) ? null : 'must be an http(s) style URL') });
