/** Map errors as messages a person can act on, in the UI language. */
import type { Lang } from '../data/types.ts';
import type { MapErrorInfo } from './map-context.svelte.ts';

/** A map error for the UI: the plain sentence, the URL it concerns (shown once), and the technical detail (behind a disclosure). */
export interface MapErrorParts {
  text: string;
  url: string | null;
  detail: string | null;
}

/**
 * A failing online basemap reads as what happened to the reader ("could not load; showing the offline
 * basemap"), the URL once, and the browser's or MapLibre's reason as detail; other errors as before.
 */
export function mapErrorParts(info: MapErrorInfo, lang: Lang, tiles: { sourceId: string; url: string } | null = null): MapErrorParts {
  if (info.sourceId === 'basemap')
    return {
      text: lang === 'zh' ? '在线底图无法加载，已改用离线底图' : 'The online basemap could not load; showing the offline basemap',
      url: info.url,
      // MapLibre's message often repeats the URL; it is shown once, above.
      detail: (info.url ? info.error.message.split(info.url).join('').replace(/[\s:]+$/, '') : info.error.message) || null,
    };
  return { text: mapErrorMessage(info, lang, tiles), url: null, detail: null };
}

/**
 * @param tileSource the id of the site-tile source, when the data set has one
 * @param tileUrl its archive URL
 */
export function mapErrorMessage(info: MapErrorInfo, lang: Lang, tiles: { sourceId: string; url: string } | null = null): string {
  const reason = info.error.message || (lang === 'zh' ? '未知错误' : 'unknown error');
  if (info.sourceId === 'basemap') {
    const parts = mapErrorParts(info, lang);
    return parts.url ? `${parts.text}: ${parts.url}` : parts.text;
  }
  if (tiles && info.sourceId === tiles.sourceId) {
    const url = info.url ?? tiles.url;
    return lang === 'zh' ? `站点瓦片(${url}):${reason}` : `Site tiles (${url}): ${reason}`;
  }
  const where = info.sourceId ?? info.layerId;
  return where ? `${lang === 'zh' ? '地图图层' : 'Map layer'} ${where}: ${reason}` : reason;
}
