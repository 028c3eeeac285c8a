/**
 * Where a catalogue zone goes. The catalogue gives no location, so a zone is placed at the seat of the
 * county (or, failing that, the prefecture) named at the start of its name, resolved within its own
 * province against the GB/T 2260 division table; seats come from GeoNames (data/catalog/gazetteer.json).
 * A zone whose name names no division of its province, or whose division has no seat, is not placed.
 */
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ZonePrecision } from '../../src/lib/data/catalog-types.ts';
import type { GazetteerSeat } from './extract-gazetteer.ts';

/** A division and its seat, as the gazetteer extract holds it. */
export type Seat = GazetteerSeat;

export interface ProvinceRow {
  id: string;
  name: { zh: string; en: string };
  short: string;
  adcode: string;
  iso: string;
}

/** Generic suffixes of division names, longest first (正定县 → 正定). */
const SUFFIXES = ['自治县', '自治旗', '自治州', '林区', '特区', '地区', '县', '区', '市', '旗', '盟'];

/** The division name without its generic suffix, or null when that would leave one character (赵县). */
export function shortName(name: string): string | null {
  const suffix = SUFFIXES.find((s) => name.endsWith(s));
  const short = suffix ? name.slice(0, -suffix.length) : name;
  return short.length >= 2 && short !== name ? short : null;
}

export interface Resolution {
  /** Division names found at the start of the zone name, in order (for the en name). */
  matched: string[];
  prefecture: Seat | null;
  county: Seat | null;
  /** Why no county was resolved (ambiguous short name, none found). */
  note?: string;
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** Longest division name (full or short) that the text starts with. */
function longestPrefix(text: string, seats: readonly Seat[]): { matchedText: string; seats: Seat[] } | null {
  let best: { matchedText: string; seats: Seat[] } | null = null;
  for (const seat of seats)
    for (const form of [seat.name, shortName(seat.name)]) {
      if (!form || !text.startsWith(form)) continue;
      if (!best || form.length > best.matchedText.length) best = { matchedText: form, seats: [seat] };
      else if (form.length === best.matchedText.length && !best.seats.includes(seat)) best.seats.push(seat);
    }
  return best;
}

/**
 * Resolves the zone name to a prefecture and a county of its province (from the name alone; the
 * extraction's 城市/区县 string is not used, as it is sometimes truncated).
 */
export function resolveDivision(zoneName: string, province: ProvinceRow, seats: readonly Seat[]): Resolution {
  // The source's misspellings of division names (湽博 for 淄博, data/catalog/SOURCE.md).
  const name = Object.entries(SOURCE_SPELLINGS).reduce((n, [wrong, right]) => n.replace(wrong, right), zoneName);
  const withProvince = resolveFrom(name, province, seats, true);
  // 吉林经济技术开发区: 吉林 is the province's short name and a prefecture; try the name unstripped too.
  if (withProvince.county || withProvince.prefecture) return withProvince;
  return resolveFrom(name, province, seats, false);
}

/** Misspellings in the source, corrected for placement only (the zh name is shown as printed). */
export const SOURCE_SPELLINGS: Readonly<Record<string, string>> = { 湽博: '淄博' };

function resolveFrom(zoneName: string, province: ProvinceRow, seats: readonly Seat[], stripProvince: boolean): Resolution {
  const prefix = province.adcode.slice(0, 2);
  const inProvince = seats.filter((s) => s.code.startsWith(prefix));
  const matched: string[] = [];
  let text = zoneName;
  for (const p of stripProvince ? [province.name.zh, province.short] : [])
    if (text.startsWith(p)) {
      matched.push(p);
      text = text.slice(p.length);
      break;
    }
  let prefecture: Seat | null = MUNICIPALITIES.has(prefix) ? (inProvince.find((s) => s.level === 'province') ?? null) : null;
  if (!prefecture) {
    const hit = longestPrefix(text, inProvince.filter((s) => s.level === 'prefecture'));
    if (hit && hit.seats.length === 1) {
      prefecture = hit.seats[0];
      matched.push(hit.matchedText);
      text = text.slice(hit.matchedText.length);
    }
  }
  const counties = inProvince.filter(
    (s) => s.level === 'county' && (!prefecture || prefecture.level === 'province' || s.code.startsWith(prefecture.code.slice(0, 4))),
  );
  const hit = longestPrefix(text, counties);
  if (!hit) return { matched, prefecture, county: null, note: prefecture ? undefined : 'no division of the province named' };
  if (hit.seats.length > 1) {
    // Several counties share the name (鼓楼区 …): only their common prefecture is known.
    const pref4 = new Set(hit.seats.map((s) => s.code.slice(0, 4)));
    const common = pref4.size === 1 ? (inProvince.find((s) => s.level === 'prefecture' && s.code.startsWith([...pref4][0])) ?? null) : null;
    return { matched, prefecture: prefecture ?? common, county: null, note: `ambiguous: ${hit.seats.map((s) => s.name).join(', ')}` };
  }
  const county = hit.seats[0];
  matched.push(hit.matchedText);
  const parent =
    prefecture ??
    inProvince.find((s) => s.level === 'prefecture' && s.code.startsWith(county.code.slice(0, 4))) ??
    null;
  return { matched, prefecture: parent, county };
}

export interface Placement {
  precision: ZonePrecision;
  seat: Seat;
  lon: number;
  lat: number;
  /** Why the county was not used, when placed at the prefecture. */
  note?: string;
}

/** The seat to use: the county's if it has one, else the prefecture's; null when neither has one. */
export function choosePlacement(r: Resolution): Placement | null {
  if (r.county && r.county.lon !== null && r.county.lat !== null)
    return { precision: 'county', seat: r.county, lon: r.county.lon, lat: r.county.lat };
  const p = r.prefecture;
  if (p && p.lon !== null && p.lat !== null) {
    const note = r.county ? `the gazetteer has no seat for ${r.county.name}` : r.note;
    if (!r.county && !r.note) return { precision: 'prefecture', seat: p, lon: p.lon, lat: p.lat };
    return { precision: 'prefecture', seat: p, lon: p.lon, lat: p.lat, note };
  }
  return null;
}

/** Tolerance for seats on the coast: the basemap's coastline is simplified to about 1 km. */
export const COAST_TOLERANCE_KM = 3;

/**
 * Whether [lon, lat] lies in the province polygon, or within the coastline tolerance of it and in no
 * other province.
 */
export function insideProvince(
  lon: number,
  lat: number,
  iso: string,
  provinces: ReadonlyMap<string, Feature<Polygon | MultiPolygon>>,
): boolean {
  const own = provinces.get(iso);
  if (!own) return false;
  const point: [number, number] = [lon, lat];
  if (booleanPointInPolygon(point, own)) return true;
  for (const [other, feature] of provinces) if (other !== iso && booleanPointInPolygon(point, feature)) return false;
  return pointToPolygonDistance(point, own, { units: 'kilometers' }) <= COAST_TOLERANCE_KM;
}
