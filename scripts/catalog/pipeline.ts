/**
 * The catalogue step of the pipeline: parse and validate the table, select the medical zones, map
 * their industries, name and place them, and merge those that are seed places. Returns place features
 * for the shared validator and a report; never writes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Problem } from '../../src/lib/data/schema.ts';
import type { CatalogInfo } from '../../src/lib/data/catalog-types.ts';
import type { Industry, PlaceFeature, PlaceProperties } from '../../src/lib/data/types.ts';
import { CATALOG_FILE, CATALOG_ROW_COUNT, parseCatalog, type CatalogRow } from './parse.ts';
import { selectZone, zoneIndustryCodes, termCodes, exclusionReason } from './select.ts';
import { divisionEnglish, englishName, GLOSSARY_FILE, industryEnglish, OFFICIAL_NAMES_FILE, parseGlossary, parseOfficialNames, searchPinyin, type PlaceName } from './names.ts';
import { ALIAS_FILE, parseDivisionAliases, type DivisionAlias } from './division-aliases.ts';
import { choosePlacement, insideProvince, resolveDivision, type Placement, type ProvinceRow, type Seat } from './place.ts';

/** Radius of doubt: a seat stands for a whole county (~1,000–5,000 km²) or prefecture (~10,000–50,000 km²). */
export const UNCERTAINTY_KM = { county: 30, prefecture: 80 } as const;
export const CATALOG_SOURCE = 'dz-catalog-2018';
export const GAZETTEER_SOURCE = 'geonames';
export const CATALOG_FEATURE_FILE = 'data/catalog (generated)';

export interface SeedMatch {
  code: string;
  place: string;
  note: string;
}

export interface UnplacedZone {
  row: CatalogRow;
  reason: string;
}

export interface CatalogResult {
  rows: CatalogRow[];
  kept: CatalogRow[];
  dropped: CatalogRow[];
  features: PlaceFeature[];
  /** Seed place id → catalogue info to merge. */
  merges: { match: SeedMatch; row: CatalogRow; info: CatalogInfo }[];
  placed: { row: CatalogRow; placement: Placement }[];
  unplaced: UnplacedZone[];
  problems: Problem[];
}

export interface CatalogInputs {
  tsv: string;
  provinces: ProvinceRow[];
  seats: Seat[];
  /** The reviewed alias table's text (data/catalog/division-aliases.tsv). */
  aliasesTsv: string;
  /** The reviewed glossary (data/catalog/glossary.tsv) and official English names (names-en.tsv). */
  glossaryTsv: string;
  officialNamesTsv: string;
  seedMatches: SeedMatch[];
  provincePolygons: ReadonlyMap<string, Feature<Polygon | MultiPolygon>>;
  taxonomy: Industry[];
  /** Ids of existing places (a province slug that is a place becomes the zone's parent). */
  placeIds: ReadonlySet<string>;
}

/** Reads the committed inputs of the catalogue step from the repository. */
export function readCatalogInputs(root: string, taxonomy: Industry[], placeIds: ReadonlySet<string>): CatalogInputs {
  const json = <T>(rel: string): T => JSON.parse(readFileSync(join(root, rel), 'utf8')) as T;
  const topo = json<Topology>('data/basemap/china.topo.json');
  const collection = feature(topo, topo.objects.provinces) as unknown as FeatureCollection<Polygon | MultiPolygon, { id: string }>;
  return {
    tsv: readFileSync(join(root, CATALOG_FILE), 'utf8'),
    provinces: json<{ provinces: ProvinceRow[] }>('data/provinces.json').provinces,
    seats: json<{ seats: Seat[] }>('data/catalog/gazetteer.json').seats,
    aliasesTsv: readFileSync(join(root, ALIAS_FILE), 'utf8'),
    glossaryTsv: readFileSync(join(root, GLOSSARY_FILE), 'utf8'),
    officialNamesTsv: readFileSync(join(root, OFFICIAL_NAMES_FILE), 'utf8'),
    seedMatches: json<{ matches: SeedMatch[] }>('data/catalog/seed-matches.json').matches,
    provincePolygons: new Map(collection.features.map((f) => [f.properties.id, f])),
    taxonomy,
    placeIds,
  };
}

/** Runs the catalogue step. */
export function runCatalog(input: CatalogInputs): CatalogResult {
  const provinceByName = new Map(input.provinces.map((p) => [p.name.zh, p]));
  const { rows, problems } = parseCatalog(input.tsv, {
    provinceCodes: new Map(input.provinces.map((p) => [p.name.zh, p.adcode.slice(0, 2)])),
    expectedRows: CATALOG_ROW_COUNT,
  });
  const aliases = checkedAliases(input.aliasesTsv, input.seats, problems);
  const glossary = parseGlossary(input.glossaryTsv);
  const officialNames = parseOfficialNames(input.officialNamesTsv);
  problems.push(...glossary.problems, ...officialNames.problems);
  const officialByCode = new Map(officialNames.names.map((n) => [n.code, n]));
  for (const n of officialNames.names)
    if (!rows.some((r) => r.code === n.code.replace(/-2$/, ''))) problems.push({ file: OFFICIAL_NAMES_FILE, feature: n.code, reason: 'code not in the catalogue' });
  const auxiliary = new Set(input.taxonomy.filter((i) => i.auxiliary).map((i) => i.code));
  const kept = rows.filter((r) => selectZone(r.industries).kept);
  const dropped = rows.filter((r) => !selectZone(r.industries).kept);
  const matchByCode = new Map(input.seedMatches.map((m) => [m.code, m]));
  const seen = new Set<string>();
  const features: PlaceFeature[] = [];
  const merges: CatalogResult['merges'] = [];
  const placed: CatalogResult['placed'] = [];
  const unplaced: UnplacedZone[] = [];

  for (const m of input.seedMatches) {
    if (!input.placeIds.has(m.place)) problems.push({ file: 'data/catalog/seed-matches.json', feature: m.code, reason: `seed place ${m.place} does not exist` });
    if (!rows.some((r) => r.code === m.code)) problems.push({ file: 'data/catalog/seed-matches.json', feature: m.code, reason: 'code not in the catalogue' });
  }

  for (const row of kept) {
    const province = provinceByName.get(row.province)!;
    const resolution = resolveDivision(row.name, province, input.seats, aliases);
    let placement = choosePlacement(resolution);
    // A county seat on the province's edge can fall outside the simplified basemap (武穴 on the Yangtze):
    // the prefecture seat then stands in, saying why.
    if (placement?.precision === 'county' && !insideProvince(placement.lon, placement.lat, province.iso, input.provincePolygons)) {
      const outside = placement.seat.name;
      const fallback = choosePlacement({ ...resolution, county: null, note: undefined });
      if (fallback) placement = { ...fallback, note: `the seat of ${outside} lies outside ${province.name.zh} on the simplified basemap` };
    }
    const zh = resolution.correction?.corrected ?? row.name;
    const placesEn: PlaceName[] = resolution.places.map(({ text, seat }) => ({
      zh: text,
      en: !seat || seat.level === 'province' ? province.name.en : divisionEnglish(text, seat.name, glossary.entries),
    }));
    const info: CatalogInfo = {
      code: row.code,
      level: row.level,
      type: row.type,
      typeName: { zh: row.typeZh, en: row.typeEn },
      approvedAreaHa: row.areaHa,
      approvedOn: row.approvedOn,
      mainIndustriesRaw: row.industries,
      mainIndustryCodes: row.industries.map(termCodes),
      mainIndustriesEn: row.industries.map((t) => industryEnglish(t, glossary.entries)),
      province: province.id,
      pinyin: searchPinyin(zh),
      // The catalogue's own spelling, shown as a note and searchable (湽博 for 淄博).
      ...(resolution.correction ? { printedName: row.name } : {}),
      enGenerated: true,
    };
    let id = `dz-${row.code.toLowerCase()}`;
    // The one known duplicate code (S377018) is two real zones: the second gets the suffix -2.
    if (seen.has(id)) id = `${id}-2`;
    const official = officialByCode.get(id.slice(3).toUpperCase());
    if (official) {
      info.enGenerated = false;
      info.enSource = { url: official.source, title: official.sourceTitle, quote: official.quote };
    }
    const en = official?.en ?? englishName(zh, placesEn, glossary.entries);
    const match = matchByCode.get(row.code);
    if (match) {
      merges.push({ match, row, info });
      continue;
    }
    seen.add(id);
    if (!placement) {
      const named = resolution.county ?? resolution.prefecture;
      unplaced.push({ row, reason: named ? `the gazetteer has no seat for ${named.name}${resolution.county && resolution.prefecture ? ` nor ${resolution.prefecture.name}` : ''}` : (resolution.note ?? 'no division of the province named') });
      continue;
    }
    if (!insideProvince(placement.lon, placement.lat, province.iso, input.provincePolygons)) {
      unplaced.push({ row, reason: `seat of ${placement.seat.name} (${placement.lon}, ${placement.lat}) is not inside ${province.name.zh} on the basemap` });
      continue;
    }
    placed.push({ row, placement });
    const division = { zh: placement.seat.name, en: placement.seat.level === 'province' ? province.name.en : divisionEnglish(placement.seat.name, placement.seat.name, glossary.entries) };
    info.placement = { precision: placement.precision, divisionCode: placement.seat.code, division };
    const catalogSource = { pub: CATALOG_SOURCE, quote: `${row.code} ${row.name}` };
    const properties: PlaceProperties = {
      id,
      kind: 'dev-zone',
      parent: input.placeIds.has(province.id) ? province.id : null,
      name: { zh, en, zhStatus: 'verified' },
      industries: zoneIndustryCodes(row.industries, auxiliary),
      figures: [approvedAreaFigure(row, en)],
      statements: [],
      sources: [catalogSource],
      geometry: {
        kind: placement.precision === 'county' ? 'point-at-seat' : 'point-at-city',
        confidence: 'low',
        // English only in the English method (division in English; rules without their Chinese words).
        method: `Placed at the seat of ${division.en} (${placement.precision === 'county' ? 'county level' : 'prefecture level'}, GB/T 2260 ${placement.seat.code}); the catalogue gives no location.${placement.note ? ' County seat not used (see the data report).' : ''}${resolution.rules.length ? ` Division found by: ${resolution.rules.map(ruleEnglish).join('; ')}.` : ''}`,
        methodZh: `置于${placement.seat.name}驻地（${placement.precision === 'county' ? '县级' : '地级'}，GB/T 2260 ${placement.seat.code}）；目录未给出位置。${placement.note ? `未采用县级：${placement.note}。` : ''}`,
        uncertaintyKm: UNCERTAINTY_KM[placement.precision],
        sources: [{ pub: GAZETTEER_SOURCE, quote: `GeoNames ${placement.seat.geonameId} (${placement.seat.match === 'pinyin-name' ? 'matched by pinyin name in the same prefecture' : 'matched by Chinese name'})` }],
      },
      catalog: info,
    };
    features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [placement.lon, placement.lat] } });
  }
  return { rows, kept, dropped, features, merges, placed, unplaced, problems };
}

/** A resolver rule in English words only ("alias 户县 (former-name) → 鄠邑区" → "alias"). */
function ruleEnglish(rule: string): string {
  return rule.split(':')[0].replace(/\s*\S*[\u4e00-\u9fff].*$/u, '').trim() || 'reviewed alias';
}

/** The alias table's rows whose code names a division of the gazetteer under the same name; problems for the rest. */
function checkedAliases(tsv: string, seats: readonly Seat[], problems: Problem[]): DivisionAlias[] {
  const parsed = parseDivisionAliases(tsv);
  problems.push(...parsed.problems);
  const byCode = new Map(seats.map((s) => [s.code, s]));
  return parsed.rows.filter((a) => {
    const seat = byCode.get(a.code);
    if (seat?.name === a.division) return true;
    problems.push({ file: ALIAS_FILE, feature: `row ${a.line} (${a.alias})`, reason: seat ? `code ${a.code} is ${seat.name}, not ${a.division}` : `code ${a.code} is not a GB/T 2260 division of the gazetteer` });
    return false;
  });
}

/** The catalogue's approved area as a figure, in hectares as printed. */
export function approvedAreaFigure(row: CatalogRow, en?: string): PlaceProperties['figures'][number] {
  return {
    kind: 'area',
    metric: 'approved-area',
    label: { zh: '核准面积（2018年目录）', en: 'Approved area (2018 catalogue)' },
    value: row.areaHa,
    unit: 'ha',
    year: 2018,
    scope: { zh: `${row.name}（目录核准范围）`, en: `${en ?? 'The zone'} as approved in the catalogue` },
    basis: 'planned',
    source: { pub: CATALOG_SOURCE, quote: `${row.code} ${row.name}` },
  };
}

/**
 * Gives seed places that are catalogue zones the catalogue's figures (returns new features; the seed's
 * own figures are kept beside them, since they differ in date and scope).
 */
export function mergeIntoSeeds(features: readonly PlaceFeature[], merges: CatalogResult['merges']): PlaceFeature[] {
  const byPlace = new Map(merges.map((m) => [m.match.place, m]));
  return features.map((f) => {
    const m = byPlace.get(f.properties.id);
    if (!m) return f;
    const p = f.properties;
    return {
      ...f,
      properties: {
        ...p,
        figures: [...p.figures, approvedAreaFigure(m.row)],
        statements: [
          ...p.statements,
          {
            text: {
              zh: `2018年开发区目录：${m.row.name}（${m.row.code}），主导产业：${m.row.industries.join('、')}。`,
              en: `2018 development-zone catalogue: ${m.row.code}; main industries (zh): ${m.row.industries.join(', ')}. ${m.match.note}`,
            },
            source: { pub: CATALOG_SOURCE, quote: `${m.row.code} ${m.row.name}` },
          },
        ],
        catalog: m.info,
      },
    };
  });
}

/** Why a dropped zone's terms were not medical (only zones naming a deliberate exclusion are listed). */
export function droppedNearMisses(dropped: readonly CatalogRow[]): { row: CatalogRow; term: string; why: string }[] {
  return dropped.flatMap((row) => {
    const hit = row.industries.map((t) => ({ t, why: exclusionReason(t) })).find((x) => x.why && !/食品/.test(x.t));
    return hit ? [{ row, term: hit.t, why: hit.why! }] : [];
  });
}
