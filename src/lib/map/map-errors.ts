/** Map errors as messages a person can act on, in the UI language. */
import type { Lang } from '../data/types.ts';
import type { MapErrorInfo } from './map-context.svelte.ts';

/**
 * @param tileSource the id of the site-tile source, when the data set has one
 * @param tileUrl its archive URL
 */
export function mapErrorMessage(info: MapErrorInfo, lang: Lang, tiles: { sourceId: string; url: string } | null = null): string {
  const reason = info.error.message || (lang === 'zh' ? '未知错误' : 'unknown error');
  if (info.sourceId === 'basemap')
    return lang === 'zh'
      ? `在线底图 ${info.url ?? ''} 无法加载(${reason}),已改用离线底图。`
      : `The online basemap ${info.url ?? ''} could not load (${reason}); showing the offline basemap instead.`;
  if (tiles && info.sourceId === tiles.sourceId) {
    const url = info.url ?? tiles.url;
    return lang === 'zh' ? `站点瓦片(${url}):${reason}` : `Site tiles (${url}): ${reason}`;
  }
  const where = info.sourceId ?? info.layerId;
  return where ? `${lang === 'zh' ? '地图图层' : 'Map layer'} ${where}: ${reason}` : reason;
}
