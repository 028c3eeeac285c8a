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
    zh: '距离为地点点位到参考图层中最近设施的直线距离,并非道路距离,并带有点位的不确定范围(如 ±80 公里:点位在市政府驻地)。只有在整个不确定范围内都满足条件的地点才算“以内”;可能满足的地点另列。代理点从其上级地点的点位量起。参考点(港口、机场等)本身始终显示。',
    en: 'Distances are straight lines from a place’s point to the nearest point of the reference layer, not road distance, and carry the point’s uncertainty (e.g. ±80 km for a point at the city seat). A place counts as within only when that holds over its whole uncertainty; places only possibly within are listed apart. Proxy points measure from the parent place’s point. Reference points themselves stay shown.',
  },
  possiblyWithin: { zh: '可能在范围内(取决于点位的不确定性)', en: 'Possibly within (depends on the point’s uncertainty)' },
  possiblyNote: {
    zh: '这些地点的距离在不确定范围内跨越所选半径,未计入上方结果,也不在地图上突出。',
    en: 'For these places the radius falls inside the distance’s uncertainty: they are not in the result above nor on the map.',
  },
  noDistance: { zh: '无数据', en: 'no data' },
  absentCount: { zh: '个地点没有所选类型的参考数据,不计入结果', en: 'place(s) have no reference data for a chosen kind and are not counted' },
  uncertaintyUnknown: { zh: '点位不确定性未注明', en: 'point uncertainty not stated' },
  referenceSets: { zh: '参考数据', en: 'Reference data' },
  distance: { zh: '距离', en: 'distance' },
  uncertainty: { zh: '不确定性', en: 'uncertainty' },
  pointKind: { zh: '量起点类型', en: 'measured from (point kind)' },
  nearestPoint: { zh: '最近参考点', en: 'nearest reference point' },
  referenceSet: { zh: '参考数据集', en: 'reference set' },
  includeReference: { zh: '包含参考点', en: 'include reference points' },
  legendShortlist: { zh: '候选清单地点', en: 'Shortlisted place' },
  legendTitleReference: { zh: '参考点', en: 'Reference points' },
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
