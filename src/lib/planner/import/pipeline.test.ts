import shpwrite from '@mapbox/shp-write';
import { Geodesic } from 'geographiclib-geodesic';
import gcoord from 'gcoord';
import { zipSync, Zip, ZipDeflate } from 'fflate';
import type { Polygon } from 'geojson';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { schematicFootprint } from '../../geo/footprint.ts';
import { importedGeometry, type ImportedFeature } from '../import-validate.ts';
import { IMPORT_LIMITS } from './archive.ts';
import { gkProj4 } from './crs.ts';
import { formatImportProblem } from './import-messages.ts';
import { runImport, type ImportOptions, type ImportOutcome } from './pipeline.ts';
import { encodeGbk, kmlText, PRJ, writeShapefile, zipFiles, zippedShapefile } from './test-files.ts';

// The truth: a 5 km² parcel in Wuhan (3° Gauss-Krüger zone 38, CM 114°E), and a second one of 2 km².
const truth = schematicFootprint([114.3, 30.5], 5, 48);
const second = schematicFootprint([114.36, 30.52], 2, 24);
const zone38 = proj4('WGS84', gkProj4({ datum: 'CGCS2000', width: 3, cm: 114, zone: 38 }));
const cm114 = proj4('WGS84', gkProj4({ datum: 'CGCS2000', width: 3, cm: 114, zone: null }));
const project = (polygon: Polygon, p: (c: number[]) => number[]): Polygon => ({ type: 'Polygon', coordinates: polygon.coordinates.map((r) => r.map(p)) });
const inZone38 = (polygon: Polygon) => project(polygon, (c) => zone38.forward(c));
const inCm114 = (polygon: Polygon) => project(polygon, (c) => cm114.forward(c));
const records = [{ 名称: '武汉光谷生物城地块', 编号: 'A-1' }, { 名称: '第二地块', 编号: 'A-2' }];
const file = (name: string, bytes: Uint8Array | string) => ({ name, bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes });
const run = (files: { name: string; bytes: Uint8Array }[], options: ImportOptions = { offset: 'none' }, limits = IMPORT_LIMITS) => runImport(files, options, limits);

function ok(result: ImportOutcome) {
  if (result.ok !== true) throw new Error(`expected an import, got ${JSON.stringify(result)}`);
  return result;
}
function problem(result: ImportOutcome, lang: 'zh' | 'en' = 'en'): string {
  if (result.ok !== false) throw new Error(`expected a problem, got ${JSON.stringify(result).slice(0, 300)}`);
  return formatImportProblem(result.problems[0], lang);
}
/** Largest distance (m, on the WGS84 ellipsoid) between an imported boundary's vertices and the truth's. */
function maxErrorMetres(feature: ImportedFeature, expected: Polygon): number {
  const got = importedGeometry(feature) as Polygon;
  const a = got.coordinates[0];
  const b = expected.coordinates[0];
  // Rings may come back reversed (shapefiles are clockwise): compare each vertex with its nearest.
  return Math.max(...b.map((p) => Math.min(...a.map((q) => Geodesic.WGS84.Inverse(p[1], p[0], q[1], q[0]).s12!))));
}

describe('shapefiles', () => {
  it('reads a zipped CGCS2000 3° GK zone 38 shapefile with a GBK .dbf declared by .cpg: names, properties, place', async () => {
    const bytes = zippedShapefile({ polygons: [inZone38(truth), inZone38(second)], records, encode: encodeGbk, prj: PRJ.cgcs2000Zone38, cpg: 'GBK' });
    const result = ok(await run([file('survey.zip', bytes)]));
    expect(result.features.map((f) => f.label)).toEqual(['武汉光谷生物城地块', '第二地块']);
    expect(result.features[0].properties).toEqual([['名称', '武汉光谷生物城地块'], ['编号', 'A-1']]);
    expect(result.source.crs.en).toBe('CGCS2000 / 3° GK zone 38');
    expect(result.source.crs.zh).toBe('CGCS2000 / 3° 高斯-克吕格 38 带');
    expect(result.source.encoding).toBe('gbk');
    expect(result.source.warnings.map((w) => w.en)).toContain('CGCS2000 taken as WGS84 (they differ by less than 1 m)');
    expect(maxErrorMetres(result.features[0], truth)).toBeLessThan(0.01);
    expect(result.features[0].areaKm2).toBeCloseTo(5, 4);
  });

  it('decides the .dbf encoding by its language byte (0x4D = GBK), then by UTF-8 validity, then guesses GB18030', async () => {
    const polygons = [inZone38(truth), inZone38(second)];
    const byByte = ok(await run([file('a.zip', zippedShapefile({ polygons, records, encode: encodeGbk, languageByte: 0x4d, prj: PRJ.cgcs2000Zone38 }))]));
    expect(byByte.features[0].label).toBe('武汉光谷生物城地块');
    expect(byByte.source.encoding).toBe('gbk');
    const utf8 = ok(await run([file('b.zip', zippedShapefile({ polygons, records, prj: PRJ.cgcs2000Zone38 }))]));
    expect(utf8.features[1].label).toBe('第二地块');
    expect(utf8.source.encoding).toBe('utf-8');
    const guessed = ok(await run([file('c.zip', zippedShapefile({ polygons, records, encode: encodeGbk, prj: PRJ.cgcs2000Zone38 }))]));
    expect(guessed.features[0].label).toBe('武汉光谷生物城地块');
    expect(guessed.source.encoding).toBe('gb18030');
    expect(guessed.source.warnings.map((w) => w.zh).join()).toContain('按 GB18030 读取');
  });

  it('reads a CM-only .prj (false easting 500 000) and a Xian 1980 one, saying the datum was not shifted', async () => {
    const cm = ok(await run([file('cm.zip', zippedShapefile({ polygons: [inCm114(truth)], records: [records[0]], prj: PRJ.cgcs2000Cm114 }))]));
    expect(cm.source.crs.en).toBe('CGCS2000 / 3° GK CM 114°E');
    expect(maxErrorMetres(cm.features[0], truth)).toBeLessThan(0.01);
    const xian = ok(await run([file('xian.zip', zippedShapefile({ polygons: [inCm114(truth)], records: [records[0]], prj: PRJ.xian1980Cm114 }))]));
    expect(xian.source.crs.zh).toBe('西安 1980 / 3° 高斯-克吕格 中央经线 114°E');
    expect(xian.source.warnings.map((w) => w.en).join()).toContain('no published datum shift');
  });

  it('without a .prj: infers the zone from 8-digit eastings; asks for the central meridian otherwise, and places it once told', async () => {
    const zoned = ok(await run([file('nozone.zip', zippedShapefile({ polygons: [inZone38(truth)], records: [records[0]] }))]));
    expect(zoned.source.crs.en).toBe('CGCS2000 / 3° GK zone 38');
    expect(zoned.source.warnings[0].en).toBe('no .prj: zone 38 inferred from the zone-prefixed eastings, datum taken as CGCS2000');
    expect(maxErrorMetres(zoned.features[0], truth)).toBeLessThan(0.01);
    const plain = zippedShapefile({ polygons: [inCm114(truth)], records: [records[0]] });
    const asked = await run([file('plain.zip', plain)]);
    expect(asked.ok).toBe('ask');
    const told = ok(await run([file('plain.zip', plain)], { offset: 'none', centralMeridian: 114 }));
    expect(told.source.crs.en).toBe('CGCS2000 / GK CM 114°E');
    expect(maxErrorMetres(told.features[0], truth)).toBeLessThan(0.01);
  });

  it('reads a loose .shp/.dbf/.prj set and a shapefile written by another library (@mapbox/shp-write)', async () => {
    const { shp, dbf } = writeShapefile({ polygons: [inZone38(truth)], records: [records[0]] });
    const loose = ok(await run([file('p.shp', shp), file('p.dbf', dbf), file('p.prj', PRJ.cgcs2000Zone38)]));
    expect(loose.features[0].label).toBe('武汉光谷生物城地块');
    const theirs = (await shpwrite.zip({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { name: 'Theirs' }, geometry: truth }] }, { outputType: 'uint8array', compression: 'DEFLATE' } as never)) as unknown as Uint8Array;
    const result = ok(await run([file('theirs.zip', new Uint8Array(theirs))]));
    expect(result.features[0].label).toBe('Theirs');
    expect(result.source.crs.en).toBe('WGS84');
    expect(maxErrorMetres(result.features[0], truth)).toBeLessThan(0.01);
  });

  it('refuses, naming file and reason: no .shp, a truncated .shp, an unknown projection, not a zip, a bomb', async () => {
    const { shp, shx, dbf } = writeShapefile({ polygons: [inZone38(truth)], records: [records[0]] });
    expect(problem(await run([file('nodata.zip', zipFiles({ 'p.dbf': dbf, 'p.prj': PRJ.cgcs2000Zone38, 'readme.txt': 'x' }))]))).toBe('nodata.zip: no .shp file in the archive (found: p.dbf, p.prj, readme.txt)');
    expect(problem(await run([file('cut.zip', zipFiles({ 'p.shp': shp.subarray(0, shp.length - 300), 'p.shx': shx, 'p.dbf': dbf }))]))).toMatch(/^cut\.zip: the \.shp is truncated: \d[\d,]* bytes of the [\d,]+ its header declares/);
    expect(problem(await run([file('odd.zip', zipFiles({ 'p.shp': shp, 'p.dbf': dbf, 'p.prj': PRJ.unknown }))]))).toBe('odd.zip: unknown projection "Mystery_Grid" in the .prj: save it as WGS84 (EPSG:4326) or a CGCS2000 Gauss-Krüger projection in your GIS');
    expect(problem(await run([file('odd.zip', zipFiles({ 'p.shp': shp, 'p.dbf': dbf, 'p.prj': PRJ.unknown }))]), 'zh')).toContain('odd.zip：无法识别 .prj 中的坐标系“Mystery_Grid”');
    expect(problem(await run([file('fake.zip', 'just text, not a zip')]))).toBe('fake.zip: not a valid zip archive (damaged, or not a zip)');
    expect(problem(await run([file('broken.zip', zipFiles({ 'p.shp': shp }).subarray(0, 60))]))).toContain('broken.zip: not a valid zip archive');
    expect(problem(await run([file('p.shp', shp)]))).toContain('a .shp alone');
  });

  it('refuses a 300 MB KMZ bomb fast, before inflating it, and one whose sizes lie without growing past them', async () => {
    // 300 MB of zeros, deflated in 1 MB chunks (≈ 300 kB): the archive states the size.
    const chunks: Uint8Array[] = [];
    const zip = new Zip((error, data) => {
      if (error) throw error;
      chunks.push(data);
    });
    const entry = new ZipDeflate('doc.kml', { level: 1 });
    zip.add(entry);
    const zeros = new Uint8Array(1024 * 1024);
    for (let i = 0; i < 300; i++) entry.push(zeros, i === 299);
    zip.end();
    const bomb = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    chunks.reduce((at, c) => (bomb.set(c, at), at + c.length), 0);
    expect(bomb.length).toBeLessThan(IMPORT_LIMITS.maxBytes);
    const t0 = performance.now();
    const message = problem(await run([file('bomb.kmz', bomb)]));
    // Refused from the declared size (the message says so); the bound is loose for a shared 2-core machine.
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(message).toBe('bomb.kmz: doc.kml in the archive unpacks to 300 MB, more than the 100 MB limit: refused without unpacking');
    // The same archive's sizes rewritten to 1 kB (local header and central directory): inflated into 1 kB, then refused as XML.
    const liar = bomb.slice();
    const view = new DataView(liar.buffer);
    for (let i = 0; i < liar.length - 4; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x02014b50) view.setUint32(i + 24, 1024, true);
    }
    const lied = await run([file('liar.kmz', liar)]);
    expect(lied.ok).toBe(false);
  }, 20_000);
});

describe('KML, KMZ, GPX', () => {
  const rings = [
    { name: '光谷生物城', ring: truth.coordinates[0] },
    { name: '第二地块', ring: second.coordinates[0] },
  ];
  it('reads KML (UTF-8 and GBK-declared), skipping the placemark point, and KMZ', async () => {
    const utf8 = ok(await run([file('ovi.kml', kmlText(rings))]));
    expect(utf8.features.map((f) => f.label)).toEqual(['光谷生物城', '第二地块']);
    expect(utf8.source.warnings.map((w) => w.en)).toContain('1 features that are not polygons skipped (Point)');
    expect(maxErrorMetres(utf8.features[0], truth)).toBeLessThan(0.01);
    const gbk = ok(await run([file('gbk.kml', encodeGbk(kmlText(rings, 'GBK')))]));
    expect(gbk.features[0].label).toBe('光谷生物城');
    expect(gbk.source.encoding).toBe('gbk');
    const kmz = ok(await run([file('ge.kmz', zipSync({ 'doc.kml': new TextEncoder().encode(kmlText(rings)), 'files/icon.png': new Uint8Array(10) }))]));
    expect(kmz.features).toHaveLength(2);
    expect(kmz.source.format).toBe('kmz');
    expect(problem(await run([file('bad.kml', '<kml><Document><Placemark>')]))).toContain('bad.kml: not valid XML');
  });

  it('reads a GPX track that closes on itself as a boundary', async () => {
    const points = truth.coordinates[0].map(([lon, lat]) => `<trkpt lat="${lat}" lon="${lon}"></trkpt>`).join('');
    const gpx = `<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><name>walked boundary</name><trkseg>${points}</trkseg></trk></gpx>`;
    const result = ok(await run([file('walk.gpx', gpx)]));
    expect(result.features[0].label).toBe('walked boundary');
    expect(result.source.warnings.map((w) => w.en)).toContain('1 closed lines read as boundaries');
    expect(maxErrorMetres(result.features[0], truth)).toBeLessThan(0.01);
  });
});

describe('CSV, TopoJSON, GeoJSON', () => {
  const vertexRows = (ring: number[][], name: string) => ring.map(([x, y]) => `${name},${x},${y}`).join('\n');
  it('reads lon/lat vertex rows with Chinese headers in GBK (Excel on a Chinese Windows), one boundary per name', async () => {
    const csv = `名称,经度,纬度\n${vertexRows(truth.coordinates[0], '一号地块')}\n${vertexRows(second.coordinates[0], '二号地块')}\n`;
    const result = ok(await run([file('vertices.csv', encodeGbk(csv))]));
    expect(result.features.map((f) => f.label)).toEqual(['一号地块', '二号地块']);
    expect(result.source.encoding).toBe('gb18030');
    expect(maxErrorMetres(result.features[1], second)).toBeLessThan(0.01);
  });

  it('reads a WKT column with English headers, and surveyors’ X (north) / Y (east) metres', async () => {
    const wkt = `name,wkt\n"Parcel A","POLYGON((${truth.coordinates[0].map((p) => p.join(' ')).join(',')}))"\n`;
    const result = ok(await run([file('parcels.csv', wkt)]));
    expect(result.features[0].label).toBe('Parcel A');
    expect(maxErrorMetres(result.features[0], truth)).toBeLessThan(0.01);
    const survey = `编号,X,Y\n${inZone38(truth).coordinates[0].map(([e, n]) => `J1,${n.toFixed(3)},${e.toFixed(3)}`).join('\n')}\n`;
    const swapped = ok(await run([file('survey.csv', survey)]));
    expect(swapped.source.crs.en).toBe('CGCS2000 / 3° GK zone 38');
    expect(swapped.source.warnings.map((w) => w.en)).toContain('coordinates were in the surveyors’ X = north, Y = east order and have been swapped');
    expect(maxErrorMetres(swapped.features[0], truth)).toBeLessThan(0.01);
    expect(problem(await run([file('junk.csv', 'a,b\n1,2\n')]))).toContain('junk.csv: no coordinate columns');
    expect(problem(await run([file('bad.csv', '名称,经度,纬度\nA,114.3,30.5\nA,东经,30.6\nA,114.4,30.5\n')]))).toBe('bad.csv: row 3: "东经" in column "经度" is not a number');
  });

  it('reads TopoJSON and a GeoJSON that declares EPSG:4547 (CGCS2000 3° GK CM 114°E)', async () => {
    const ring = truth.coordinates[0];
    const topology = { type: 'Topology', objects: { parks: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { NAME: 'Topo park' } }] } }, arcs: [ring] };
    const topo = ok(await run([file('parks.topojson', JSON.stringify(topology))]));
    expect(topo.features[0].label).toBe('Topo park');
    expect(maxErrorMetres(topo.features[0], truth)).toBeLessThan(0.01);
    const declared = { type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4547' } }, features: [{ type: 'Feature', properties: { name: 'Declared' }, geometry: inCm114(truth) }] };
    const geo = ok(await run([file('declared.geojson', JSON.stringify(declared))]));
    expect(geo.source.crs.en).toBe('CGCS2000 / 3° GK CM 114°E');
    expect(maxErrorMetres(geo.features[0], truth)).toBeLessThan(0.01);
  });
});

describe('GCJ-02 and BD-09', () => {
  it.each([['GCJ02', gcoord.GCJ02], ['BD09', gcoord.BD09]] as const)('a %s lon/lat file comes back to WGS84 within 1 m, labelled approximate', async (offset, system) => {
    const shifted = project(truth, (c) => gcoord.transform(c as [number, number], gcoord.WGS84, system));
    // The offset is hundreds of metres: without the choice the boundary would be visibly misplaced.
    const feature = { type: 'Feature', properties: { name: 'Amap' }, geometry: shifted };
    const bytes = JSON.stringify({ type: 'FeatureCollection', features: [feature] });
    const raw = ok(await run([file('amap.geojson', bytes)]));
    expect(maxErrorMetres(raw.features[0], truth)).toBeGreaterThan(100);
    const result = ok(await run([file('amap.geojson', bytes)], { offset }));
    expect(maxErrorMetres(result.features[0], truth)).toBeLessThan(1);
    expect(result.source.crs.en).toBe(offset === 'GCJ02' ? 'GCJ-02' : 'BD-09');
    expect(result.source.warnings.map((w) => w.en)).toContain(`converted from ${offset === 'GCJ02' ? 'GCJ-02' : 'BD-09'} to WGS84: approximate, ≤ 1 m`);
  });
});

describe('limits and messages', () => {
  it('refuses oversized files and too many features, and warns when the boundaries lie outside China', async () => {
    const small = { ...IMPORT_LIMITS, maxBytes: 100 };
    expect(problem(await run([file('big.kml', kmlText([{ name: 'x', ring: truth.coordinates[0] }]))], { offset: 'none' }, small))).toMatch(/^big\.kml: 0\.\d MB, more than the 0\.0 MB one import may read$/);
    const few = { ...IMPORT_LIMITS, maxFeatures: 1 };
    expect(problem(await run([file('two.zip', zippedShapefile({ polygons: [inZone38(truth), inZone38(second)], records, prj: PRJ.cgcs2000Zone38 }))], { offset: 'none' }, few), 'zh')).toBe('two.zip：2 个要素，超过单次导入上限 1');
    const paris = schematicFootprint([2.35, 48.85], 3);
    const away = ok(await run([file('paris.geojson', JSON.stringify(paris))]));
    expect(away.source.warnings.map((w) => w.en)).toContain('the imported boundaries lie outside China: check the coordinate system');
    expect(away.bbox[0]).toBeGreaterThan(2.3);
  });

  it('never throws, whatever the bytes (seeded)', async () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (const name of ['x.zip', 'x.kml', 'x.kmz', 'x.csv', 'x.geojson', 'x.shp', 'x.bin']) {
      for (let i = 0; i < 15; i++) {
        const bytes = new Uint8Array(Array.from({ length: 64 }, () => Math.floor(random() * 256)));
        if (i % 3 === 0) bytes.set([0x50, 0x4b, 3, 4]);
        const result = await run([file(name, bytes)]);
        expect(result.ok).not.toBe(true);
      }
    }
  });
});
