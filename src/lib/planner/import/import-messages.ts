/**
 * Every message an import can end with, in both languages (the planner owns these strings). A problem
 * names the file, the feature (counted from 1) or row where it applies, and the reason; a technical
 * detail from a parser (English) travels apart, so the panel can mark it `lang="en"`.
 */
import type { Lang, LocalizedText } from '../../data/types.ts';

export interface ImportProblem {
  file: string;
  /** Feature number, counted from 1. */
  feature?: number;
  /** CSV row number, counted from 1 (the header is row 1). */
  row?: number;
  reason: LocalizedText;
  /** A parser's own words (English), shown after the reason. */
  detail?: string;
}

/** A fatal problem thrown by a reader; the pipeline turns it into a result. */
export class ImportFailure extends Error {
  readonly problems: ImportProblem[];
  constructor(problems: ImportProblem | ImportProblem[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((p) => formatImportProblem(p, 'en')).join('; '));
    this.problems = list;
  }
}

const both = (zh: string, en: string): LocalizedText => ({ zh, en });
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
const count = (n: number) => n.toLocaleString('en-US');

/** `file: feature 3: reason (detail)` / `file：第 3 个要素：reason（detail）`. */
export function formatImportProblem(p: ImportProblem, lang: Lang): string {
  const where = [p.row !== undefined ? (lang === 'zh' ? `第 ${p.row} 行` : `row ${p.row}`) : null, p.feature !== undefined ? (lang === 'zh' ? `第 ${p.feature} 个要素` : `feature ${p.feature}`) : null].filter(Boolean);
  const sep = lang === 'zh' ? '：' : ': ';
  const detail = p.detail ? (lang === 'zh' ? `（${p.detail}）` : ` (${p.detail})`) : '';
  return [p.file, ...where, p.reason[lang] + detail].join(sep);
}

/** "1 boundary" / "2 boundaries"; Chinese has no plural. */
export function boundaries(n: number, lang: Lang): string {
  return lang === 'zh' ? `${n} 个边界` : `${count(n)} ${n === 1 ? 'boundary' : 'boundaries'}`;
}
/** "Imported: 2 boundaries, CGCS2000 / 3° GK zone 38 → WGS84" / "已导入：2 个边界，CGCS2000 / … → WGS84". */
export function arrivedSummary(n: number, crs: LocalizedText, lang: Lang): string {
  return lang === 'zh' ? `已导入：${boundaries(n, lang)}，${crs.zh} → WGS84` : `Imported: ${boundaries(n, lang)}, ${crs.en} → WGS84`;
}
export function featureCount(n: number, lang: Lang): string {
  return lang === 'zh' ? `${n} 个要素` : `${count(n)} ${n === 1 ? 'feature' : 'features'}`;
}

export const MSG = {
  empty: () => both('文件是空的', 'the file is empty'),
  tooBig: (bytes: number, max: number) => both(`文件 ${mb(bytes)}，超过单次导入上限 ${mb(max)}`, `${mb(bytes)}, more than the ${mb(max)} one import may read`),
  unknownFormat: () =>
    both(
      '无法识别的格式：可导入 .zip（Shapefile）、.shp+.dbf+.prj、.kml、.kmz、.gpx、.csv/.txt（经纬度或 WKT 列）、.topojson、.geojson/.json',
      'unrecognised format: import a .zip (shapefile), .shp+.dbf+.prj, .kml, .kmz, .gpx, .csv/.txt (lon/lat or WKT columns), .topojson or .geojson/.json',
    ),
  notZip: () => both('不是有效的 zip 压缩包（文件损坏或并非 zip）', 'not a valid zip archive (damaged, or not a zip)'),
  zipBomb: (entry: string, declared: number, max: number) =>
    both(`压缩包中的 ${entry} 解压后 ${mb(declared)}，超过上限 ${mb(max)}：已拒绝，未解压`, `${entry} in the archive unpacks to ${mb(declared)}, more than the ${mb(max)} limit: refused without unpacking`),
  zipEncrypted: () => both('压缩包使用了不支持的压缩方式或加密', 'the archive uses an unsupported compression method or encryption'),
  noShp: (found: string) => both(`压缩包里没有 .shp 文件（找到：${found || '无'}）`, `no .shp file in the archive (found: ${found || 'nothing'})`),
  shpAlone: () => both('只有 .shp：请同时选择 .shp、.dbf、.prj（及 .cpg），或把它们压缩成一个 zip', 'a .shp alone: choose the .shp, .dbf, .prj (and .cpg) together, or zip them into one file'),
  notShp: () => both('.shp 文件头无效（不是 Shapefile）', 'the .shp header is not a shapefile header'),
  shpTruncated: (have: number, declared: number) =>
    both(`.shp 文件不完整：只有 ${count(have)} 字节，文件头声明 ${count(declared)} 字节（复制或下载被中断？）`, `the .shp is truncated: ${count(have)} bytes of the ${count(declared)} its header declares (an interrupted copy or download?)`),
  shpUnreadable: () => both('无法读取 .shp/.dbf', 'the .shp/.dbf could not be read'),
  unknownProjection: (name: string) =>
    both(`无法识别 .prj 中的坐标系“${name}”：请在 GIS 中另存为 WGS84（EPSG:4326）或 CGCS2000 高斯-克吕格投影`, `unknown projection "${name}" in the .prj: save it as WGS84 (EPSG:4326) or a CGCS2000 Gauss-Krüger projection in your GIS`),
  unknownDeclaredCrs: (name: string) =>
    both(`文件声明的坐标系“${name}”无法转换：只支持 WGS84/CGCS2000 经纬度和中国的高斯-克吕格投影`, `the file declares the coordinate system "${name}", which cannot be converted: only WGS84/CGCS2000 longitude/latitude and China's Gauss-Krüger projections can be placed`),
  metresUnknownZone: (example: string) =>
    both(`坐标是米（例如 ${example}），但无法判断投影带：请在下面选择中央经线`, `coordinates are in metres (e.g. ${example}) with no zone to infer: choose the central meridian below`),
  metresNotGk: (example: string) =>
    both(`坐标是米（例如 ${example}），既没有 .prj 也不是带号前缀的高斯-克吕格坐标：请附上 .prj 或另存为 WGS84`, `coordinates are in metres (e.g. ${example}) with no .prj and no zone-prefixed Gauss-Krüger easting: add the .prj or save as WGS84`),
  notXml: () => both('不是有效的 XML（KML/GPX）', 'not valid XML (KML/GPX)'),
  kmzNoKml: () => both('KMZ 中没有 .kml 文件', 'no .kml file in the KMZ'),
  notJson: () => both('不是有效的 JSON', 'not valid JSON'),
  csvNoColumns: (headers: string) =>
    both(`找不到坐标列：需要“经度/纬度”（lon/lat、x/y）或“WKT”列；表头是：${headers}`, `no coordinate columns: expected lon/lat (经度/纬度, x/y) or a WKT column; the header is: ${headers}`),
  csvBadNumber: (column: string, value: string) => both(`“${column}”列的值“${value}”不是数字`, `"${value}" in column "${column}" is not a number`),
  csvBadWkt: () => both('WKT 无法解析', 'the WKT could not be parsed'),
  csvRingTooShort: (group: string) => both(`“${group}”少于 3 个顶点，围不成边界`, `"${group}" has fewer than 3 vertices: not a boundary`),
  noFeatures: () => both('文件中没有要素', 'the file has no features'),
  noPolygons: (n: number) => both(`${n} 个要素中没有面（Polygon）：只有面边界才有面积可比较`, `none of the ${count(n)} features is a polygon: only Polygon and MultiPolygon boundaries have an area to compare`),
  tooManyFeatures: (n: number, max: number) => both(`${count(n)} 个要素，超过单次导入上限 ${count(max)}`, `${count(n)} features, more than the ${count(max)} one import may hold`),
  tooManyVertices: (n: number, max: number) =>
    both(`${count(n)} 个顶点，超过单次导入上限 ${count(max)}（请先简化，例如 mapshaper -simplify 10%）`, `${count(n)} vertices, more than the ${count(max)} one import may hold (simplify it first, e.g. mapshaper -simplify 10%)`),
  timeout: (seconds: number) => both(`读取超过 ${seconds} 秒，已停止（文件太大或太复杂）`, `reading took more than ${seconds} s and was stopped (the file is too large or too complex)`),
  unreadable: () => both('无法读取文件', 'the file could not be read'),
  notGeoJsonObject: (got: string) => both(`应为 GeoJSON 对象（FeatureCollection、Feature 或 Polygon），实际是 ${got}`, `expected a GeoJSON object (FeatureCollection, Feature or Polygon), got ${got}`),
  topType: (got: string) => both(`顶层“type”应为 FeatureCollection、Feature、Polygon 或 MultiPolygon，实际是 ${got}`, `top-level "type" must be FeatureCollection, Feature, Polygon or MultiPolygon, got ${got}`),
  featuresNotArray: () => both('“features”必须是数组', '"features" must be an array'),
  notFeature: () => both('必须是 GeoJSON Feature 对象', 'must be a GeoJSON Feature object'),
  noGeometry: () => both('没有几何（"geometry": null）：没有可绘制的内容', 'has no geometry ("geometry": null): there is nothing to draw'),
  geometryNotObject: () => both('“geometry”必须是对象', '"geometry" must be an object'),
  notPolygon: (type: string) => both(`是 ${type}：只有面（Polygon、MultiPolygon）边界才有面积可比较`, `is a ${type}: only Polygon and MultiPolygon boundaries have an area to compare`),
  badCoordinates: () => both('坐标必须是 [经度, 纬度] 数字对的数组', 'coordinates must be arrays of [longitude, latitude] number pairs'),
  projected: (example: string) => both(`坐标看起来是投影坐标（米，例如 ${example}），不是经纬度`, `coordinates look projected (metres, e.g. ${example}), not longitude/latitude`),
  swapped: (example: string) => both(`坐标看起来顺序颠倒（${example} 读作 [纬度, 经度]）；GeoJSON 的顺序是 [经度, 纬度]`, `coordinates look swapped (${example} reads as [latitude, longitude]); GeoJSON is [longitude, latitude]`),
  outOfRange: (example: string) => both(`坐标 ${example} 超出范围（经度 −180…180，纬度 −90…90）`, `coordinate ${example} out of range (longitude −180…180, latitude −90…90)`),
  invalidGeometry: () => both('几何无效', 'not valid GeoJSON geometry'),
  propertiesNotObject: (got: string) => both(`“properties”必须是对象或 null，实际是 ${got}`, `"properties" must be an object or null, got ${got}`),
};

export const WARN = {
  cgcsAsWgs: () => both('CGCS2000 按 WGS84 处理（两者相差不到 1 米）', 'CGCS2000 taken as WGS84 (they differ by less than 1 m)'),
  datumNotShifted: (datum: string) =>
    both(`${datum} 到 WGS84 的基准转换参数未公开，未做基准转换：位置可能偏差数十米或更多`, `${datum} to WGS84: no published datum shift, none applied — positions may be off by tens of metres or more`),
  zoneInferred: (zone: number) => both(`无 .prj：由带号前缀的东坐标推断为 ${zone} 带，基准按 CGCS2000`, `no .prj: zone ${zone} inferred from the zone-prefixed eastings, datum taken as CGCS2000`),
  centralMeridianChosen: (cm: number) => both(`中央经线 ${cm}°E 为您所选`, `central meridian ${cm}°E as you chose`),
  axesSwapped: () => both('坐标按测量习惯 X=北、Y=东 排列，已交换', 'coordinates were in the surveyors’ X = north, Y = east order and have been swapped'),
  offset: (from: string) => both(`由 ${from} 转换为 WGS84：近似，≤ 1 米`, `converted from ${from} to WGS84: approximate, ≤ 1 m`),
  encodingGuessed: (encoding: string) => both(`属性表没有声明编码，且不是 UTF-8：按 ${encoding} 读取（请检查中文名称）`, `the attribute table declares no encoding and is not UTF-8: read as ${encoding} (check the Chinese names)`),
  skipped: (n: number, kinds: string) => both(`跳过 ${n} 个非面要素（${kinds}）`, `${count(n)} features that are not polygons skipped (${kinds})`),
  linesClosed: (n: number) => both(`${n} 条闭合线按边界读取`, `${count(n)} closed lines read as boundaries`),
  noDbf: () => both('没有 .dbf：要素没有属性', 'no .dbf: the features have no attributes'),
  noPrjLonLat: () => both('没有 .prj：坐标是经纬度，按 WGS84/CGCS2000 处理', 'no .prj: coordinates are longitude/latitude, taken as WGS84/CGCS2000'),
  outsideChina: () => both('导入的边界位于中国境外：请检查坐标系', 'the imported boundaries lie outside China: check the coordinate system'),
};
