/**
 * Name forms of a GB/T 2260 division, shared by the gazetteer extract (matching GeoNames names) and the
 * zone-name resolver (matching the start of a catalogue name): 正定县 → 正定, 围场满族蒙古族自治县 → 围场,
 * 海北藏族自治州 → 海北 and 海北州.
 */

/** Generic suffixes of division names, longest first (正定县 → 正定). */
export const DIVISION_SUFFIXES = ['自治县', '自治旗', '自治州', '林区', '特区', '地区', '新区', '县', '区', '市', '旗', '盟'] as const;

/**
 * The 55 ethnic minorities' names as they occur in autonomous-division names, longest first so that
 * 土家 is tried before 土 and 蒙古 before a bare match. (Source: the names of China's 56 recognised
 * ethnic groups; 汉 is not used in autonomous names.)
 */
const ETHNIC = [
  '柯尔克孜', '维吾尔', '哈萨克', '乌孜别克', '塔吉克', '塔塔尔', '俄罗斯', '鄂伦春', '鄂温克', '达斡尔',
  '蒙古', '朝鲜', '布依', '土家', '哈尼', '傈僳', '拉祜', '东乡', '纳西', '景颇', '仫佬', '布朗', '撒拉', '毛南',
  '仡佬', '锡伯', '阿昌', '普米', '德昂', '保安', '裕固', '独龙', '赫哲', '门巴', '珞巴', '基诺', '高山',
  '回', '藏', '苗', '彝', '壮', '满', '侗', '瑶', '白', '傣', '黎', '佤', '畲', '水', '羌', '土', '怒', '京',
].sort((a, b) => b.length - a.length);

/** The division name without its generic suffix, or null when that would leave one character (赵县). */
export function shortName(name: string): string | null {
  const suffix = DIVISION_SUFFIXES.find((s) => name.endsWith(s));
  const short = suffix ? name.slice(0, -suffix.length) : name;
  return short.length >= 2 && short !== name ? short : null;
}

/**
 * The place part of an autonomous division's name: the suffix and the ethnic names before it removed
 * (围场满族蒙古族自治县 → 围场, 黔南布依族苗族自治州 → 黔南, 博尔塔拉蒙古自治州 → 博尔塔拉), or null when the name
 * is not autonomous or nothing of two characters is left.
 */
export function ethnicShortName(name: string): string | null {
  const suffix = ['自治县', '自治旗', '自治州'].find((s) => name.endsWith(s));
  if (!suffix) return null;
  let rest = name.slice(0, -suffix.length);
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of ETHNIC)
      for (const form of [`${e}族`, e])
        if (rest.endsWith(form) && rest.length - form.length >= 2) {
          rest = rest.slice(0, -form.length);
          changed = true;
          break;
        }
  }
  return rest.length >= 2 && rest !== name.slice(0, -suffix.length) ? rest : null;
}

/**
 * Every form a division goes by in zone names, longest first: the full name, the name without its
 * suffix, the autonomous short form and, for an autonomous prefecture, that short form + 州 (海北州).
 */
export function nameForms(name: string): string[] {
  const forms = new Set<string>([name]);
  const short = shortName(name);
  if (short) forms.add(short);
  const ethnic = ethnicShortName(name);
  if (ethnic) {
    forms.add(ethnic);
    if (name.endsWith('自治州')) forms.add(`${ethnic}州`);
  }
  return [...forms].sort((a, b) => b.length - a.length);
}
