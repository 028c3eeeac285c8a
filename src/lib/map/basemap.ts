/**
 * Chooses the base style: a user's online style URL when one is set (config or `?basemap=`), else the
 * offline basemap shipped in public/basemap (no request leaves the origin).
 */
import * as maplibregl from 'maplibre-gl';
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../data/types.ts';
import { offlineBaseStyle, PRELOADED_HEAD_GLOBAL, registerOfflineBasemap, type PreloadedHead } from './base-style.ts';
import { fallbackStyle } from './fallback-style.ts';

/**
 * Resolves at once (nothing is awaited): the offline archive is read while the map is created, and a
 * missing or broken archive is reported as a map `error` naming the file (the data still shows on the
 * sea-coloured background).
 * @param onlineStyleUrl a MapLibre style URL, or null for the offline basemap
 * @param offlineBaseUrl absolute URL of the directory public/basemap is served from, or null for a plain background
 * @throws Error when `offlineBaseUrl` is not an absolute URL
 */
export async function basemapStyle(onlineStyleUrl: string | null, offlineBaseUrl: string | null, lang: Lang): Promise<StyleSpecification | string> {
  if (onlineStyleUrl) return onlineStyleUrl;
  if (offlineBaseUrl === null) return fallbackStyle();
  // The page's inline script may have requested the archive's header already (scripts/vite/load-hints.ts).
  const head = (globalThis as Record<string, unknown>)[PRELOADED_HEAD_GLOBAL] as PreloadedHead | undefined;
  registerOfflineBasemap(maplibregl, offlineBaseUrl, { head });
  return offlineBaseStyle(offlineBaseUrl, lang);
}
