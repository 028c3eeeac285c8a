/**
 * Where a catalogue zone goes. The catalogue gives no location, so a zone is placed at the seat of the
 * county (or, failing that, the prefecture) its name names, resolved within its own province against the
 * GB/T 2260 division table and the reviewed aliases (data/catalog/division-aliases.tsv); seats come from
 * GeoNames (data/catalog/gazetteer.json). A zone whose name names no division of its province, or whose
 * division has no seat, is not placed (and is listed in report.md).
 */
import { booleanPointInPolygon, pointToPolygonDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ZonePrecision } from '../../src/lib/data/catalog-types.ts';
import type { DivisionAlias } from './division-aliases.ts';
import { nameForms } from './division-names.ts';
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

export interface Resolution {
  /** Division names found at the start of the zone name, in order (for the en name). */
  matched: string[];
  prefecture: Seat | null;
  county: Seat | null;
  /** Why no county was resolved (ambiguous short name, none found). */
  note?: string;
  /** Every division form found in the name, where it is (null seat = the province), for the English name. */
  places: { text: string; seat: Seat | null }[];
  /** The rules that fired beyond a plain prefix match (for the report and the method note). */
  rules: string[];
  /** The catalogue's misspelling, when the name was corrected (湽博 → 淄博). */
  correction?: { printed: string; corrected: string; alias: DivisionAlias };
}

const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/** Alias kinds that are names used inside zone names. */
const NAME_KINDS = new Set(['former-name', 'short-form', 'area-in']);

/** A name form that points at a division, and how it was derived. */
interface Form {
  text: string;
  seat: Seat;
  alias?: DivisionAlias;
}

/** Every form of the divisions: their name forms (division-names.ts) and their reviewed aliases. */
function formsOf(seats: readonly Seat[], aliases: readonly DivisionAlias[]): Form[] {
  const out: Form[] = [];
  for (const seat of seats) {
    for (const text of nameForms(seat.name)) out.push({ text, seat });
    for (const alias of aliases) if (alias.code === seat.code && NAME_KINDS.has(alias.kind)) for (const text of nameForms(alias.alias)) out.push({ text, seat, alias });
  }
  return out;
}

/** Longest form the text starts with (or, when `inside`, contains): its text, seats and alias. */
function longestForm(text: string, forms: readonly Form[], inside = false): { text: string; seats: Seat[]; alias?: DivisionAlias; at: number } | null {
  let best: { text: string; seats: Seat[]; alias?: DivisionAlias; at: number } | null = null;
  for (const f of forms) {
    const at = inside ? text.indexOf(f.text) : text.startsWith(f.text) ? 0 : -1;
    if (at < 0) continue;
    if (!best || f.text.length > best.text.length) best = { text: f.text, seats: [f.seat], alias: f.alias, at };
    else if (f.text.length === best.text.length && !best.seats.includes(f.seat)) best.seats.push(f.seat);
  }
  return best;
}

/**
 * Resolves the zone name to a prefecture and a county of its province (from the name alone; the
 * extraction's 城市/区县 string is not used, as it is sometimes truncated). Rules, in order:
 * 1. the catalogue's misspellings are corrected (division-aliases.tsv, kind `misspelling`);
 * 2. the province's name is stripped from the start;
 * 3. the longest prefecture form at the start, then the longest county form of that prefecture (or of the
 *    province) at the start; forms are the name, the name without its suffix, the autonomous short form
 *    (围场满族蒙古族自治县 → 围场), and the reviewed aliases (former names 户县, areas 风陵渡, 第三师);
 * 4. when nothing is named at the start, the longest form named inside the name (中国—马来西亚钦州…,
 *    京南·固安…); when a prefecture but no county is at the start, a county of it named inside.
 * @param aliases the reviewed aliases (data/catalog/division-aliases.tsv)
 */
export function resolveDivision(zoneName: string, province: ProvinceRow, seats: readonly Seat[], aliases: readonly DivisionAlias[] = []): Resolution {
  let name = zoneName;
  let correction: Resolution['correction'];
  for (const a of aliases)
    if (a.kind === 'misspelling' && name.includes(a.alias)) {
      const corrected = name.replace(a.alias, nameForms(a.division).find((f) => f.length === a.alias.length) ?? a.division);
      correction = { printed: zoneName, corrected, alias: a };
      name = corrected;
    }
  // A zone a cited source puts in a division (kind zone-in): that division, in or out of the province.
  const located = aliases.find((a) => a.kind === 'zone-in' && a.alias === name);
  const division = located && seats.find((s) => s.code === located.code);
  if (division) {
    const inProvince = division.code.startsWith(province.adcode.slice(0, 2));
    const rules = [`zone located by division-aliases.tsv row ${located.line}: ${located.division}`];
    if (!inProvince) return { matched: [], places: [], prefecture: null, county: null, rules, note: `a source puts it in ${division.name}, outside ${province.name.zh} (${located.source})`, correction };
    const parent = seats.find((s) => s.level === 'prefecture' && s.code.startsWith(division.code.slice(0, 4))) ?? null;
    return division.level === 'county' ? { matched: [], places: [], prefecture: parent, county: division, rules, correction } : { matched: [], places: [], prefecture: division, county: null, rules, correction };
  }
  const withProvince = resolveFrom(name, province, seats, aliases, true);
  // 吉林经济技术开发区: 吉林 is the province's short name and a prefecture; try the name unstripped too.
  const r = withProvince.county || withProvince.prefecture ? withProvince : resolveFrom(name, province, seats, aliases, false);
  return correction ? { ...r, correction, rules: ['misspelling corrected', ...r.rules] } : r;
}

function resolveFrom(zoneName: string, province: ProvinceRow, seats: readonly Seat[], aliases: readonly DivisionAlias[], stripProvince: boolean): Resolution {
  const prefix = province.adcode.slice(0, 2);
  const inProvince = seats.filter((s) => s.code.startsWith(prefix));
  const matched: string[] = [];
  const places: Resolution['places'] = [];
  const rules: string[] = [];
  let text = zoneName;
  for (const p of stripProvince ? [province.name.zh, province.short] : [])
    if (text.startsWith(p)) {
      matched.push(p);
      places.push({ text: p, seat: null });
      text = text.slice(p.length);
      break;
    }
  const viaAlias = (alias?: DivisionAlias) => alias && rules.push(`alias ${alias.alias} (${alias.kind}) → ${alias.division}`);
  const municipality = MUNICIPALITIES.has(prefix);
  let prefecture: Seat | null = municipality ? (inProvince.find((s) => s.level === 'province') ?? null) : null;
  const prefectureForms = formsOf(inProvince.filter((s) => s.level === 'prefecture'), aliases);
  if (!prefecture) {
    const hit = longestForm(text, prefectureForms);
    if (hit && hit.seats.length === 1) {
      prefecture = hit.seats[0];
      matched.push(hit.text);
      places.push({ text: hit.text, seat: prefecture });
      viaAlias(hit.alias);
      text = text.slice(hit.text.length);
    }
  }
  const countiesOf = (p: Seat | null) => inProvince.filter((s) => s.level === 'county' && (!p || p.level === 'province' || s.code.startsWith(p.code.slice(0, 4))));
  const countyForms = formsOf(countiesOf(prefecture), aliases);
  let hit = longestForm(text, countyForms);
  if (!hit) {
    // Rule 4: a division named inside the name, not at its start.
    // The province's own name is not a division named inside (黑龙江… holds 龙江县).
    const rest = [province.name.zh, province.short].reduce((t, p) => t.replaceAll(p, '〇'.repeat(p.length)), text);
    const inside = longestForm(rest, prefecture ? countyForms : [...countyForms, ...prefectureForms], true);
    if (inside && inside.text.length >= 2 && inside.seats.length === 1) {
      rules.push(`named inside the zone name: ${inside.text}`);
      if (inside.seats[0].level === 'prefecture') {
        viaAlias(inside.alias);
        places.push({ text: inside.text, seat: inside.seats[0] });
        return { matched, places, prefecture: inside.seats[0], county: null, rules };
      }
      hit = inside;
    }
  }
  if (!hit) return { matched, places, prefecture, county: null, rules, note: prefecture ? undefined : 'no division of the province named' };
  if (hit.seats.length > 1) {
    // Several counties share the name (鼓楼区 …): only their common prefecture is known.
    const pref4 = new Set(hit.seats.map((s) => s.code.slice(0, 4)));
    const common = pref4.size === 1 ? (inProvince.find((s) => s.level === 'prefecture' && s.code.startsWith([...pref4][0])) ?? null) : null;
    return { matched, places, prefecture: prefecture ?? common, county: null, rules, note: `ambiguous: ${hit.seats.map((s) => s.name).join(', ')}` };
  }
  const county = hit.seats[0];
  viaAlias(hit.alias);
  if (hit.at === 0) matched.push(hit.text);
  places.push({ text: hit.text, seat: county });
  const parent =
    prefecture ??
    inProvince.find((s) => s.level === 'prefecture' && s.code.startsWith(county.code.slice(0, 4))) ??
    null;
  return { matched, places, prefecture: parent, county, rules };
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
