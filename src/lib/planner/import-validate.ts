/**
 * A planner's own boundaries, checked before anything is drawn: the same geometry check as the data
 * pipeline (`checkGeoJson` in data/schema.ts), the faults users' files have in practice explained
 * (coordinates in [lat, lon] order, projected metres left over, points or lines where a boundary
 * belongs, missing geometry), and limits a browser tab can hold. Runs after a reader and the CRS step
 * (import/pipeline.ts), on WGS84 features. Never throws, whatever the input; every problem names the
 * feature, counted from 1, in both languages.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import type { LocalizedText } from '../data/types.ts';
import { checkGeoJson } from '../data/schema.ts';
import { ellipsoidalAreaKm2 } from '../geo/ellipsoid.ts';
import { IMPORT_LIMITS, type ImportLimits } from './import/archive.ts';
import { MSG, WARN, type ImportProblem } from './import/import-messages.ts';

export { IMPORT_LIMITS };

export interface ImportedFeature {
  /**
   * The checked geometry as GeoJSON text: strings cross from the worker, into IndexedDB and into
   * MapLibre's worker (as one blob) without a main-thread copy of half a million small arrays.
   * {@link importedGeometry} parses it when a feature is compared or overlaid.
   */
  geometryJson: string;
  /** WGS84 ellipsoidal area, computed where the file was checked. */
  areaKm2: number;
  /** A name from the feature's properties (name, 名称, NAME…), or null. */
  label: string | null;
  /** Properties as display text, never HTML. */
  properties: [string, string][];
}

/** Where a layer came from: shown in a boundary's panel and kept in the downloaded GeoJSON. */
export interface ImportSource {
  files: string[];
  format: string;
  /** The coordinate system it came in ("CGCS2000 / 3° GK zone 38"), in both languages. */
  crs: LocalizedText;
  encoding: string | null;
  warnings: LocalizedText[];
}

export interface ImportedLayer {
  id: string;
  name: string;
  features: ImportedFeature[];
  /** ISO time of the import. */
  importedAt: string;
  /** Absent on layers stored before readers other than GeoJSON existed. */
  source?: ImportSource;
}

export type ValidationResult = { ok: true; features: ImportedFeature[]; warnings: LocalizedText[] } | { ok: false; problems: ImportProblem[] };

const LABEL_KEYS = ['name', 'NAME', 'Name', '名称', '园区名称', '地块名称', 'name_zh', 'NAME_ZH', 'name_en', 'title', 'MC', 'mc', 'id', 'ID'];

/**
 * Checks WGS84 feature candidates.
 * @param skipNonPolygons skip (and count) points and lines instead of refusing the file (KML, GPX)
 */
export function validateFeatures(file: string, candidates: readonly unknown[], limits: ImportLimits = IMPORT_LIMITS, skipNonPolygons = false): ValidationResult {
  const fail = (reason: LocalizedText): ValidationResult => ({ ok: false, problems: [{ file, reason }] });
  if (candidates.length === 0) return fail(MSG.noFeatures());
  if (candidates.length > limits.maxFeatures) return fail(MSG.tooManyFeatures(candidates.length, limits.maxFeatures));
  const problems: ImportProblem[] = [];
  const features: ImportedFeature[] = [];
  const skipped = new Map<string, number>();
  let vertices = 0;
  candidates.forEach((candidate, index) => {
    if (problems.length >= 20) return; // enough to act on
    const at = index + 1;
    const geometryType = (candidate as { geometry?: { type?: unknown } } | null)?.geometry?.type;
    if (skipNonPolygons && typeof geometryType === 'string' && geometryType !== 'Polygon' && geometryType !== 'MultiPolygon') {
      skipped.set(geometryType, (skipped.get(geometryType) ?? 0) + 1);
      return;
    }
    const problem = featureProblem(candidate);
    if (problem) return problems.push({ file, feature: at, ...problem });
    const feature = candidate as { geometry: Polygon | MultiPolygon; properties: unknown };
    vertices += countVertices(feature.geometry);
    if (feature.properties !== null && feature.properties !== undefined && !isRecord(feature.properties))
      return problems.push({ file, feature: at, reason: MSG.propertiesNotObject(Array.isArray(feature.properties) ? 'an array' : typeof feature.properties) });
    features.push({ geometryJson: JSON.stringify(feature.geometry), areaKm2: ellipsoidalAreaKm2(feature.geometry), ...describeProperties(feature.properties as Record<string, unknown> | null, limits) });
  });
  if (vertices > limits.maxVertices) problems.push({ file, reason: MSG.tooManyVertices(vertices, limits.maxVertices) });
  if (problems.length) return { ok: false, problems };
  const skippedCount = [...skipped.values()].reduce((a, b) => a + b, 0);
  if (features.length === 0) return fail(MSG.noPolygons(candidates.length));
  return { ok: true, features, warnings: skippedCount ? [WARN.skipped(skippedCount, [...skipped.keys()].join(', '))] : [] };
}

/** One feature's problem, the commonest faults first with an explanation, then the shared check. */
function featureProblem(candidate: unknown): Pick<ImportProblem, 'reason' | 'detail'> | null {
  if (!isRecord(candidate) || candidate.type !== 'Feature') return { reason: MSG.notFeature() };
  const geometry = candidate.geometry;
  if (geometry === null || geometry === undefined) return { reason: MSG.noGeometry() };
  if (!isRecord(geometry)) return { reason: MSG.geometryNotObject() };
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return { reason: MSG.notPolygon(String(geometry.type)) };
  const numbers = flatPairs(geometry.coordinates);
  if (numbers === null) return { reason: MSG.badCoordinates() };
  const coordinateProblem = explainCoordinates(numbers);
  if (coordinateProblem) return { reason: coordinateProblem };
  const shared = checkGeoJson(candidate);
  return shared.length ? { reason: MSG.invalidGeometry(), detail: shared.join('; ') } : null;
}

/** Every position of a Polygon/MultiPolygon as [x, y], or null when the nesting or a value is wrong. */
export function flatPairs(coordinates: unknown): [number, number][] | null {
  const out: [number, number][] = [];
  const walk = (v: unknown, depth: number): boolean => {
    if (!Array.isArray(v)) return false;
    if (v.length >= 2 && typeof v[0] === 'number') {
      if (!v.every((n) => typeof n === 'number' && Number.isFinite(n))) return false;
      out.push([v[0], v[1]]);
      return true;
    }
    return depth < 4 && v.every((child) => walk(child, depth + 1));
  };
  return walk(coordinates, 0) ? out : null;
}

/** Projected metres and swapped [lat, lon] pairs: explained, with an example from the file. */
function explainCoordinates(pairs: [number, number][]): LocalizedText | null {
  const example = (p: [number, number]) => `[${p[0]}, ${p[1]}]`;
  const huge = pairs.find(([x, y]) => Math.abs(x) > 360 || Math.abs(y) > 360);
  if (huge) return MSG.projected(example(huge));
  // Latitude in the first place, longitude in the second: out of range, or (for China) in range but
  // every "longitude" between 15 and 55 and every "latitude" between 70 and 140.
  const outOfRange = pairs.find(([x, y]) => Math.abs(x) > 180 || Math.abs(y) > 90);
  const chinaSwapped = pairs.length > 0 && pairs.every(([x, y]) => x >= 15 && x <= 55 && y >= 70 && y <= 140);
  if ((outOfRange && Math.abs(outOfRange[0]) <= 90 && Math.abs(outOfRange[1]) <= 180) || chinaSwapped) return MSG.swapped(example(outOfRange ?? pairs[0]));
  if (outOfRange) return MSG.outOfRange(example(outOfRange));
  return null;
}

const parsed = new WeakMap<ImportedFeature, Polygon | MultiPolygon>();
/** The feature's geometry as GeoJSON (parsed once, on first use). */
export function importedGeometry(feature: ImportedFeature): Polygon | MultiPolygon {
  let geometry = parsed.get(feature);
  if (!geometry) parsed.set(feature, (geometry = JSON.parse(feature.geometryJson) as Polygon | MultiPolygon));
  return geometry;
}

function countVertices(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.reduce((n, rings) => n + rings.reduce((m, ring) => m + ring.length, 0), 0);
}

function describeProperties(properties: Record<string, unknown> | null, limits: ImportLimits): Pick<ImportedFeature, 'label' | 'properties'> {
  const entries = Object.entries(properties ?? {}).slice(0, limits.maxProperties);
  const text = entries.map(([key, value]): [string, string] => [truncate(key, 80), truncate(typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)), 500)]);
  const labelKey = LABEL_KEYS.find((key) => (typeof properties?.[key] === 'string' && String(properties[key]).trim() !== '') || typeof properties?.[key] === 'number');
  return { label: labelKey ? truncate(String(properties![labelKey]).trim(), 120) : null, properties: text };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function truncate(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
