/**
 * Real files for the import tests and the bench, written byte by byte (no mocks): shapefiles
 * (.shp/.shx/.dbf with a chosen encoding and language byte, .prj, .cpg) zipped with fflate, GBK text,
 * KML/KMZ, CSV, TopoJSON. Test-only: nothing in the app imports this module.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Polygon } from 'geojson';

let gbkTable: Map<string, number> | null = null;
/** Encodes text as GBK (built from the platform's own GBK decoder: every two-byte code decoded once). */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++)
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\uFFFD' && !gbkTable.has(ch)) gbkTable.set(ch, (lead << 8) | trail);
      }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) out.push(code);
    else {
      const gbk = gbkTable.get(ch);
      if (gbk === undefined) throw new Error(`no GBK code for ${ch}`);
      out.push(gbk >> 8, gbk & 0xff);
    }
  }
  return new Uint8Array(out);
}

export interface ShapefileSpec {
  /** Polygons in the file's own coordinates (outer ring first). */
  polygons: Polygon[];
  /** One record per polygon; string fields only. */
  records: Record<string, string>[];
  encode?: (text: string) => Uint8Array;
  /** The .dbf language-driver byte (offset 29). */
  languageByte?: number;
}

/** .shp, .shx and .dbf bytes for polygons (shape type 5; outer rings clockwise, as the format wants). */
export function writeShapefile({ polygons, records, encode = (t) => new TextEncoder().encode(t), languageByte = 0 }: ShapefileSpec): { shp: Uint8Array; shx: Uint8Array; dbf: Uint8Array } {
  const bodies = polygons.map((polygon) => {
    const rings = polygon.coordinates.map((ring, i) => (isClockwise(ring) === (i === 0) ? ring : [...ring].reverse()));
    const points = rings.reduce((n, r) => n + r.length, 0);
    const body = new DataView(new ArrayBuffer(44 + 4 * rings.length + 16 * points));
    body.setInt32(0, 5, true);
    boundsOf(rings.flat()).forEach((v, i) => body.setFloat64(4 + 8 * i, v, true));
    body.setInt32(36, rings.length, true);
    body.setInt32(40, points, true);
    let start = 0;
    rings.forEach((r, i) => {
      body.setInt32(44 + 4 * i, start, true);
      start += r.length;
    });
    let at = 44 + 4 * rings.length;
    for (const p of rings.flat()) {
      body.setFloat64(at, p[0], true);
      body.setFloat64(at + 8, p[1], true);
      at += 16;
    }
    return new Uint8Array(body.buffer);
  });
  const bbox = boundsOf(polygons.flatMap((p) => p.coordinates.flat()));
  const header = (length: number) => {
    const h = new DataView(new ArrayBuffer(100));
    h.setInt32(0, 9994, false);
    h.setInt32(24, length / 2, false);
    h.setInt32(28, 1000, true);
    h.setInt32(32, 5, true);
    bbox.forEach((v, i) => h.setFloat64(36 + 8 * i, v, true));
    return new Uint8Array(h.buffer);
  };
  const shpLength = 100 + bodies.reduce((n, b) => n + 8 + b.length, 0);
  const shp = new Uint8Array(shpLength);
  const shx = new Uint8Array(100 + 8 * bodies.length);
  shp.set(header(shpLength));
  shx.set(header(shx.length));
  let offset = 100;
  bodies.forEach((b, i) => {
    const rec = new DataView(shp.buffer, offset, 8);
    rec.setInt32(0, i + 1, false);
    rec.setInt32(4, b.length / 2, false);
    shp.set(b, offset + 8);
    const idx = new DataView(shx.buffer, 100 + 8 * i, 8);
    idx.setInt32(0, offset / 2, false);
    idx.setInt32(4, b.length / 2, false);
    offset += 8 + b.length;
  });
  return { shp, shx, dbf: writeDbf(records, encode, languageByte) };
}

/** [minX, minY, maxX, maxY] without spreading (large files overflow the argument stack). */
function boundsOf(points: number[][]): number[] {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of points) [b[0], b[1], b[2], b[3]] = [Math.min(b[0], x), Math.min(b[1], y), Math.max(b[2], x), Math.max(b[3], y)];
  return b;
}

function isClockwise(ring: number[][]): boolean {
  let sum = 0;
  for (let i = 0; i < ring.length - 1; i++) sum += (ring[i + 1][0] - ring[i][0]) * (ring[i + 1][1] + ring[i][1]);
  return sum > 0;
}

/** A dBASE III table of character fields. */
export function writeDbf(records: Record<string, string>[], encode: (text: string) => Uint8Array, languageByte = 0): Uint8Array {
  const names = Object.keys(records[0] ?? {});
  const widths = names.map((n) => Math.max(1, ...records.map((r) => encode(r[n] ?? '').length)));
  const headerLength = 32 + 32 * names.length + 1;
  const recordLength = 1 + widths.reduce((a, b) => a + b, 0);
  const out = new Uint8Array(headerLength + recordLength * records.length + 1);
  const view = new DataView(out.buffer);
  out[0] = 0x03;
  out.set([124, 12, 4], 1);
  view.setUint32(4, records.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  out[29] = languageByte;
  names.forEach((name, i) => {
    out.set(encode(name).subarray(0, 10), 32 + 32 * i);
    out[32 + 32 * i + 11] = 'C'.charCodeAt(0);
    out[32 + 32 * i + 16] = widths[i];
  });
  out[headerLength - 1] = 0x0d;
  records.forEach((r, i) => {
    let at = headerLength + recordLength * i;
    out[at++] = 0x20;
    names.forEach((n, j) => {
      const bytes = encode(r[n] ?? '');
      out.fill(0x20, at, at + widths[j]);
      out.set(bytes, at);
      at += widths[j];
    });
  });
  out[out.length - 1] = 0x1a;
  return out;
}

/** A zip of named parts (strings as UTF-8). */
export function zipFiles(parts: Record<string, Uint8Array | string>): Uint8Array {
  const entries: Zippable = {};
  for (const [name, value] of Object.entries(parts)) entries[name] = typeof value === 'string' ? strToU8(value) : value;
  return zipSync(entries, { level: 6 });
}

export const PRJ = {
  cgcs2000Zone38: 'PROJCS["CGCS2000_3_Degree_GK_Zone_38",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",38500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",114.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
  cgcs2000Cm114: 'PROJCS["CGCS2000_3_Degree_GK_CM_114E",GEOGCS["GCS_China_Geodetic_Coordinate_System_2000",DATUM["D_China_2000",SPHEROID["CGCS2000",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",114.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
  xian1980Cm114: 'PROJCS["Xian_1980_3_Degree_GK_CM_114E",GEOGCS["GCS_Xian_1980",DATUM["D_Xian_1980",SPHEROID["Xian_1980",6378140.0,298.257]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Gauss_Kruger"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",114.0],PARAMETER["Scale_Factor",1.0],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]',
  wgs84: 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]',
  unknown: 'PROJCS["Mystery_Grid",GEOGCS["GCS_Mystery",DATUM["D_Mystery",SPHEROID["Mystery",6378000.0,300.0]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Bogus_Projection"],PARAMETER["False_Easting",0.0],UNIT["Meter",1.0]]',
};

/** A zipped shapefile in one call. */
export function zippedShapefile(spec: ShapefileSpec & { prj?: string; cpg?: string; name?: string }): Uint8Array {
  const name = spec.name ?? 'parcels';
  const { shp, shx, dbf } = writeShapefile(spec);
  return zipFiles({ [`${name}.shp`]: shp, [`${name}.shx`]: shx, [`${name}.dbf`]: dbf, ...(spec.prj ? { [`${name}.prj`]: spec.prj } : {}), ...(spec.cpg ? { [`${name}.cpg`]: spec.cpg } : {}) });
}

export function kmlText(polygons: { name: string; ring: number[][] }[], encoding = 'UTF-8'): string {
  const placemarks = polygons
    .map((p) => `<Placemark><name>${p.name}</name><Polygon><outerBoundaryIs><LinearRing><coordinates>${p.ring.map((c) => `${c[0]},${c[1]},0`).join(' ')}</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>`)
    .join('');
  return `<?xml version="1.0" encoding="${encoding}"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>入口</name><Point><coordinates>114.3,30.5,0</coordinates></Point></Placemark>${placemarks}</Document></kml>`;
}
