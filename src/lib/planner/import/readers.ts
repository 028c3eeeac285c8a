/**
 * One small reader per format, each `bytes → { features, crs, encoding, warnings }` (the shape of
 * geojson.io's and Placemark's convert folders). Features come out in the file's own coordinates; the
 * CRS step and the one validator follow in the pipeline. Readers throw ImportFailure, naming the file
 * and the reason; they never guess a coordinate system (they report what the file declares).
 */
import { gpx, kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { dsvFormat } from 'd3-dsv';
import { read as readShapefile } from 'shapefile';
import { feature as topoFeature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { parse as parseWkt } from 'wellknown';
import type { LocalizedText } from '../../data/types.ts';
import { unzipEntries, type ImportLimits } from './archive.ts';
import { crsFromName, crsFromPrj, type SourceCrs } from './crs.ts';
import { ImportFailure, MSG, WARN } from './import-messages.ts';
import { dbfEncoding, decode, sniffEncoding, xmlEncoding, type EncodingChoice } from './text-encoding.ts';

export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

export type ImportFormat = 'shapefile' | 'kml' | 'kmz' | 'gpx' | 'csv' | 'topojson' | 'geojson';

export interface ReaderOutput {
  format: ImportFormat;
  /** GeoJSON Feature candidates, in the file's own coordinates. */
  features: unknown[];
  /** What the file declares: a system, null for WGS84 lon/lat, undefined for nothing (the CRS step infers). */
  crs: SourceCrs | null | undefined;
  encoding: EncodingChoice | null;
  warnings: LocalizedText[];
  /** Files that mix placemarks and boundaries (KML, GPX): features that are not polygons are skipped, said. */
  skipNonPolygons: boolean;
}

const ext = (name: string) => /\.([^./\\]+)$/.exec(name.toLowerCase())?.[1] ?? '';
const base = (name: string) => name.replace(/\.[^./\\]+$/, '').toLowerCase();

/** Reads the file(s) one import was given (several only for a loose .shp/.dbf/.prj/.cpg set). */
export async function readFiles(files: readonly SourceFile[], limits: ImportLimits): Promise<ReaderOutput> {
  const main = files.find((f) => ext(f.name) === 'shp') ?? files[0];
  const file = main.name;
  const bytes = main.bytes;
  const kind = ext(file);
  if (kind === 'shp') {
    const parts = new Map(files.filter((f) => base(f.name) === base(file)).map((f) => [ext(f.name), f.bytes]));
    if (!parts.has('dbf') && !parts.has('prj') && files.length === 1) throw new ImportFailure({ file, reason: MSG.shpAlone() });
    return readShapefileParts(file, parts);
  }
  if (kind === 'zip' || (kind !== 'kmz' && bytes[0] === 0x50 && bytes[1] === 0x4b)) return readShapefileZip(file, bytes, limits);
  if (kind === 'kmz') {
    const { entries } = unzipEntries(file, bytes, (p) => p.endsWith('.kml'), limits);
    const doc = [...entries.keys()].sort((a, b) => Number(!/(^|\/)doc\.kml$/i.test(a)) - Number(!/(^|\/)doc\.kml$/i.test(b)))[0];
    if (!doc) throw new ImportFailure({ file, reason: MSG.kmzNoKml() });
    return { ...readXml(file, entries.get(doc)!, 'kml'), format: 'kmz' };
  }
  if (kind === 'kml' || kind === 'gpx') return readXml(file, bytes, kind);
  if (kind === 'csv' || kind === 'txt' || kind === 'tsv') return readCsv(file, bytes);
  if (kind === 'geojson' || kind === 'json' || kind === 'topojson') return readJson(file, bytes);
  // No telling extension: the first bytes decide.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 400)).trim();
  if (head.startsWith('{') || head.startsWith('[')) return readJson(file, bytes);
  if (head.startsWith('<')) return readXml(file, bytes, /<gpx[\s>]/i.test(head) ? 'gpx' : 'kml');
  throw new ImportFailure({ file, reason: MSG.unknownFormat() });
}

export function readShapefileZip(file: string, bytes: Uint8Array, limits: ImportLimits): Promise<ReaderOutput> {
  const { entries, names } = unzipEntries(file, bytes, (p) => /\.(shp|dbf|prj|cpg)$/.test(p), limits);
  const shp = [...entries.keys()].filter((p) => ext(p) === 'shp').sort()[0];
  if (!shp) throw new ImportFailure({ file, reason: MSG.noShp(names.slice(0, 8).join(', ')) });
  const parts = new Map([...entries].filter(([p]) => base(p) === base(shp)).map(([p, b]) => [ext(p), b]));
  return readShapefileParts(file, parts);
}

/** A shapefile from its parts (`shp`, `dbf`, `prj`, `cpg` → bytes). */
export async function readShapefileParts(file: string, parts: Map<string, Uint8Array>): Promise<ReaderOutput> {
  const shp = parts.get('shp')!;
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  if (shp.length < 100 || view.getInt32(0, false) !== 9994) throw new ImportFailure({ file, reason: MSG.notShp() });
  const declared = view.getInt32(24, false) * 2;
  if (shp.length < declared) throw new ImportFailure({ file, reason: MSG.shpTruncated(shp.length, declared) });
  const warnings: LocalizedText[] = [];
  const dbf = parts.get('dbf');
  const cpg = parts.get('cpg');
  const encoding = dbf ? dbfEncoding(dbf, cpg ? decode(cpg, 'utf-8') : null) : null;
  if (!dbf) warnings.push(WARN.noDbf());
  if (encoding?.how === 'guess') warnings.push(WARN.encodingGuessed('GB18030'));
  const prj = parts.get('prj');
  const crs = prj ? crsFromPrj(decode(prj, 'utf-8'), file) : undefined;
  let collection;
  try {
    collection = await readShapefile(shp, dbf, { encoding: encoding?.encoding ?? 'utf-8' });
  } catch (error) {
    throw new ImportFailure({ file, reason: MSG.shpUnreadable(), detail: (error as Error).message });
  }
  return { format: 'shapefile', features: collection.features, crs, encoding, warnings, skipNonPolygons: false };
}

function readXml(file: string, bytes: Uint8Array, kind: 'kml' | 'gpx'): ReaderOutput {
  const encoding = xmlEncoding(bytes);
  const text = decode(bytes, encoding.encoding);
  let failed: string | null = null;
  const doc = (() => {
    try {
      return new DOMParser({ onError: (level, message) => void (level !== 'warning' && (failed ??= message)) }).parseFromString(text, 'text/xml');
    } catch (error) {
      failed ??= (error as Error).message;
      return null;
    }
  })();
  if (!doc || failed || !doc.documentElement) throw new ImportFailure({ file, reason: MSG.notXml(), detail: failed?.slice(0, 160) ?? undefined });
  const collection = (kind === 'kml' ? kml : gpx)(doc as unknown as Document);
  // A closed line (a KML LineString or a GPX track that returns to its start) is a boundary drawn as a line.
  let closed = 0;
  const features = collection.features.map((f) => {
    const g = f.geometry;
    if (g?.type === 'LineString' && g.coordinates.length >= 4 && samePoint(g.coordinates[0], g.coordinates.at(-1)!)) {
      closed++;
      return { ...f, geometry: { type: 'Polygon', coordinates: [g.coordinates.map((p) => p.slice(0, 2))] } };
    }
    return f;
  });
  return { format: kind, features, crs: null, encoding, warnings: closed ? [WARN.linesClosed(closed)] : [], skipNonPolygons: true };
}

function samePoint(a: number[], b: number[]): boolean {
  return Math.abs(a[0] - b[0]) < 1e-7 && Math.abs(a[1] - b[1]) < 1e-7;
}

const HEADERS = {
  wkt: ['wkt', 'geometry', 'geom', 'the_geom', 'shape', 'wkt_geom', '几何', '边界', '范围', '空间信息'],
  lon: ['lon', 'lng', 'long', 'longitude', 'x', '经度', '东经', 'easting', 'x坐标'],
  lat: ['lat', 'latitude', 'y', '纬度', '北纬', 'northing', 'y坐标'],
  group: ['name', '名称', '园区名称', '地块名称', 'id', '编号', 'polygon', 'part', '地块', '分组'],
};

/** CSV/TSV: a WKT column (one feature a row), or lon/lat columns (the rows of one name are one ring, in order). */
export function readCsv(file: string, bytes: Uint8Array): ReaderOutput {
  const encoding = sniffEncoding(bytes);
  const text = decode(bytes, encoding.encoding);
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const delimiter = firstLine.includes('\t') ? '\t' : !firstLine.includes(',') && firstLine.includes(';') ? ';' : ',';
  const rows = dsvFormat(delimiter).parse(text);
  const columns = rows.columns.map((c) => c.trim());
  const find = (names: string[]) => rows.columns[columns.findIndex((c) => names.includes(c.toLowerCase()))];
  const wkt = find(HEADERS.wkt);
  const lon = find(HEADERS.lon);
  const lat = find(HEADERS.lat);
  const warnings = encoding.how === 'guess' ? [WARN.encodingGuessed('GB18030')] : [];
  if (rows.length === 0) throw new ImportFailure({ file, reason: MSG.noFeatures() });
  if (wkt) {
    const features = rows.map((row, i) => {
      const geometry = parseWkt(row[wkt] ?? '');
      if (!geometry) throw new ImportFailure({ file, row: i + 2, reason: MSG.csvBadWkt(), detail: (row[wkt] ?? '').slice(0, 60) });
      const properties = Object.fromEntries(Object.entries(row).filter(([k]) => k !== wkt));
      return { type: 'Feature', properties, geometry };
    });
    return { format: 'csv', features, crs: undefined, encoding, warnings, skipNonPolygons: false };
  }
  if (!lon || !lat) throw new ImportFailure({ file, reason: MSG.csvNoColumns(columns.join(', ').slice(0, 120)) });
  const group = find(HEADERS.group);
  const rings = new Map<string, { ring: [number, number][]; properties: Record<string, string> }>();
  rows.forEach((row, i) => {
    const value = (column: string) => {
      const raw = (row[column] ?? '').trim();
      const n = Number(raw);
      if (raw === '' || !Number.isFinite(n)) throw new ImportFailure({ file, row: i + 2, reason: MSG.csvBadNumber(column, raw.slice(0, 30)) });
      return n;
    };
    const key = group ? (row[group] ?? '').trim() : '';
    let entry = rings.get(key);
    if (!entry) {
      const properties = Object.fromEntries(Object.entries(row).filter(([k]) => k !== lon && k !== lat)) as Record<string, string>;
      rings.set(key, (entry = { ring: [], properties }));
    }
    entry.ring.push([value(lon), value(lat)]);
  });
  const features = [...rings].map(([key, { ring, properties }]) => {
    if (ring.length < 3) throw new ImportFailure({ file, reason: MSG.csvRingTooShort(key || file) });
    const closed = ring[0][0] === ring.at(-1)![0] && ring[0][1] === ring.at(-1)![1] ? ring : [...ring, ring[0]];
    return { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [closed] } };
  });
  return { format: 'csv', features, crs: undefined, encoding, warnings, skipNonPolygons: false };
}

/** GeoJSON (its `crs`, if any, declares the system) or TopoJSON (every object's features). */
export function readJson(file: string, bytes: Uint8Array): ReaderOutput {
  const encoding = sniffEncoding(bytes);
  const text = decode(bytes, encoding.encoding);
  if (text.trim() === '') throw new ImportFailure({ file, reason: MSG.empty() });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ImportFailure({ file, reason: MSG.notJson(), detail: (error as Error).message });
  }
  const record = value as Record<string, unknown> | null;
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    throw new ImportFailure({ file, reason: MSG.notGeoJsonObject(Array.isArray(record) ? 'an array' : typeof record) });
  if (record.type === 'Topology' && typeof record.objects === 'object' && record.objects !== null) {
    const topology = record as unknown as Topology;
    const features = Object.values(topology.objects).flatMap((object) => {
      const out = topoFeature(topology, object) as unknown as { type: string; features?: unknown[] };
      return out.type === 'FeatureCollection' ? (out.features ?? []) : [out];
    });
    return { format: 'topojson', features, crs: crsOf(file, topology as unknown as Record<string, unknown>), encoding, warnings: [], skipNonPolygons: false };
  }
  let features: unknown[];
  if (record.type === 'FeatureCollection') {
    if (!Array.isArray(record.features)) throw new ImportFailure({ file, reason: MSG.featuresNotArray() });
    features = record.features;
  } else if (record.type === 'Feature') features = [record];
  else if (record.type === 'Polygon' || record.type === 'MultiPolygon') features = [{ type: 'Feature', properties: {}, geometry: record }];
  else throw new ImportFailure({ file, reason: MSG.topType(JSON.stringify(String(record.type).slice(0, 40))) });
  return { format: 'geojson', features, crs: crsOf(file, record), encoding, warnings: [], skipNonPolygons: false };
}

function crsOf(file: string, record: Record<string, unknown>): SourceCrs | null | undefined {
  const crs = record.crs as { properties?: { name?: unknown; href?: unknown } } | undefined;
  const name = crs?.properties?.name ?? crs?.properties?.href;
  return typeof name === 'string' ? crsFromName(name, file) : undefined;
}
