/**
 * The one coordinate step of an import: whatever a reader found (a .prj, a GeoJSON `crs`, nothing) and
 * the coordinates themselves decide the source system, then every position becomes WGS84 lon/lat.
 * China's Gauss-Krüger grids are a small embedded table (CGCS2000, Xian 1980, Beijing 1954; 3° and 6°
 * zones, with or without the zone-prefixed false easting) — not the 40 MB epsg-index. Metres with no
 * .prj: the zone comes from an 8-digit zone-prefixed easting, or the user is asked for the central
 * meridian (never placed silently). GCJ-02 / BD-09 offsets are undone with gcoord.
 */
import gcoord from 'gcoord';
import proj4 from 'proj4';
import type { Lang, LocalizedText } from '../../data/types.ts';
import { ImportFailure, MSG, WARN } from './import-messages.ts';

export type Datum = 'CGCS2000' | 'Xian1980' | 'Beijing1954' | 'WGS84';
export type Offset = 'none' | 'GCJ02' | 'BD09';

export interface GaussKruger {
  datum: Datum;
  /** Zone width in degrees, when known. */
  width: 3 | 6 | null;
  /** Central meridian, °E. */
  cm: number;
  /** The zone number when eastings carry it (false easting zone × 10⁶ + 500 000). */
  zone: number | null;
}

export type SourceCrs =
  | { kind: 'lonlat'; datum: Datum }
  | { kind: 'gk'; gk: GaussKruger }
  /** Another projection proj4 understands (UTM, Web Mercator…), named as the file names it. */
  | { kind: 'proj4'; def: string; name: string };

const ELLIPSOID: Record<Datum, string> = {
  CGCS2000: '+ellps=GRS80',
  WGS84: '+ellps=WGS84',
  Xian1980: '+a=6378140 +rf=298.257',
  Beijing1954: '+ellps=krass',
};
const DATUM_NAME: Record<Datum, LocalizedText> = {
  CGCS2000: { zh: 'CGCS2000', en: 'CGCS2000' },
  WGS84: { zh: 'WGS84', en: 'WGS84' },
  Xian1980: { zh: '西安 1980', en: 'Xian 1980' },
  Beijing1954: { zh: '北京 1954', en: 'Beijing 1954' },
};

/** The proj4 definition of a Gauss-Krüger grid (k = 1, latitude of origin 0, false northing 0). */
export function gkProj4(gk: GaussKruger): string {
  const falseEasting = (gk.zone ?? 0) * 1_000_000 + 500_000;
  return `+proj=tmerc +lat_0=0 +lon_0=${gk.cm} +k=1 +x_0=${falseEasting} +y_0=0 ${ELLIPSOID[gk.datum]} +units=m +no_defs`;
}

/** The central meridian of a zone: 3° zone n → 3n, 6° zone n → 6n − 3. */
export function zoneMeridian(width: 3 | 6, zone: number): number {
  return width === 3 ? 3 * zone : 6 * zone - 3;
}

/** A zone number as found in an easting's leading digits: 13–23 are 6° zones, 25–45 are 3° zones. */
function zoneWidth(zone: number): 3 | 6 | null {
  return zone >= 13 && zone <= 23 ? 6 : zone >= 25 && zone <= 45 ? 3 : null;
}

/**
 * The EPSG codes of China's Gauss-Krüger grids (ranges of consecutive zones), and the geographic ones.
 * CGCS2000: 4491–4501 6° zones 13–23, 4502–4512 6° CM 75–135°E, 4513–4533 3° zones 25–45, 4534–4554 3° CM.
 */
const EPSG_RANGES: { from: number; to: number; datum: Datum; width: 3 | 6; prefixed: boolean }[] = [
  { from: 4491, to: 4501, datum: 'CGCS2000', width: 6, prefixed: true },
  { from: 4502, to: 4512, datum: 'CGCS2000', width: 6, prefixed: false },
  { from: 4513, to: 4533, datum: 'CGCS2000', width: 3, prefixed: true },
  { from: 4534, to: 4554, datum: 'CGCS2000', width: 3, prefixed: false },
  { from: 2327, to: 2337, datum: 'Xian1980', width: 6, prefixed: true },
  { from: 2338, to: 2348, datum: 'Xian1980', width: 6, prefixed: false },
  { from: 2349, to: 2369, datum: 'Xian1980', width: 3, prefixed: true },
  { from: 2370, to: 2390, datum: 'Xian1980', width: 3, prefixed: false },
  { from: 21413, to: 21423, datum: 'Beijing1954', width: 6, prefixed: true },
  { from: 21473, to: 21483, datum: 'Beijing1954', width: 6, prefixed: false },
  { from: 2401, to: 2421, datum: 'Beijing1954', width: 3, prefixed: true },
  { from: 2422, to: 2442, datum: 'Beijing1954', width: 3, prefixed: false },
];
const GEOGRAPHIC: Record<number, Datum> = { 4326: 'WGS84', 4490: 'CGCS2000', 4610: 'Xian1980', 4214: 'Beijing1954' };

/** An EPSG code of the table as a source system, or null. */
export function crsFromEpsg(code: number): SourceCrs | null {
  if (GEOGRAPHIC[code]) return { kind: 'lonlat', datum: GEOGRAPHIC[code] };
  const range = EPSG_RANGES.find((r) => code >= r.from && code <= r.to);
  if (!range) return null;
  const firstZone = range.width === 3 ? 25 : 13;
  const zone = firstZone + (code - range.from);
  return { kind: 'gk', gk: { datum: range.datum, width: range.width, cm: zoneMeridian(range.width, zone), zone: range.prefixed ? zone : null } };
}

/** A GeoJSON `crs` name (`EPSG:4547`, `urn:ogc:def:crs:EPSG::4547`, `…CRS84`): a system, null for WGS84, or a failure. */
export function crsFromName(name: string, file: string): SourceCrs | null {
  if (/CRS84|WGS ?84/i.test(name)) return null;
  const code = /EPSG:{1,2}(\d+)/i.exec(name)?.[1];
  const crs = code ? crsFromEpsg(Number(code)) : null;
  if (!crs) throw new ImportFailure({ file, reason: MSG.unknownDeclaredCrs(name.slice(0, 80)) });
  return crs;
}

function datumOf(text: string): Datum | null {
  if (/CGCS|China_2000|China Geodetic Coordinate System 2000|2000/i.test(text)) return 'CGCS2000';
  if (/Xian|Xi_an|Xi'an|IAG_?1975|6378140/i.test(text)) return 'Xian1980';
  if (/Beijing|1954|Krasovsky|Krassowsky|6378245/i.test(text)) return 'Beijing1954';
  if (/WGS.?1984|WGS.?84|6378137/i.test(text)) return 'WGS84';
  return null;
}

/**
 * A .prj (ESRI or OGC WKT) as a source system. Gauss-Krüger / Transverse Mercator grids of the three
 * Chinese datums are read from their parameters (so a CM-only grid works as well as a zoned one);
 * anything else goes to proj4's own WKT reader, and is refused, named, if proj4 cannot read it.
 */
export function crsFromPrj(prj: string, file: string): SourceCrs {
  const text = prj.trim();
  const name = /^(?:PROJCS|PROJCRS|GEOGCS|GEOGCRS)\["([^"]*)"/i.exec(text)?.[1] ?? text.slice(0, 60);
  const param = (key: RegExp): number | null => {
    const m = new RegExp(`PARAMETER\\["(?:${key.source})",\\s*(-?[\\d.eE+-]+)`, 'i').exec(text);
    return m ? Number(m[1]) : null;
  };
  if (/^(GEOGCS|GEOGCRS)/i.test(text)) {
    const datum = datumOf(text);
    if (datum) return { kind: 'lonlat', datum };
  }
  if (/^(PROJCS|PROJCRS)/i.test(text)) {
    const projection = /PROJECTION\["([^"]+)"/i.exec(text)?.[1] ?? /METHOD\["([^"]+)"/i.exec(text)?.[1] ?? '';
    const geog = /(?:GEOGCS|BASEGEOGCRS|GEOGCRS)\[[\s\S]*?(?:PRIMEM|$)/i.exec(text)?.[0] ?? text;
    const datum = datumOf(geog);
    const cm = param(/Central_Meridian|Longitude of natural origin|longitude_of_center/);
    const fe = param(/False_Easting|False easting/) ?? 0;
    const fn = param(/False_Northing|False northing/) ?? 0;
    const k = param(/Scale_Factor|Scale factor at natural origin/) ?? 1;
    const lat0 = param(/Latitude_Of_Origin|Latitude of natural origin/) ?? 0;
    const unit = /UNIT\["(?:Meter|metre|m)"/i.test(text.slice(text.lastIndexOf('UNIT'))) || !/UNIT\[/i.test(text.slice(text.lastIndexOf('PROJECTION')));
    if (/Gauss|Transverse_Mercator|Transverse Mercator/i.test(projection) && datum && datum !== 'WGS84' && cm !== null && k === 1 && lat0 === 0 && fn === 0 && unit) {
      const zone = fe === 500_000 ? null : Math.floor(fe / 1_000_000);
      if (zone === null || fe === zone * 1_000_000 + 500_000) {
        const width = /3_?Degree|3度|3-degree/i.test(name) ? 3 : /6_?Degree|6度|6-degree/i.test(name) ? 6 : zone !== null ? zoneWidth(zone) : null;
        return { kind: 'gk', gk: { datum, width, cm, zone } };
      }
    }
  }
  try {
    const def = proj4.Proj(text);
    // proj4 returns a projection even for some text it did not understand: insist on a known method.
    if (!def || !(def as { projName?: string }).projName) throw new Error('no projection');
    proj4(text, 'WGS84', [0, 0]);
    return { kind: 'proj4', def: text, name };
  } catch {
    throw new ImportFailure({ file, reason: MSG.unknownProjection(name) });
  }
}

/** What the coordinates say when nothing was declared: lon/lat, an inferred zone, or "ask the user". */
export type Inferred = { crs: SourceCrs; swapAxes: boolean; warnings: LocalizedText[] } | { ask: 'central-meridian'; example: [number, number] };

/** Infers the system of undeclared coordinates (a sample of [x, y] positions). */
export function inferCrs(sample: readonly [number, number][], file: string, chosenCm?: number | null): Inferred {
  const projected = sample.find(([x, y]) => Math.abs(x) > 360 || Math.abs(y) > 360);
  if (!projected) return { crs: { kind: 'lonlat', datum: 'WGS84' }, swapAxes: false, warnings: [] };
  const zoneOf = (v: number) => (v >= 10_000_000 && v < 100_000_000 ? Math.floor(v / 1_000_000) : null);
  for (const swap of [false, true]) {
    const eastings = sample.map(([x, y]) => (swap ? y : x));
    const northings = sample.map(([x, y]) => (swap ? x : y));
    const zones = new Set(eastings.map(zoneOf));
    const [zone] = zones;
    const northOk = northings.every((n) => n > 0 && n < 10_000_000);
    if (zones.size === 1 && zone !== null && zoneWidth(zone) && northOk) {
      const width = zoneWidth(zone)!;
      const warnings = [WARN.zoneInferred(zone)];
      if (swap) warnings.push(WARN.axesSwapped());
      return { crs: { kind: 'gk', gk: { datum: 'CGCS2000', width, cm: zoneMeridian(width, zone), zone } }, swapAxes: swap, warnings };
    }
  }
  // Eastings around 500 km without a zone: the grid is known only with its central meridian.
  const plain = (e: number, n: number) => e > 0 && e < 1_000_000 && n > 0 && n < 10_000_000;
  const swap = !sample.every(([x, y]) => plain(x, y)) && sample.every(([x, y]) => plain(y, x));
  if (sample.every(([x, y]) => plain(x, y)) || swap) {
    if (chosenCm === undefined || chosenCm === null) return { ask: 'central-meridian', example: projected };
    const warnings = [WARN.centralMeridianChosen(chosenCm)];
    if (swap) warnings.push(WARN.axesSwapped());
    return { crs: { kind: 'gk', gk: { datum: 'CGCS2000', width: null, cm: chosenCm, zone: null } }, swapAxes: swap, warnings };
  }
  throw new ImportFailure({ file, reason: MSG.metresNotGk(`[${projected[0]}, ${projected[1]}]`) });
}

/** "CGCS2000 / 3° GK zone 38", "西安 1980 / 高斯-克吕格 中央经线 117°E", "WGS84". */
export function crsLabel(crs: SourceCrs, lang: Lang, offset: Offset = 'none'): string {
  if (crs.kind === 'proj4') return crs.name;
  if (crs.kind === 'lonlat') return offset === 'GCJ02' ? 'GCJ-02' : offset === 'BD09' ? 'BD-09' : DATUM_NAME[crs.datum][lang];
  const { datum, width, cm, zone } = crs.gk;
  const w = width ? `${width}° ` : '';
  if (lang === 'zh') return `${DATUM_NAME[datum].zh} / ${w}高斯-克吕格 ${zone !== null ? `${zone} 带` : `中央经线 ${cm}°E`}`;
  return `${DATUM_NAME[datum].en} / ${w}GK ${zone !== null ? `zone ${zone}` : `CM ${cm}°E`}`;
}

/** The warnings a system carries by itself (datum taken as WGS84, datum shift not applied, offsets). */
export function crsWarnings(crs: SourceCrs, offset: Offset): LocalizedText[] {
  const datum = crs.kind === 'gk' ? crs.gk.datum : crs.kind === 'lonlat' ? crs.datum : null;
  const out: LocalizedText[] = [];
  if (datum === 'CGCS2000') out.push(WARN.cgcsAsWgs());
  if (datum === 'Xian1980' || datum === 'Beijing1954') out.push(WARN.datumNotShifted(DATUM_NAME[datum].en === 'Xian 1980' ? 'Xian 1980 (西安 1980)' : 'Beijing 1954 (北京 1954)'));
  if (crs.kind === 'lonlat' && offset !== 'none') out.push(WARN.offset(offset === 'GCJ02' ? 'GCJ-02' : 'BD-09'));
  return out;
}

/** A function taking a source position to WGS84 [lon, lat]. */
export function toWgs84(crs: SourceCrs, offset: Offset, swapAxes = false): (p: [number, number]) => [number, number] {
  const order = swapAxes ? (p: [number, number]): [number, number] => [p[1], p[0]] : (p: [number, number]) => p;
  if (crs.kind === 'lonlat') {
    if (offset === 'none') return order;
    const from = offset === 'GCJ02' ? gcoord.GCJ02 : gcoord.BD09;
    return (p) => gcoord.transform(order(p), from, gcoord.WGS84) as [number, number];
  }
  const def = crs.kind === 'gk' ? gkProj4(crs.gk) : crs.def;
  const projection = proj4.Proj(def) as unknown as { inverse(p: { x: number; y: number }): { x: number; y: number }; to_meter?: number; from_greenwich?: number };
  if (crs.kind === 'gk') {
    // The grid's own inverse, straight to lon/lat on its ellipsoid: the datum step proj4 would add is
    // none here (CGCS2000 taken as WGS84; Xian 1980 / Beijing 1954 have no published shift), and
    // skipping its per-point objects makes 600k vertices ~3× faster.
    const R2D = 180 / Math.PI;
    return (p) => {
      const [x, y] = order(p);
      const r = projection.inverse({ x, y });
      return [r.x * R2D, r.y * R2D];
    };
  }
  const converter = proj4(def, 'WGS84');
  return (p) => converter.forward(order(p)) as [number, number];
}
