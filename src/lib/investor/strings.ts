/** The investor tool's own UI strings (kept here, not in the shared table, so tools merge cleanly). */
import type { Figure, Lang } from '../data/types.ts';
import type { NearKind } from './near.ts';

type Text = Record<Lang, string>;

export const INVESTOR_STRINGS = {
  tool: { zh: '投资选址', en: 'Site finder' },
  title: { zh: '投资选址:筛选、候选与对比', en: 'Site finder: filter, shortlist, compare' },
  sites: { zh: '地点', en: 'Sites' },
  shortlist: { zh: '候选清单', en: 'Shortlist' },
  charts: { zh: '图表', en: 'Charts' },
  nearTitle: { zh: '距交通设施(直线距离)', en: 'Near transport (straight-line distance)' },
  nearOff: { zh: '不限', en: 'any distance' },
  within: { zh: '以内', en: 'within' },
  nearNote: {
    zh: '距离为地点锚点到参考图层中最近设施的直线距离,并非道路距离;代理点的距离从其上级地点的锚点量起。参考点(港口、机场等)本身始终显示。',
    en: 'Distances are straight lines from a place’s anchor to the nearest point of the reference layer, not road distance; for proxy points they are measured from the parent place’s anchor. Reference points themselves stay shown.',
  },
  proxyDistance: { zh: '距离从上级地点锚点量起', en: 'distance from the parent’s anchor' },
  name: { zh: '名称', en: 'Name' },
  region: { zh: '地区', en: 'Region' },
  sortBy: { zh: '排序', en: 'Sort by' },
  star: { zh: '加入候选清单', en: 'Add to shortlist' },
  unstar: { zh: '移出候选清单', en: 'Remove from shortlist' },
  shortlistEmpty: { zh: '候选清单为空:在列表、地点面板或此处点击 ☆ 加入地点。', en: 'The shortlist is empty: star places (☆) in the list, the place panel or here.' },
  clearShortlist: { zh: '清空候选清单', en: 'Clear shortlist' },
  attribute: { zh: '属性', en: 'Attribute' },
  differs: { zh: '各地点不同', en: 'differs between places' },
  declaredArea: { zh: '公布面积', en: 'Declared area' },
  computedArea: { zh: '图形面积(计算)', en: 'Shape area (computed)' },
  targets: { zh: '目标', en: 'Targets' },
  investment: { zh: '投资', en: 'Investment' },
  revenue: { zh: '营收/产值', en: 'Revenue / output' },
  counts: { zh: '数量', en: 'Counts' },
  signedProjects: { zh: '签约项目', en: 'Signed projects' },
  proximity: { zh: '最近交通设施(直线)', en: 'Nearest transport (straight-line)' },
  geometryQuality: { zh: '位置精度', en: 'Geometry quality' },
  sources: { zh: '来源', en: 'Sources' },
  none: { zh: '—', en: '—' },
  export: { zh: '导出', en: 'Export' },
  exportOf: { zh: '导出范围', en: 'Export' },
  scopeFiltered: { zh: '当前筛选', en: 'Filtered view' },
  scopeShortlist: { zh: '候选清单', en: 'Shortlist' },
  scopePlace: { zh: '所选地点', en: 'Selected place' },
  exportEmpty: { zh: '没有可导出的地点:所选范围为空,未生成文件。', en: 'Nothing to export: the selection is empty, so no file was written.' },
  exported: { zh: '已导出', en: 'Exported' },
  png: { zh: '地图 PNG', en: 'Map PNG' },
  dossier: { zh: '打印报告(PDF)', en: 'Print dossier (PDF)' },
  dossierTitle: { zh: '医药园区选址报告', en: 'MedPark site dossier' },
  dataVersion: { zh: '数据版本', en: 'Data version' },
  date: { zh: '日期', en: 'Date' },
  illustrative: { zh: '边界仅为示意,不代表官方边界;图形含义见各地点说明。', en: 'Boundaries are illustrative, not official; each place says what its shape means.' },
  straightLine: { zh: '直线', en: 'straight-line' },
  csvSources: { zh: '来源', en: 'sources' },
} satisfies Record<string, Text>;

export const NEAR_LABELS: Record<NearKind, Text> = {
  seaport: { zh: '海港', en: 'Seaport' },
  airport: { zh: '机场', en: 'Airport' },
  station: { zh: '火车站', en: 'Railway station' },
  border: { zh: '边境口岸', en: 'Border crossing' },
};

export const QUALIFIER_LABELS: Record<NonNullable<Figure['qualifier']>, Text> = {
  exceeds: { zh: '超过', en: 'more than' },
  nearly: { zh: '近', en: 'nearly' },
  about: { zh: '约', en: 'about' },
  'up-to': { zh: '最高', en: 'up to' },
  'at-least': { zh: '至少', en: 'at least' },
};

export const UNIT_LABELS: Record<Figure['unit'], Text> = {
  km2: { zh: '平方公里', en: 'km²' },
  ha: { zh: '公顷', en: 'ha' },
  mu: { zh: '亩', en: 'mu' },
  CNY: { zh: '元', en: 'CNY' },
  count: { zh: '个', en: 'count' },
  percent: { zh: '%', en: '%' },
  m2: { zh: '平方米', en: 'm²' },
};
