/**
 * The catalogue step of the pipeline: parse and validate the table, select the medical zones, map
 * their industries, name and place them, and merge those that are seed places. Returns place features
 * for the shared validator and a report; never writes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Problem } from '../../src/lib/data/schema.ts';
import type { CatalogInfo } from '../../src/lib/data/catalog-types.ts';
import type { GeometryInfo, Industry, PlaceFeature, PlaceProperties, PublicSource, SourceRef } from '../../src/lib/data/types.ts';
import { CATALOG_FILE, CATALOG_ROW_COUNT, parseCatalog, type CatalogRow } from './parse.ts';
import { selectZone, zoneIndustryCodes, termCodes, exclusionReason } from './select.ts';
import { divisionEnglish, englishName, GLOSSARY_FILE, industryEnglish, OFFICIAL_NAMES_FILE, parseGlossary, parseOfficialNames, searchPinyin, type PlaceName } from './names.ts';
import { ALIAS_FILE, parseDivisionAliases, type DivisionAlias } from './division-aliases.ts';
import { choosePlacement, insideProvince, resolveDivision, type Placement, type ProvinceRow, type Resolution, type Seat } from './place.ts';
import { CHECK_SET_FILE, SITES_DIR, errorKm, parseCheckSet, parseSites, siteCodes, type CheckRow, type OutsideProvince, type SiteContext, type SiteRow } from './sites.ts';

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
  /** Placed at a seat (no site row). */
  placed: { row: CatalogRow; placement: Placement }[];
  /** Placed by a row of the site table (data/catalog/sites/). */
  sited: { row: CatalogRow; site: SiteRow }[];
  unplaced: UnplacedZone[];
  /** One public source per site row (`site-<code>`), added to data/sources.json's for the app. */
  siteSources: PublicSource[];
  /** Check-set rows with the error of the final and of the seat-only placement (km; null when none). */
  checks: { check: CheckRow; finalKm: number | null; seatKm: number | null; placedBy: string }[];
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
  /** data/catalog/sites/*.tsv, by repository path. */
  siteFiles: { file: string; text: string }[];
  /** data/catalog/check-set.tsv, or null when absent. */
  checkSet: string | null;
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
    siteFiles: readdirSync(join(root, SITES_DIR))
      .filter((f) => f.endsWith('.tsv'))
      .sort()
      .map((f) => ({ file: `${SITES_DIR}/${f}`, text: readFileSync(join(root, SITES_DIR, f), 'utf8') })),
    checkSet: (() => {
      try {
        return readFileSync(join(root, CHECK_SET_FILE), 'utf8');
      } catch {
        return null;
      }
    })(),
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
  const sited: CatalogResult['sited'] = [];
  const unplaced: UnplacedZone[] = [];

  // The site table and the check set, checked against the zones as their codes name them.
  const byKey = siteCodes(rows);
  const keyOf = new Map([...byKey].map(([key, row]) => [row, key]));
  const resolutions = new Map(kept.map((r) => [r, resolveDivision(r.name, provinceByName.get(r.province)!, input.seats, aliases)]));
  const siteContext = buildSiteContext(byKey, resolutions, input);
  const sites = parseSites(input.siteFiles, siteContext);
  problems.push(...sites.problems);
  const siteByKey = new Map(sites.rows.map((s) => [s.code, s]));
  const siteSources = sites.rows.map(siteSource);
  const finalPoint = new Map<string, [number, number]>();

  for (const m of input.seedMatches) {
    if (!input.placeIds.has(m.place)) problems.push({ file: 'data/catalog/seed-matches.json', feature: m.code, reason: `seed place ${m.place} does not exist` });
    if (!rows.some((r) => r.code === m.code)) problems.push({ file: 'data/catalog/seed-matches.json', feature: m.code, reason: 'code not in the catalogue' });
  }

  for (const row of kept) {
    const province = provinceByName.get(row.province)!;
    const resolution = resolutions.get(row)!;
    const key = keyOf.get(row)!;
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
    const divisionEn = (seat: Seat) => (seat.level === 'province' ? province.name.en : divisionEnglish(seat.name, seat.name, glossary.entries));
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
    const site = siteByKey.get(key);
    if (site) {
      sited.push({ row, site });
      finalPoint.set(key, [site.lon, site.lat]);
      const seat = resolution.county ?? resolution.prefecture;
      info.placement = {
        precision: site.precision,
        ...(seat && seat.level !== 'province' ? { divisionCode: seat.code, division: { zh: seat.name, en: divisionEn(seat) } } : {}),
        site: {
          what: site.what,
          source: siteSourceId(site.code),
          quote: site.quote,
          ...(site.outside ? { outside: outsideInfo(site.outside, input.provinces) } : {}),
        },
      };
      const properties: PlaceProperties = {
        id,
        kind: 'dev-zone',
        parent: input.placeIds.has(province.id) ? province.id : null,
        name: { zh, en, zhStatus: 'verified' },
        industries: zoneIndustryCodes(row.industries, auxiliary),
        figures: [approvedAreaFigure(row, en)],
        statements: [],
        sources: [{ pub: CATALOG_SOURCE, quote: `${row.code} ${row.name}` }],
        geometry: siteGeometry(site),
        catalog: info,
      };
      features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [site.lon, site.lat] } });
      continue;
    }
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
    finalPoint.set(key, [placement.lon, placement.lat]);
    const division = { zh: placement.seat.name, en: divisionEn(placement.seat) };
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
  const checks: CatalogResult['checks'] = [];
  if (input.checkSet !== null) {
    const parsed = parseCheckSet(CHECK_SET_FILE, input.checkSet, siteContext, sites.rows);
    problems.push(...parsed.problems);
    for (const check of parsed.rows) {
      const row = byKey.get(check.code)!;
      const truth: [number, number] = [check.lon, check.lat];
      const final = finalPoint.get(check.code);
      const seat = choosePlacement(resolutions.get(row)!);
      checks.push({
        check,
        finalKm: final ? errorKm(final, truth) : null,
        seatKm: seat ? errorKm([seat.lon, seat.lat], truth) : null,
        placedBy: siteByKey.get(check.code)?.precision ?? (matchByCode.has(row.code) ? 'seed place' : (seat?.precision ?? 'unplaced')),
      });
    }
  }
  return { rows, kept, dropped, features, merges, placed, sited, unplaced, siteSources, checks, problems };
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

/** What site and check rows are validated against: every zone by site code, kept or not, with its resolution. */
export function buildSiteContext(
  byKey: ReadonlyMap<string, CatalogRow>,
  resolutions: ReadonlyMap<CatalogRow, Resolution>,
  input: Pick<CatalogInputs, 'provinces' | 'provincePolygons'>,
): SiteContext {
  const provinceByName = new Map(input.provinces.map((p) => [p.name.zh, p]));
  const none: Resolution = { matched: [], places: [], rules: [], prefecture: null, county: null };
  return {
    zones: new Map(
      [...byKey].map(([key, row]) => [
        key,
        { row, kept: resolutions.has(row), province: provinceByName.get(row.province)!, resolution: resolutions.get(row) ?? none },
      ]),
    ),
    provinces: input.provinces,
    provincePolygons: input.provincePolygons,
  };
}

/** A declared host province as the panel shows it: the province's names, the place (zh) and why (en). */
function outsideInfo(o: OutsideProvince, provinces: readonly ProvinceRow[]): { province: { zh: string; en: string }; place: string; reason: string } {
  const host = provinces.find((p) => p.id === o.province)!;
  return { province: host.name, place: o.place, reason: o.reason };
}

/** Id of the public source generated for a site row. */
export function siteSourceId(code: string): string {
  return `site-${code.toLowerCase()}`;
}

const CJK = /[\u3400-\u9fff]/;

/** The page a site row cites, as a public source (publisher named by its domain; the table has no more). */
export function siteSource(site: SiteRow): PublicSource {
  const host = new URL(site.source).hostname.toLowerCase().replace(/^www\./, '');
  return {
    id: siteSourceId(site.code),
    url: site.source,
    title: site.sourceTitle,
    lang: CJK.test(site.sourceTitle) ? 'zh-CN' : 'en',
    publisher: { zh: host, en: host },
    publisherSite: host,
    note: `Site table ${site.file} row ${site.line}`,
  };
}

const PRECISION_WORDS = {
  site: { en: 'site precision', zh: '场址级' },
  town: { en: 'town/subdistrict precision', zh: '乡镇/街道级' },
  county: { en: 'county precision', zh: '县级' },
  prefecture: { en: 'prefecture precision', zh: '地级' },
} as const;

/** What a site row's point is: kind, method (both languages), radius and sources. */
export function siteGeometry(site: SiteRow): GeometryInfo {
  const fine = site.precision === 'site' || site.precision === 'town';
  const coords = /^geonames:(\d+)$/.exec(site.coordSource);
  const datum = site.datum === 'WGS84' ? '' : ` converted from ${site.datum} to WGS84`;
  const datumZh = site.datum === 'WGS84' ? '' : `，由${site.datum}转换为WGS84`;
  const from =
    site.coordSource === 'same' ? 'given by the cited page' : coords ? `of GeoNames ${coords[1]}` : `from ${site.coordSource}`;
  const fromZh = site.coordSource === 'same' ? '取自所引页面' : coords ? `取自GeoNames ${coords[1]}` : `取自${site.coordSource}`;
  const sources: SourceRef[] = [{ pub: siteSourceId(site.code), quote: site.quote }];
  if (coords) sources.push({ pub: GAZETTEER_SOURCE, quote: `GeoNames ${coords[1]}` });
  return {
    kind: fine ? 'point-at-site' : site.precision === 'county' ? 'point-at-seat' : 'point-at-city',
    confidence: fine ? 'sourced' : 'low',
    method: `${site.what.en} (${PRECISION_WORDS[site.precision].en}; site table ${site.file}). Coordinates ${from}${datum}.${site.outside ? ` Lies outside its catalogue province, in ${site.outside.place} (${site.outside.reason}).` : ''}`,
    methodZh: `${site.what.zh}（${PRECISION_WORDS[site.precision].zh}；位置表 ${site.file}）。坐标${fromZh}${datumZh}。${site.outside ? `位于目录所列省份之外：${site.outside.place}。` : ''}`,
    uncertaintyKm: site.uncertaintyKm,
    sources,
  };
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
