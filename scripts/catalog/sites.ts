/**
 * The site table (data/catalog/sites/<province>.tsv): where a catalogue zone really is, from a cited
 * public page, with its precision and radius of doubt; and the check set (data/catalog/check-set.tsv):
 * independent real locations that placement error is measured against. Schema: data/catalog/README.md.
 * A bad row is a problem naming file, row (line number and code) and reason; the build fails on any.
 */
import gcoord from 'gcoord';
import { distance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Problem } from '../../src/lib/data/schema.ts';
import type { CatalogRow } from './parse.ts';
import { insideProvince, type ProvinceRow, type Resolution } from './place.ts';

export const SITES_DIR = 'data/catalog/sites';
export const CHECK_SET_FILE = 'data/catalog/check-set.tsv';

export const SITE_HEADER = [
  'code', 'zone', 'lon', 'lat', 'datum', 'precision', 'uncertainty_km', 'what_zh', 'what_en',
  'source', 'source_title', 'quote', 'coord_source', 'note',
] as const;
export const CHECK_HEADER = ['code', 'zone', 'lon', 'lat', 'datum', 'source', 'source_title', 'quote', 'note'] as const;

export const SITE_PRECISIONS = ['site', 'town', 'county', 'prefecture'] as const;
export type SitePrecision = (typeof SITE_PRECISIONS)[number];

/** Honest radii by precision (km): a committee address, a town, a county, a prefecture. */
export const UNCERTAINTY_RANGE: Readonly<Record<SitePrecision, readonly [number, number]>> = {
  site: [1, 3],
  town: [3, 8],
  county: [10, 30],
  prefecture: [40, 80],
};

/** Most decimals a coordinate may carry at each precision (4 ≈ 10 m, 3 ≈ 100 m, 2 ≈ 1 km). */
export const MAX_DECIMALS: Readonly<Record<SitePrecision, number>> = { site: 4, town: 3, county: 2, prefecture: 2 };

export const DATUMS = ['WGS84', 'GCJ-02', 'BD-09'] as const;
export type Datum = (typeof DATUMS)[number];

/**
 * No county polygons are available (the basemap has provinces only), so "inside its county" is checked
 * as "within a plausible radius of the county's seat": 60 km holds the farthest corner of almost every
 * county of eastern and central China from its seat; a prefecture gets 200 km.
 */
export const COUNTY_RADIUS_KM = 60;
export const PREFECTURE_RADIUS_KM = 200;

/**
 * A zone named after a place that is not its county (井冈山经济技术开发区 is in Ji'an city, 80 km from
 * 井冈山市) says so in its note with this marker, and its reason; the radius check is then skipped for it.
 */
export const OUTSIDE_NAMED_DIVISION = '[outside named county]';

/**
 * A zone the catalogue lists under one province but that lies in another (西藏自治区藏青工业园, Tibet's
 * enclave park in 格尔木, Qinghai) declares it in its note: `[outside catalogue province: 青海省格尔木市,
 * Tibet's enclave park]` — the place (starting with the host province's full name) and why, in English.
 * Only then may the point lie outside the catalogue province; it must lie inside the declared one, and
 * the quote must name the declared place.
 */
export const OUTSIDE_PROVINCE = /\[outside catalogue province: ([^,\]]+), ([^\]]+)\]/;

/** The declared host province of a row outside its catalogue province: its id, the place and the reason. */
export interface OutsideProvince {
  province: string;
  /** The place as declared (zh), e.g. 青海省格尔木市. */
  place: string;
  /** Why (en), e.g. "Tibet's enclave park". */
  reason: string;
}

/** The distinctive part of a declared place that the quote must name: 青海省格尔木市 → 格尔木. */
function placeCore(place: string, province: ProvinceRow): string {
  return place.slice(province.name.zh.length).replace(/(自治州|自治县|地区|市|县|区|镇)$/, '') || province.short;
}

const QUOTE_MAX = 200;
const COORD_SOURCE = /^(same|geonames:\d+|wikipedia:[a-z-]+:.+|osm:(node|way|relation)\/\d+)$/;
const NUMBER = /^-?\d+(\.\d+)?$/;

export interface SiteRow {
  file: string;
  line: number;
  /** Catalogue code; `S377018-2` for the second zone printed with S377018. */
  code: string;
  zone: string;
  /** WGS84 (converted from the row's datum). */
  lon: number;
  lat: number;
  datum: Datum;
  /** As written in the row, in its datum. */
  raw: [number, number];
  precision: SitePrecision;
  uncertaintyKm: number;
  what: { zh: string; en: string };
  /** The page's URL. */
  source: string;
  sourceTitle: string;
  quote: string;
  coordSource: string;
  note: string;
  /** Set when the note declares the zone lies outside its catalogue province (and the checks hold). */
  outside?: OutsideProvince;
}

export interface CheckRow {
  file: string;
  line: number;
  code: string;
  zone: string;
  lon: number;
  lat: number;
  datum: Datum;
  source: string;
  sourceTitle: string;
  quote: string;
  note: string;
}

/** What a row is checked against: the kept and dropped zones by site code, with their resolution. */
export interface SiteContext {
  zones: ReadonlyMap<string, { row: CatalogRow; kept: boolean; province: ProvinceRow; resolution: Resolution }>;
  provinces: readonly ProvinceRow[];
  provincePolygons: ReadonlyMap<string, Feature<Polygon | MultiPolygon>>;
}

/** Catalogue rows keyed as site rows name them: the code, and `S377018-2` for the second duplicate. */
export function siteCodes(rows: readonly CatalogRow[]): Map<string, CatalogRow> {
  const out = new Map<string, CatalogRow>();
  for (const row of rows) out.set(out.has(row.code) ? `${row.code}-2` : row.code, row);
  return out;
}

/** Converts a coordinate to WGS84 (GCJ-02 and BD-09 are the datums of Chinese map services). */
export function toWgs84(lon: number, lat: number, datum: Datum): [number, number] {
  if (datum === 'WGS84') return [lon, lat];
  const [x, y] = gcoord.transform([lon, lat], datum === 'GCJ-02' ? gcoord.GCJ02 : gcoord.BD09, gcoord.WGS84) as [number, number];
  return [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5];
}

function decimals(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** The source cell as a URL: an http(s) address, or `wikipedia:<lang>:<title>`. */
export function sourceUrl(source: string): string | null {
  const wiki = /^wikipedia:([a-z-]+):(.+)$/.exec(source);
  if (wiki) return `https://${wiki[1]}.wikipedia.org/wiki/${encodeURIComponent(wiki[2].replace(/ /g, '_'))}`;
  try {
    const url = new URL(source);
    return url.protocol === 'https:' || url.protocol === 'http:' ? source : null;
  } catch {
    return null;
  }
}

function splitTsv(text: string): string[] {
  return text.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n');
}

interface Located {
  code: string;
  zone: string;
  lon: number;
  lat: number;
  datum: Datum;
  outside?: OutsideProvince;
}

/** Checks shared by site and check rows: code, zone, datum, numbers, province; returns the WGS84 point. */
function checkLocated(
  f: Record<string, string>,
  fileProvince: ProvinceRow | null,
  ctx: SiteContext,
  fail: (reason: string) => void,
): Located | null {
  const zone = ctx.zones.get(f.code);
  if (!zone) return fail(`code ${JSON.stringify(f.code)} is not in the catalogue`), null;
  if (!zone.kept) return fail(`${f.code} is not a kept (medical) zone of the catalogue`), null;
  if (f.zone !== zone.row.name) return fail(`zone ${JSON.stringify(f.zone)} is not the catalogue's name for ${f.code} (${zone.row.name})`), null;
  if (fileProvince && fileProvince.id !== zone.province.id)
    return fail(`${f.code} is in ${zone.province.name.zh} (${zone.province.id}.tsv), not in this file's province`), null;
  if (!DATUMS.includes(f.datum as Datum)) return fail(`datum must be one of ${DATUMS.join(', ')}; got ${JSON.stringify(f.datum)}`), null;
  if (!NUMBER.test(f.lon) || !NUMBER.test(f.lat)) return fail(`lon/lat must be decimal degrees; got ${JSON.stringify(f.lon)}, ${JSON.stringify(f.lat)}`), null;
  const [lon, lat] = toWgs84(Number(f.lon), Number(f.lat), f.datum as Datum);
  const declared = OUTSIDE_PROVINCE.exec(f.note ?? '');
  let outside: OutsideProvince | undefined;
  if (declared) {
    const host = ctx.provinces.find((p) => declared[1].startsWith(p.name.zh));
    if (!host) return fail(`declared place ${JSON.stringify(declared[1])} must start with a province's full name (data/provinces.json)`), null;
    if (host.id === zone.province.id) return fail(`declared place ${declared[1]} is in ${zone.province.name.zh}, the catalogue province itself`), null;
    const core = placeCore(declared[1], host);
    if (!(f.quote ?? '').includes(core)) return fail(`the quote must name the declared place (${core}) to put the zone outside ${zone.province.name.zh}`), null;
    if (!insideProvince(lon, lat, host.iso, ctx.provincePolygons))
      return fail(`point (${lon}, ${lat}) WGS84 is not inside ${host.name.zh}, the province its note declares, on the basemap`), null;
    outside = { province: host.id, place: declared[1].trim(), reason: declared[2].trim() };
  } else if (!insideProvince(lon, lat, zone.province.iso, ctx.provincePolygons))
    return fail(`point (${lon}, ${lat}) WGS84 is not inside ${zone.province.name.zh} on the basemap; a zone lying in another province declares it in its note: [outside catalogue province: <place>, <why>]`), null;
  return { code: f.code, zone: f.zone, lon, lat, datum: f.datum as Datum, ...(outside ? { outside } : {}) };
}

function readFields<H extends readonly string[]>(
  file: string,
  text: string,
  header: H,
  problems: Problem[],
): { line: number; fields: Record<H[number], string>; fail: (reason: string) => void }[] {
  const lines = splitTsv(text);
  if (lines[0] !== header.join('\t')) {
    problems.push({ file, reason: `header must be ${header.join(' | ')}; got ${JSON.stringify((lines[0] ?? '').slice(0, 80))}` });
    return [];
  }
  const out: { line: number; fields: Record<H[number], string>; fail: (reason: string) => void }[] = [];
  lines.slice(1).forEach((lineText, i) => {
    const line = i + 2;
    const cells = lineText.split('\t');
    const fail = (reason: string) => problems.push({ file, feature: `row ${line}${cells[0] ? ` (${cells[0].trim()})` : ''}`, reason });
    if (lineText.trim() === '') return fail('empty line');
    if (cells.length !== header.length) return fail(`expected ${header.length} tab-separated fields, got ${cells.length}`);
    const fields = Object.fromEntries(header.map((h, k) => [h, cells[k].trim()])) as Record<H[number], string>;
    out.push({ line, fields, fail });
  });
  return out;
}

/** Parses and validates one province's site file. Bad rows are left out and reported. */
export function parseSiteFile(file: string, text: string, ctx: SiteContext): { rows: SiteRow[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const rows: SiteRow[] = [];
  const id = /([^/]+)\.tsv$/.exec(file)?.[1];
  const province = ctx.provinces.find((p) => p.id === id) ?? null;
  if (!province) return { rows, problems: [{ file, reason: `file name must be <province id>.tsv (data/provinces.json); got ${JSON.stringify(id)}` }] };
  for (const { line, fields: f, fail } of readFields(file, text, SITE_HEADER, problems)) {
    const located = checkLocated(f, province, ctx, fail);
    if (!located) continue;
    const precision = f.precision as SitePrecision;
    if (!SITE_PRECISIONS.includes(precision)) {
      fail(`precision must be one of ${SITE_PRECISIONS.join(', ')}; got ${JSON.stringify(f.precision)}`);
      continue;
    }
    const places = Math.max(decimals(f.lon), decimals(f.lat));
    if (places > MAX_DECIMALS[precision]) {
      fail(`coordinates carry ${places} decimals, more than ${MAX_DECIMALS[precision]} for ${precision} precision`);
      continue;
    }
    const [lo, hi] = UNCERTAINTY_RANGE[precision];
    const uncertaintyKm = Number(f.uncertainty_km);
    if (!NUMBER.test(f.uncertainty_km) || uncertaintyKm < lo || uncertaintyKm > hi) {
      fail(`uncertainty_km ${JSON.stringify(f.uncertainty_km)} must be ${lo}–${hi} km for ${precision} precision`);
      continue;
    }
    const missing = (['what_zh', 'what_en', 'source', 'source_title', 'quote', 'coord_source'] as const).filter((k) => !f[k]);
    if (missing.length) {
      fail(`${missing.join(', ')} must not be empty`);
      continue;
    }
    if (!sourceUrl(f.source)) {
      fail(`source must be the page's http(s) URL or wikipedia:<lang>:<title>; got ${JSON.stringify(f.source.slice(0, 60))}`);
      continue;
    }
    if ([...f.quote].length > QUOTE_MAX) {
      fail(`quote is ${[...f.quote].length} characters; at most ${QUOTE_MAX}`);
      continue;
    }
    if (!COORD_SOURCE.test(f.coord_source)) {
      fail(`coord_source must be same, geonames:<id>, wikipedia:<lang>:<title> or osm:<type>/<id>; got ${JSON.stringify(f.coord_source)}`);
      continue;
    }
    const reason = f.note.includes(OUTSIDE_NAMED_DIVISION) ? null : divisionReason(located, ctx.zones.get(f.code)!.resolution);
    if (reason) {
      fail(reason);
      continue;
    }
    rows.push({
      file,
      line,
      code: f.code,
      zone: f.zone,
      lon: located.lon,
      lat: located.lat,
      datum: located.datum,
      raw: [Number(f.lon), Number(f.lat)],
      precision,
      uncertaintyKm,
      what: { zh: f.what_zh, en: f.what_en },
      source: sourceUrl(f.source)!,
      sourceTitle: f.source_title,
      quote: f.quote,
      coordSource: f.coord_source,
      note: f.note,
      ...(located.outside ? { outside: located.outside } : {}),
    });
  }
  return { rows, problems };
}

/** Why a point cannot be in the county (or prefecture) its name resolves to; null when it can. */
export function divisionReason(p: { lon: number; lat: number }, resolution: Resolution): string | null {
  const check = (seat: Resolution['county'], radius: number, what: string): string | null => {
    if (!seat || seat.lon === null || seat.lat === null) return null;
    const km = distance([p.lon, p.lat], [seat.lon, seat.lat], { units: 'kilometers' });
    return km > radius
      ? `point is ${Math.round(km)} km from the seat of ${seat.name}, the ${what} its name resolves to (no polygon: at most ${radius} km allowed)`
      : null;
  };
  return resolution.county
    ? check(resolution.county, COUNTY_RADIUS_KM, 'county')
    : resolution.prefecture && resolution.prefecture.level === 'prefecture'
      ? check(resolution.prefecture, PREFECTURE_RADIUS_KM, 'prefecture')
      : null;
}

/** Parses and validates every site file; also refuses a code given twice (in any file). */
export function parseSites(files: readonly { file: string; text: string }[], ctx: SiteContext): { rows: SiteRow[]; problems: Problem[] } {
  const rows: SiteRow[] = [];
  const problems: Problem[] = [];
  const seen = new Map<string, SiteRow>();
  for (const { file, text } of files) {
    const parsed = parseSiteFile(file, text, ctx);
    problems.push(...parsed.problems);
    for (const row of parsed.rows) {
      const first = seen.get(row.code);
      if (first) {
        problems.push({ file, feature: `row ${row.line} (${row.code})`, reason: `duplicate code (also ${first.file} row ${first.line})` });
        continue;
      }
      seen.set(row.code, row);
      rows.push(row);
    }
  }
  return { rows, problems };
}

/** Parses and validates the check set; a row must not reuse the source of its zone's site row. */
export function parseCheckSet(file: string, text: string, ctx: SiteContext, sites: readonly SiteRow[]): { rows: CheckRow[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const rows: CheckRow[] = [];
  const siteByCode = new Map(sites.map((s) => [s.code, s]));
  const seen = new Map<string, number>();
  for (const { line, fields: f, fail } of readFields(file, text, CHECK_HEADER, problems)) {
    const located = checkLocated(f, null, ctx, fail);
    if (!located) continue;
    const missing = (['source', 'source_title', 'quote'] as const).filter((k) => !f[k]);
    if (missing.length) {
      fail(`${missing.join(', ')} must not be empty`);
      continue;
    }
    const url = sourceUrl(f.source);
    if (!url) {
      fail(`source must be the page's http(s) URL or wikipedia:<lang>:<title>; got ${JSON.stringify(f.source.slice(0, 60))}`);
      continue;
    }
    if ([...f.quote].length > QUOTE_MAX) {
      fail(`quote is ${[...f.quote].length} characters; at most ${QUOTE_MAX}`);
      continue;
    }
    if (siteByCode.get(f.code)?.source === url) {
      fail(`same source as its row in ${siteByCode.get(f.code)!.file}: a check location must come from an independent source`);
      continue;
    }
    if (seen.has(f.code)) {
      fail(`duplicate code (also row ${seen.get(f.code)})`);
      continue;
    }
    seen.set(f.code, line);
    const { code, zone, lon, lat, datum } = located;
    rows.push({ file, line, code, zone, lon, lat, datum, source: url, sourceTitle: f.source_title, quote: f.quote, note: f.note });
  }
  return { rows, problems };
}

/** Great-circle distance in km. */
export function errorKm(a: readonly [number, number], b: readonly [number, number]): number {
  return distance([a[0], a[1]], [b[0], b[1]], { units: 'kilometers' });
}

/** The q-quantile (0–1) of the values, by linear interpolation between order statistics; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
