/**
 * The 31 province-level divisions of mainland China, with a rough capital coordinate each, and a
 * coarse land outline used to keep synthetic places on land. Both are hand-listed approximations
 * (good to a few tens of km): enough to make benchmark data look national, never used as real data.
 */
import { ringContains } from '../../src/lib/geo/ring.ts';

export interface SyntheticProvince {
  /** Slug used in ids: `syn-prov-<slug>`. */
  slug: string;
  zh: string;
  en: string;
  /** Six-digit province adcode (GB/T 2260). */
  adcode: string;
  /** Rough [lon, lat] of the capital (municipalities: city centre). */
  capital: [number, number];
  /** Typical distance (km) of zones from the capital. */
  spreadKm: number;
  /** Relative share of zones (eastern, industrial provinces get more). */
  weight: number;
  coastal: boolean;
  /** Has land border crossings. */
  border: boolean;
}

const p = (
  slug: string,
  zh: string,
  en: string,
  adcode: string,
  capital: [number, number],
  spreadKm: number,
  weight: number,
  coastal = false,
  border = false,
): SyntheticProvince => ({ slug, zh, en, adcode, capital, spreadKm, weight, coastal, border });

export const PROVINCES: readonly SyntheticProvince[] = [
  p('beijing', '北京市', 'Beijing', '110000', [116.407, 39.904], 60, 4),
  p('tianjin', '天津市', 'Tianjin', '120000', [117.201, 39.085], 50, 2, true),
  p('hebei', '河北省', 'Hebei', '130000', [114.515, 38.042], 150, 4, true),
  p('shanxi', '山西省', 'Shanxi', '140000', [112.549, 37.857], 150, 2),
  p('inner-mongolia', '内蒙古自治区', 'Inner Mongolia', '150000', [111.751, 40.842], 250, 1.5, false, true),
  p('liaoning', '辽宁省', 'Liaoning', '210000', [123.431, 41.805], 150, 3, true, true),
  p('jilin', '吉林省', 'Jilin', '220000', [125.324, 43.817], 150, 2.5, false, true),
  p('heilongjiang', '黑龙江省', 'Heilongjiang', '230000', [126.535, 45.803], 200, 2, false, true),
  p('shanghai', '上海市', 'Shanghai', '310000', [121.473, 31.23], 45, 3, true),
  p('jiangsu', '江苏省', 'Jiangsu', '320000', [118.797, 32.06], 150, 8, true),
  p('zhejiang', '浙江省', 'Zhejiang', '330000', [120.155, 30.274], 130, 6, true),
  p('anhui', '安徽省', 'Anhui', '340000', [117.227, 31.821], 130, 3.5),
  p('fujian', '福建省', 'Fujian', '350000', [119.296, 26.074], 130, 3.5, true),
  p('jiangxi', '江西省', 'Jiangxi', '360000', [115.858, 28.683], 150, 3),
  p('shandong', '山东省', 'Shandong', '370000', [117.121, 36.651], 180, 6, true),
  p('henan', '河南省', 'Henan', '410000', [113.625, 34.747], 150, 4),
  p('hubei', '湖北省', 'Hubei', '420000', [114.305, 30.593], 150, 4.5),
  p('hunan', '湖南省', 'Hunan', '430000', [112.939, 28.228], 150, 3.5),
  p('guangdong', '广东省', 'Guangdong', '440000', [113.264, 23.129], 150, 8, true),
  p('guangxi', '广西壮族自治区', 'Guangxi', '450000', [108.366, 22.817], 150, 3, true, true),
  p('hainan', '海南省', 'Hainan', '460000', [110.199, 20.044], 60, 2, true),
  p('chongqing', '重庆市', 'Chongqing', '500000', [106.551, 29.563], 80, 3),
  p('sichuan', '四川省', 'Sichuan', '510000', [104.066, 30.572], 200, 5),
  p('guizhou', '贵州省', 'Guizhou', '520000', [106.63, 26.647], 130, 2),
  p('yunnan', '云南省', 'Yunnan', '530000', [102.833, 24.88], 200, 2.5, false, true),
  p('tibet', '西藏自治区', 'Tibet', '540000', [91.117, 29.647], 250, 0.5, false, true),
  p('shaanxi', '陕西省', 'Shaanxi', '610000', [108.94, 34.341], 150, 3),
  p('gansu', '甘肃省', 'Gansu', '620000', [103.834, 36.061], 250, 1.5, false, true),
  p('qinghai', '青海省', 'Qinghai', '630000', [101.778, 36.617], 200, 0.7),
  p('ningxia', '宁夏回族自治区', 'Ningxia', '640000', [106.231, 38.487], 80, 0.8),
  p('xinjiang', '新疆维吾尔自治区', 'Xinjiang', '650000', [87.617, 43.826], 300, 1.5, false, true),
];

/**
 * A coarse outline of mainland China (clockwise from the Pamirs) and of Hainan, as [lon, lat] rings.
 * It follows the coast closely enough to keep synthetic places out of the Bohai, Yellow, East and
 * South China seas; land borders are approximate.
 */
export const LAND_MASK: readonly (readonly [number, number])[][] = [
  [
    [73.6, 39.4], [74.5, 40.6], [76.5, 40.5], [78.5, 41.5], [80.2, 42.2], [80.3, 44.9], [82.5, 45.5],
    [83.0, 47.2], [85.6, 47.1], [87.3, 49.1], [90.0, 47.8], [91.0, 45.4], [93.5, 44.9], [95.4, 44.3],
    [96.4, 42.7], [100.8, 42.6], [103.8, 41.8], [105.0, 41.6], [107.0, 42.3], [110.4, 42.8], [111.9, 43.7],
    [113.6, 44.8], [116.6, 46.3], [117.4, 46.6], [119.9, 46.7], [118.5, 47.9], [115.6, 47.9], [117.4, 49.6],
    [119.2, 50.3], [120.1, 51.7], [121.4, 53.3], [123.5, 53.5], [125.6, 53.0], [127.5, 50.2], [130.6, 48.9],
    [132.5, 47.7], [134.7, 48.3], [133.9, 46.5], [133.1, 45.1], [131.9, 45.3], [131.0, 44.9], [131.2, 43.0],
    [130.6, 42.4], [129.0, 42.1], [128.1, 42.0], [126.2, 41.1], [124.4, 40.0], [123.0, 39.6], [121.6, 38.85],
    [121.2, 38.75], [122.2, 40.65], [121.1, 40.85], [120.5, 40.3], [119.6, 39.9], [118.6, 39.1], [117.8, 38.95],
    [117.6, 38.4], [118.9, 37.7], [119.2, 37.15], [119.9, 37.4], [120.75, 37.8], [121.6, 37.5], [122.6, 37.4],
    [122.4, 36.9], [121.0, 36.5], [120.4, 36.05], [119.6, 35.5], [119.3, 34.8], [120.3, 34.2], [120.8, 33.0],
    [121.4, 32.3], [121.9, 31.7], [121.95, 30.88], [120.95, 30.4], [122.1, 29.9], [121.95, 29.1], [121.6, 28.3],
    [120.8, 27.7], [120.3, 27.1], [119.7, 26.3], [119.4, 25.4], [118.7, 24.7], [118.2, 24.4], [117.4, 23.7],
    [116.6, 23.2], [115.5, 22.7], [114.3, 22.4], [113.6, 22.1], [113.0, 21.9], [112.0, 21.7], [111.0, 21.4],
    [110.4, 21.2], [110.2, 20.25], [109.7, 20.5], [109.8, 21.4], [109.1, 21.45], [108.6, 21.7], [108.0, 21.55],
    [106.75, 22.1], [105.5, 23.2], [103.95, 22.5], [102.2, 22.45], [101.6, 21.2], [100.1, 21.5], [99.2, 22.1],
    [98.9, 23.2], [98.7, 24.1], [97.7, 23.9], [97.6, 25.0], [98.7, 27.6], [97.6, 28.3], [96.0, 28.5],
    [94.0, 27.6], [92.0, 27.8], [90.0, 28.3], [88.9, 27.5], [88.0, 27.9], [86.9, 28.0], [85.0, 28.5],
    [82.0, 30.1], [81.0, 30.2], [79.0, 31.3], [78.8, 32.5], [78.3, 33.9], [79.5, 35.0], [78.0, 35.5],
    [76.0, 36.0], [75.2, 37.5], [73.6, 39.4],
  ],
  [
    [108.6, 19.1], [109.4, 18.2], [110.1, 18.35], [110.6, 18.8], [111.05, 19.6], [110.7, 20.15], [110.0, 20.1],
    [109.6, 19.95], [108.6, 19.1],
  ],
];

/** Rough bounding box of China: [west, south, east, north]. */
export const CHINA_BBOX: readonly [number, number, number, number] = [73.5, 18.1, 134.8, 53.6];

/** Whether [lon, lat] is on (roughly) Chinese land: inside the mask, and not in the sea east of 123°E below 30°N. */
export function onLand(lon: number, lat: number): boolean {
  const [w, s, e, n] = CHINA_BBOX;
  if (lon < w || lon > e || lat < s || lat > n) return false;
  if (lon > 123 && lat < 30) return false;
  return LAND_MASK.some((ring) => ringContains(ring, lon, lat));
}

/** One point-in-ring for the whole project (src/lib/geo/ring.ts). */
export { ringContains };
