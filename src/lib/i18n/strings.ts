/** UI strings in both languages. Data carries its own zh/en names. */
import type { ZoneLevel, ZoneType } from '../data/catalog-types.ts';
import type { Confidence, FeatureKind, FigureBasis, GeometryKind, Lang, PlaceStatus, ReferenceKind } from '../data/types.ts';
import type { LayerGroupId } from '../state/layer-groups.ts';

type Text = Record<Lang, string>;

export const STRINGS = {
  title: { zh: '医药园区地图', en: 'MedPark Atlas' },
  subtitle: { zh: '中国医药试验区、园区与基地', en: "China's medical pilot zones, parks and bases" },
  loading: { zh: '正在加载地图和数据…', en: 'Loading map and data…' },
  close: { zh: '关闭', en: 'Close' },
  mapLabel: { zh: '地图', en: 'Map' },
  kind: { zh: '类型', en: 'Kind' },
  parent: { zh: '上级', en: 'Part of' },
  industries: { zh: '产业', en: 'Industries' },
  geometry: { zh: '图形说明', en: 'What the shape means' },
  geometryMethod: { zh: '方法', en: 'Method' },
  uncertainty: { zh: '误差范围', en: 'Uncertainty' },
  herePlaces: { zh: '此处的地点', en: 'Places at this point' },
  basemapNote: { zh: '示意图，非标准地图，未经审核', en: 'Schematic map, not a reviewed standard map' },
  basemapCoarse: {
    zh: '离线底图在此比例尺下较粗略(无街道)。',
    en: 'The offline basemap is coarse at this scale (no streets).',
  },
  language: { zh: 'English', en: '中文' },
  languageLabel: { zh: '切换到英文', en: 'Switch to Chinese' },
  filters: { zh: '筛选', en: 'Filters' },
  regionFilter: { zh: '地区', en: 'Region' },
  zoneFilter: { zh: '开发区(2018年目录)', en: 'Development zones (2018 catalogue)' },
  zoneLevel: { zh: '批准级别', en: 'Approval level' },
  zoneType: { zh: '类型', en: 'Type' },
  layerGroups: { zh: '图层', en: 'Layers' },
  clearFilters: { zh: '清除筛选', en: 'Clear filters' },
  list: { zh: '地点列表', en: 'Places' },
  listCount: { zh: '个地点', en: 'places' },
  showMore: { zh: '显示更多', en: 'Show more' },
  emptyFilter: { zh: '没有符合筛选条件的地点。', en: 'No place matches these filters.' },
  search: { zh: '搜索地点(中文、英文或原文拼写)', en: 'Search places (Chinese, English or the article’s spelling)' },
  searchPlaceholder: { zh: '搜索…', en: 'Search…' },
  noResults: { zh: '无结果', en: 'No results' },
  matchedSeed: { zh: '原文拼写', en: 'article spelling' },
  seedName: { zh: '原文(机器翻译)名称', en: 'Name in the article (machine translation)' },
  correction: { zh: '更正说明', en: 'Correction' },
  zhUnverified: { zh: '中文名称未经核实', en: 'Chinese name not verified' },
  zhCandidate: { zh: '中文名称为推测', en: 'Chinese name is a candidate' },
  identityDoubt: { zh: '身份存疑', en: 'Identity uncertain' },
  candidates: { zh: '候选', en: 'Candidates' },
  area: { zh: '面积', en: 'Area' },
  declaredArea: { zh: '公布面积', en: 'Declared area' },
  computedArea: { zh: '示意图形面积(计算)', en: 'Footprint area (computed)' },
  delta: { zh: '差异', en: 'Difference' },
  figures: { zh: '数据', en: 'Figures' },
  statements: { zh: '要点', en: 'Facts' },
  children: { zh: '下属地点', en: 'Places within' },
  project: { zh: '签约项目', en: 'Signed project' },
  origin: { zh: '来源地', en: 'Origin' },
  originEstimated: { zh: '由名称推断', en: 'inferred from the name' },
  signedAt: { zh: '签约', en: 'Signed' },
  sources: { zh: '来源', en: 'Sources' },
  seedSource: { zh: '新闻原文', en: 'Seed article' },
  estimateSource: { zh: '估计', en: 'Estimate' },
  serves: { zh: '服务', en: 'Serves' },
  tiledSiteNote: {
    zh: '此地点来自矢量瓦片档案,仅含名称、类型与产业;完整记录(数据、来源)见其所属园区。档案中的地点总数',
    en: 'This site comes from the vector-tile archive, which carries its name, kind and industries only; figures and sources are on its zone. Sites in the archive',
  },
  nearby: { zh: '附近交通节点', en: 'Nearby transport' },
  nearbyNote: { zh: '直线距离,从地点锚点起算(300公里内)。', en: 'Straight-line distance from the place’s anchor (within 300 km).' },
  nearbyProxy: { zh: '该地点为代位点,实际距离未知。', en: 'This place is a proxy point: real distances are unknown.' },
  about: { zh: '关于', en: 'About' },
  aboutTitle: { zh: '关于本地图', en: 'About this map' },
  showList: { zh: '筛选与列表', en: 'Filters & list' },
  legend: { zh: '图例', en: 'Legend' },
  legendSchematic: { zh: '示意范围:面积真实,非边界', en: 'Schematic footprint: true size, not a boundary' },
  legendLocated: { zh: '已定位点(驻地、城市或场址)', en: 'Located point (seat, city or site)' },
  legendProxy: { zh: '代位点:实际位置未知', en: 'Proxy point: real site unknown' },
  compare: { zh: '比较面积', en: 'Compare footprints' },
  compareTitle: { zh: '同一比例尺下的范围比较', en: 'Footprints side by side, at one scale' },
  compareLead: {
    zh: '当前筛选中的所有示意范围,按同一比例尺绘制,面积真实;形状与位置仅为示意,不是边界。',
    en: 'Every footprint in the current filter, drawn at the same scale: the sizes are true, the shapes and positions are schematic, not boundaries.',
  },
  compareEmpty: { zh: '当前筛选中没有带面积的范围。', en: 'No footprint with an area in the current filter.' },
  scale: { zh: '比例尺', en: 'Scale' },
  figureScope: { zh: '范围', en: 'Scope' },
  scopeNote: { zh: '口径说明', en: 'Why it differs' },
  // MapLibre sets the attribution as HTML: a constant of ours, never data.
  mapAttribution: { zh: '<span lang="en">Natural Earth</span> · 医药园区地图资料来源', en: 'Natural Earth · MedPark Atlas sources' },
  technicalDetail: { zh: '技术细节', en: 'Technical detail' },
  sharedZones: { zh: '{n} 个开发区共用此点', en: '{n} zones share this point' },
  sharedPlaces: { zh: '{n} 个地点共用此点', en: '{n} places share this point' },
  sharedSeat: { zh: '{name}驻地（{level}）', en: 'the seat of {name} ({level} level)' },
  sharedProxyOf: { zh: '{name}的位置', en: 'the position of {name}' },
  sharedNote: {
    zh: '它们的位置不够精确，无法区分，放大地图也不会分开；地图上显示为一个带数字的圆点。',
    en: 'Their positions are not precise enough to tell apart, and zooming in does not separate them; the map shows them as one circle with their count.',
  },
  status: { zh: '建设状态', en: 'Status' },
  articleSays: { zh: '原文对全部签约项目的说明', en: 'What the article says of all signed projects' },
  noIndustry: { zh: '无产业(地区、参考点)', en: 'No industry (regions, reference points)' },
  toolLoadFailed: {
    zh: '此工具未能加载(网络中断或网站已更新)。请重新打开,或刷新页面。',
    en: 'This tool could not load (the network dropped or the site was updated). Open it again, or reload the page.',
  },
} satisfies Record<string, Text>;

export const KIND_LABELS: Record<FeatureKind, Text> = {
  region: { zh: '地区', en: 'Region' },
  'pilot-zone': { zh: '试验区', en: 'Pilot zone' },
  park: { zh: '园区', en: 'Park' },
  base: { zh: '基地', en: 'Base' },
  platform: { zh: '平台', en: 'Platform' },
  facility: { zh: '设施', en: 'Facility' },
  'signed-project': { zh: '签约项目', en: 'Signed project' },
  'reference-point': { zh: '参考点', en: 'Reference point' },
  'dev-zone': { zh: '开发区（2018年目录）', en: 'Development zone (2018 catalogue)' },
};

export const GEOMETRY_LABELS: Record<GeometryKind, Text> = {
  'point-at-site': { zh: '场址点位(有来源)', en: 'Point at the site (sourced)' },
  'point-estimate': { zh: '估计位置(非测量点位)', en: 'Estimated location (not a surveyed point)' },
  'label-point': { zh: '标注点:仅用于放置名称', en: 'Label point: only where the name is drawn' },
  'point-at-seat': { zh: '政府驻地点位(实际场址可能相距数公里)', en: 'Point at the government seat (the site may be km away)' },
  'point-at-city': { zh: '城市中心点位', en: 'Point at the city centre' },
  'proxy-point': { zh: '代位点:实际位置未知,置于上级地点', en: "Proxy point: real site unknown, placed at its parent's anchor" },
  'schematic-equal-area': { zh: '示意:面积真实,非边界', en: 'Schematic: true size, not a boundary' },
  digitised: { zh: '依据所引地图数字化', en: 'Digitised from a cited map' },
};

export const BASIS_LABELS: Record<FigureBasis, Text> = {
  target: { zh: '目标', en: 'target' },
  actual: { zh: '实际', en: 'reported result' },
  planned: { zh: '规划', en: 'planned' },
};

export const STATUS_LABELS: Record<PlaceStatus, Text> = {
  planned: { zh: '规划/即将开工', en: 'planned / about to start' },
  'under-construction': { zh: '在建', en: 'under construction' },
  operating: { zh: '运营中', en: 'operating' },
};

export const CONFIDENCE_LABELS: Record<Confidence, Text> = {
  sourced: { zh: '有来源', en: 'sourced' },
  estimate: { zh: '估计', en: 'estimate' },
  low: { zh: '低可信度', en: 'low confidence' },
};

/** Catalogue zones (2018 catalogue): approval levels and zone types as the filter names them. */
export const ZONE_LEVEL_LABELS: Record<ZoneLevel, Text> = {
  national: { zh: '国家级(国务院批准)', en: 'National (State Council)' },
  provincial: { zh: '省级(省政府批准)', en: 'Provincial (province)' },
};

export const ZONE_TYPE_LABELS: Record<ZoneType, Text> = {
  etdz: { zh: '经济技术开发区', en: 'Economic & technological development zone' },
  hitech: { zh: '高新技术产业开发区', en: 'High-tech industrial development zone' },
  customs: { zh: '海关特殊监管区域', en: 'Special customs supervision area' },
  border: { zh: '边境/跨境经济合作区', en: 'Border economic cooperation zone' },
  other: { zh: '其他类型开发区', en: 'Other development zone' },
  edz: { zh: '经济开发区', en: 'Economic development zone' },
  'industrial-park': { zh: '工业园区', en: 'Industrial park' },
};

export const LAYER_LABELS: Record<LayerGroupId, Text> = {
  regions: { zh: '地区(含福建两核多区)', en: 'Regions (incl. Fujian cores & areas)' },
  'pilot-zones': { zh: '试验区', en: 'Pilot zones' },
  'dev-zones': { zh: '开发区(2018年目录)', en: 'Development zones (2018 catalogue)' },
  'parks-bases': { zh: '园区与基地', en: 'Parks and bases' },
  platforms: { zh: '平台与设施', en: 'Platforms and facilities' },
  'signed-projects': { zh: '签约项目', en: 'Signed projects' },
  'reference-points': { zh: '参考点(港口、机场、车站、口岸)', en: 'Reference points (ports, airports, stations, border)' },
};

export const REFERENCE_LABELS: Record<ReferenceKind, Text> = {
  seaport: { zh: '港口', en: 'Seaport' },
  airport: { zh: '机场', en: 'Airport' },
  'railway-station': { zh: '火车站', en: 'Railway station' },
  'border-crossing': { zh: '口岸', en: 'Border crossing' },
};

/** Picks the language from `navigator.language` (zh-* → zh, anything else → en). */
export function defaultLang(navigatorLanguage: string | undefined): Lang {
  return navigatorLanguage?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
