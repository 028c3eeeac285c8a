/** UI strings in both languages. Data carries its own zh/en names. */
import type { FeatureKind, GeometryKind, Lang } from '../data/types.ts';

export const STRINGS = {
  title: { zh: '医药园区地图', en: 'MedPark Atlas' },
  loading: { zh: '正在加载地图和数据…', en: 'Loading map and data…' },
  close: { zh: '关闭', en: 'Close' },
  kind: { zh: '类型', en: 'Kind' },
  geometry: { zh: '位置说明', en: 'What the shape means' },
  herePlaces: { zh: '此处的地点', en: 'Places here' },
  basemapNote: {
    zh: '底图边界仅为示意。',
    en: 'Basemap boundaries are illustrative.',
  },
  language: { zh: 'English', en: '中文' },
  languageLabel: { zh: '切换到英文', en: 'Switch to Chinese' },
} satisfies Record<string, Record<Lang, string>>;

export const KIND_LABELS: Record<FeatureKind, Record<Lang, string>> = {
  region: { zh: '地区', en: 'Region' },
  'pilot-zone': { zh: '试验区', en: 'Pilot zone' },
  park: { zh: '园区', en: 'Park' },
  base: { zh: '基地', en: 'Base' },
  platform: { zh: '平台', en: 'Platform' },
  facility: { zh: '设施', en: 'Facility' },
  'signed-project': { zh: '签约项目', en: 'Signed project' },
  'reference-point': { zh: '参考点', en: 'Reference point' },
};

export const GEOMETRY_LABELS: Record<GeometryKind, Record<Lang, string>> = {
  'point-at-site': { zh: '场址点位', en: 'Point at the site' },
  'point-at-seat': { zh: '政府驻地点位', en: 'Point at the government seat' },
  'point-at-city': { zh: '城市中心点位', en: 'Point at the city centre' },
  'proxy-point': { zh: '代位点(实际位置未知)', en: 'Proxy point (real site unknown)' },
  'schematic-equal-area': { zh: '示意:面积真实,非边界', en: 'Schematic: true size, not a boundary' },
  digitised: { zh: '依据地图数字化', en: 'Digitised from a cited map' },
};

/** Picks the language from `navigator.language` (zh-* → zh, anything else → en). */
export function defaultLang(navigatorLanguage: string | undefined): Lang {
  return navigatorLanguage?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
