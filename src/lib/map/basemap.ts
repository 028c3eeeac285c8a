/**
 * Chooses the base style: a user's online style URL when one is set (config or `?basemap=`), else the
 * offline basemap shipped in public/basemap (no request leaves the origin).
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../data/types.ts';
import { loadOfflineBasemap, offlineBaseStyle } from './base-style.ts';
import { fallbackStyle } from './fallback-style.ts';
import { optionalParam } from '../url/url-param.ts';

/**
 * @param onlineStyleUrl a MapLibre style URL, or null for the offline basemap
 * @param offlineBaseUrl where public/basemap is served, or null for a plain background
 * @throws Error naming the missing file when the offline basemap cannot load
 */
export async function basemapStyle(onlineStyleUrl: string | null, offlineBaseUrl: string | null, lang: Lang): Promise<StyleSpecification | string> {
  if (onlineStyleUrl) return onlineStyleUrl;
  if (offlineBaseUrl === null) return fallbackStyle();
  return offlineBaseStyle(await loadOfflineBasemap(offlineBaseUrl), lang);
}

/** `basemap=<http(s) style URL>`: an online basemap, used only when set. */
export const BASEMAP_PARAM = optionalParam('basemap', { valid: (raw) => (/^https?:\/\//.test(raw) ? null : 'must be an http(s) style URL') });
