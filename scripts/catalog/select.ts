/**
 * Which catalogue zones the atlas shows (selection) and how each main-industry term maps to the
 * taxonomy (data/taxonomy.json). The rule is published in data/catalog/README.md; change both together.
 */

/**
 * A zone is kept when one of its main-industry terms contains one of these: they name medicine,
 * pharmaceuticals, medical devices/services, TCM and ethnic medicine, biological products or life sciences.
 */
export const MEDICAL_MARKERS = [
  '医药', '制药', '药品', '新药', // pharmaceuticals (医药化工, 生物医药, 中药制药 …)
  '医疗', '医用', '医学', // medical devices, materials, services (医疗器械, 医用新材料, 生物医学)
  '中药', '中医', '藏药', '藏医', '蒙药', '蒙医', '苗药', '民族药', // TCM and ethnic medicine
  '生物制品', // vaccines, blood products (a regulated drug class in China)
  '生命健康', '生命科学', // life sciences
] as const;

/**
 * Terms deliberately NOT enough on their own, each with the reason. A zone naming only these is dropped
 * (the report lists the dropped zones that name one, so the choice can be reviewed).
 */
export const NOT_MEDICAL: readonly { term: RegExp; why: string }[] = [
  { term: /^生物$|生物(科技|技术|工程)$/, why: 'biology/biotech in general: in the catalogue often agricultural, fermentation or materials biotech' },
  { term: /生物化工|生物质|生物育种|农业生物|海洋生物$|生物资源|生物材料|生物新能源/, why: 'bio-chemicals, biomass energy, breeding, marine/biological resources, biomaterials: not medicine as named' },
  { term: /健康(食品|服务)|保健食品|康体|养生/, why: 'health food and wellness services: mapped to the taxonomy but not a medical industry by themselves' },
  { term: /食品/, why: 'food (incl. 富硒/绿色 foods)' },
  { term: /卫生用品/, why: 'hygiene products' },
  { term: /炸药|农药|兽药/, why: 'explosives, pesticides and veterinary drugs contain 药 but are not medicine' },
  { term: /电气器械|机械器材/, why: 'electrical/mechanical equipment contains 器械 but is not a medical device' },
];

/** Is the term a medical industry by the rule? */
export function isMedicalTerm(term: string): boolean {
  if (/炸药|农药|兽药/.test(term)) return false;
  return MEDICAL_MARKERS.some((m) => term.includes(m));
}

/** Whether the zone is kept, and which of its terms triggered it. */
export function selectZone(terms: readonly string[]): { kept: boolean; medicalTerms: string[] } {
  const medicalTerms = terms.filter(isMedicalTerm);
  return { kept: medicalTerms.length > 0, medicalTerms };
}

/** The reason a dropped term is not medical, if it is one of the deliberate exclusions. */
export function exclusionReason(term: string): string | null {
  return NOT_MEDICAL.find((n) => n.term.test(term))?.why ?? null;
}

/**
 * Term → taxonomy codes, first match wins. Judgment calls: 医药/制药/药品 unspecified →
 * pharma_manufacturing_general; 生物医药/生物制药/生物制品/生化医药 → biologics; 医药化工/化工医药 (pharma
 * chemicals) → api_excipients_intermediates; 医疗/医疗健康/医药医疗 → medical devices or services cannot be
 * told apart, so other_unclear unless the term says more; 生命健康 → other_unclear ("big health" of
 * unclear content). Non-medical terms map to nothing and are shown raw.
 */
export const TERM_MAP: readonly { test: RegExp; codes: string[] }[] = [
  { test: /医药贸易|药材(交易|市场)|医药物流/, codes: ['trade_logistics'] },
  { test: /医疗器械|医疗设备|医用新材料|医用材料|器械/, codes: ['medical_devices'] },
  { test: /中药|中医|藏药|藏医|蒙药|蒙医|苗药|民族药/, codes: ['tcm'] },
  { test: /医药化工|化工医药|原料药|医药中间体/, codes: ['api_excipients_intermediates'] },
  { test: /生物医药|生物制药|生物制品|生化医药|生物医学|海洋生物及制药/, codes: ['biologics'] },
  { test: /化学药/, codes: ['chemical_pharma'] },
  { test: /医疗服务|健康服务|康养|医疗健康/, codes: ['medical_services_health_tourism'] },
  { test: /保健食品|健康食品|特医食品/, codes: ['health_food_nutrition'] },
  { test: /医药|制药|药品|新药/, codes: ['pharma_manufacturing_general'] },
  { test: /医疗|生命健康|生命科学/, codes: ['other_unclear'] },
];

/** Taxonomy codes of one raw term ([] when the term is not in the taxonomy). */
export function termCodes(term: string): string[] {
  if (!isMedicalTerm(term) && !/健康服务|保健食品|健康食品/.test(term)) return [];
  return TERM_MAP.find((m) => m.test.test(term))?.codes ?? [];
}

/**
 * The zone's industry codes: distinct codes in the order of its terms, real industries before the
 * auxiliary ones (the first code colours the map point).
 */
export function zoneIndustryCodes(terms: readonly string[], auxiliary: ReadonlySet<string>): string[] {
  const codes = [...new Set(terms.flatMap(termCodes))];
  return [...codes.filter((c) => !auxiliary.has(c)), ...codes.filter((c) => auxiliary.has(c))];
}
