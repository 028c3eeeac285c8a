/**
 * One import, whatever the file: size limits → the format's reader → the one CRS step (declared, or
 * inferred from the coordinates, or a question to the user) → the one validator. Runs in the import
 * worker; never throws.
 */
import type { LocalizedText } from '../../data/types.ts';
import { CHINA_BOUNDS } from '../../map/place-layers.ts';
import { flatPairs, validateFeatures, type ImportedFeature, type ImportSource } from '../import-validate.ts';
import { IMPORT_LIMITS, type ImportLimits } from './archive.ts';
import { crsLabel, crsWarnings, inferCrs, toWgs84, type Offset, type SourceCrs } from './crs.ts';
import { ImportFailure, MSG, WARN, type ImportProblem } from './import-messages.ts';
import { readFiles, type SourceFile } from './readers.ts';

export interface ImportOptions {
  /** The offset of lon/lat files copied from Chinese web maps (GCJ-02: Amap, Tencent; BD-09: Baidu). */
  offset: Offset;
  /** The central meridian the user chose for metres with no zone (after the question). */
  centralMeridian?: number | null;
}

export type ImportOutcome =
  | { ok: true; features: ImportedFeature[]; source: ImportSource; bbox: [number, number, number, number] }
  | { ok: false; problems: ImportProblem[] }
  /** Metres with no .prj and no zone in the eastings: the user names the central meridian, then it runs again. */
  | { ok: 'ask'; file: string; example: [number, number] };

export async function runImport(files: readonly SourceFile[], options: ImportOptions = { offset: 'none' }, limits: ImportLimits = IMPORT_LIMITS): Promise<ImportOutcome> {
  const file = files.find((f) => /\.shp$/i.test(f.name))?.name ?? files[0]?.name ?? '?';
  const fail = (problem: ImportProblem): ImportOutcome => ({ ok: false, problems: [problem] });
  const size = files.reduce((n, f) => n + f.bytes.length, 0);
  if (size === 0) return fail({ file, reason: MSG.empty() });
  if (size > limits.maxBytes) return fail({ file, reason: MSG.tooBig(size, limits.maxBytes) });
  try {
    const read = await readFiles(files, limits);
    const polygons = read.features.filter(isPolygonFeature);
    if (read.features.length > limits.maxFeatures) return fail({ file, reason: MSG.tooManyFeatures(read.features.length, limits.maxFeatures) });
    let crs: SourceCrs;
    let swapAxes = false;
    const warnings: LocalizedText[] = [...read.warnings];
    if (read.crs === undefined) {
      const inferred = inferCrs(sample(polygons), file, options.centralMeridian);
      if ('ask' in inferred) return { ok: 'ask', file, example: inferred.example };
      ({ crs, swapAxes } = inferred);
      warnings.push(...inferred.warnings);
    } else crs = read.crs ?? { kind: 'lonlat', datum: 'WGS84' };
    // An offset is a property of web-map lon/lat only; projected grids never carry one.
    const offset: Offset = crs.kind === 'lonlat' ? options.offset : 'none';
    const project = toWgs84(crs, offset, swapAxes);
    const identity = crs.kind === 'lonlat' && offset === 'none' && !swapAxes;
    const features = identity ? read.features : read.features.map((f) => (isPolygonFeature(f) && flatPairs(f.geometry.coordinates) ? reproject(f, project) : f));
    const checked = validateFeatures(file, features, limits, read.skipNonPolygons);
    if (!checked.ok) return checked;
    warnings.push(...crsWarnings(crs, offset), ...checked.warnings);
    const bbox = boundsOf(features.filter(isPolygonFeature));
    const [w, s, e, n] = CHINA_BOUNDS;
    if (bbox[2] < w || bbox[0] > e || bbox[3] < s || bbox[1] > n) warnings.push(WARN.outsideChina());
    return {
      ok: true,
      features: checked.features,
      bbox,
      source: { files: files.map((f) => f.name), format: read.format, crs: { zh: crsLabel(crs, 'zh', offset), en: crsLabel(crs, 'en', offset) }, encoding: read.encoding?.encoding ?? null, warnings },
    };
  } catch (error) {
    if (error instanceof ImportFailure) return { ok: false, problems: error.problems };
    return fail({ file, reason: MSG.unreadable(), detail: (error as Error).message?.slice(0, 200) });
  }
}

type PolygonFeature = { type: 'Feature'; properties: unknown; geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown } };
function isPolygonFeature(f: unknown): f is PolygonFeature {
  const g = (f as { geometry?: { type?: unknown } } | null)?.geometry;
  return !!g && (g.type === 'Polygon' || g.type === 'MultiPolygon');
}

/** Up to ~2,000 positions spread over the features (enough to read a zone, cheap on 200k vertices). */
function sample(features: readonly PolygonFeature[]): [number, number][] {
  const all: [number, number][] = [];
  for (const f of features) {
    const pairs = flatPairs(f.geometry.coordinates);
    if (!pairs) continue;
    const step = Math.max(1, Math.floor(pairs.length / 50));
    for (let i = 0; i < pairs.length && all.length < 2000; i += step) all.push(pairs[i]);
  }
  return all;
}

function reproject(feature: PolygonFeature, project: (p: [number, number]) => [number, number]): PolygonFeature {
  const walk = (v: unknown): unknown => (Array.isArray(v) && typeof v[0] === 'number' ? project([v[0], v[1]]) : (v as unknown[]).map(walk));
  return { ...feature, geometry: { ...feature.geometry, coordinates: walk(feature.geometry.coordinates) } };
}

function boundsOf(features: readonly PolygonFeature[]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const f of features) {
    const pairs = flatPairs(f.geometry.coordinates) ?? [];
    for (const [x, y] of pairs) {
      if (x < box[0]) box[0] = x;
      if (y < box[1]) box[1] = y;
      if (x > box[2]) box[2] = x;
      if (y > box[3]) box[3] = y;
    }
  }
  return box;
}
