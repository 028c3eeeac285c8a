/**
 * A planner's own boundary file, checked before anything is drawn: the same geometry check as the data
 * pipeline (`checkGeoJson` in data/schema.ts), the faults users' files have in practice explained
 * (coordinates in [lat, lon] order, projected metres, a `crs` other than WGS84, points or lines where
 * a boundary belongs, missing geometry), and limits a browser tab can hold. Never throws, whatever
 * the bytes; every problem names the feature (`#index`) and, where it applies, the property.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { checkGeoJson, parseDataFile, type Problem } from '../data/schema.ts';
import { ellipsoidalAreaKm2 } from '../geo/ellipsoid.ts';

/**
 * What one import may hold. 20 MB is the data pipeline's own file limit; 5,000 features and 1,000,000
 * vertices keep a layer drawable by MapLibre and storable in IndexedDB without stalling the tab
 * (a detailed county boundary has ~10⁴ vertices).
 */
export const IMPORT_LIMITS = { maxBytes: 20 * 1024 * 1024, maxFeatures: 5000, maxVertices: 1_000_000, maxProperties: 50 };

export interface ImportedFeature {
  /**
   * The checked geometry as GeoJSON text: strings cross from the worker, into IndexedDB and into
   * MapLibre's worker (as one blob) without a main-thread copy of half a million small arrays.
   * {@link importedGeometry} parses it when a feature is compared or overlaid.
   */
  geometryJson: string;
  /** WGS84 ellipsoidal area, computed where the file was checked. */
  areaKm2: number;
  /** A name from the feature's properties (name, NAME, 名称, id…), or null. */
  label: string | null;
  /** Properties as display text, never HTML. */
  properties: [string, string][];
}

export interface ImportedLayer {
  id: string;
  name: string;
  features: ImportedFeature[];
  /** ISO time of the import. */
  importedAt: string;
}

export type ImportResult = { ok: true; features: ImportedFeature[] } | { ok: false; problems: Problem[] };

const LABEL_KEYS = ['name', 'NAME', 'Name', 'name_zh', 'name_en', '名称', 'title', 'id', 'ID'];

/** Validates a file's text (`byteLength` is checked before parsing). */
export function validateImport(file: string, text: string, byteLength: number, limits = IMPORT_LIMITS): ImportResult {
  const parsed = parseDataFile(file, text, byteLength, limits.maxBytes);
  if (!parsed.ok) return { ok: false, problems: [parsed.problem] };
  const value = parsed.value;
  const fail = (reason: string, feature?: string): ImportResult => ({ ok: false, problems: [{ file, feature, reason }] });
  if (!isRecord(value)) return fail(`expected a GeoJSON object (FeatureCollection, Feature or Polygon), got ${Array.isArray(value) ? 'an array' : typeof value}`);
  const crs = crsName(value.crs);
  if (crs && !/(4326|CRS84|WGS ?84)/i.test(crs))
    return fail(`the file declares the coordinate system "${truncate(crs)}"; only WGS84 longitude/latitude (EPSG:4326) can be placed — reproject it (e.g. QGIS: Export → GeoJSON, CRS EPSG:4326)`);

  let candidates: unknown[];
  if (value.type === 'FeatureCollection') {
    if (!Array.isArray(value.features)) return fail('"features" must be an array');
    candidates = value.features;
  } else if (value.type === 'Feature') candidates = [value];
  else if (value.type === 'Polygon' || value.type === 'MultiPolygon') candidates = [{ type: 'Feature', properties: {}, geometry: value }];
  else return fail(`top-level "type" must be FeatureCollection, Feature, Polygon or MultiPolygon, got ${JSON.stringify(truncate(String(value.type)))}`);
  if (candidates.length === 0) return fail('the file has no features');
  if (candidates.length > limits.maxFeatures) return fail(`${candidates.length} features, more than the ${limits.maxFeatures} one import may hold`);

  const problems: Problem[] = [];
  const features: ImportedFeature[] = [];
  let vertices = 0;
  candidates.forEach((candidate, index) => {
    if (problems.length >= 20) return; // enough to act on
    const at = `#${index}`;
    const reason = featureProblem(candidate);
    if (reason) return problems.push({ file, feature: at, reason });
    const feature = candidate as { geometry: Polygon | MultiPolygon; properties: unknown };
    vertices += countVertices(feature.geometry);
    if (feature.properties !== null && feature.properties !== undefined && !isRecord(feature.properties))
      return problems.push({ file, feature: at, reason: `"properties" must be an object or null, got ${Array.isArray(feature.properties) ? 'an array' : typeof feature.properties}` });
    features.push({ geometryJson: JSON.stringify(feature.geometry), areaKm2: ellipsoidalAreaKm2(feature.geometry), ...describeProperties(feature.properties as Record<string, unknown> | null) });
  });
  if (vertices > limits.maxVertices)
    problems.push({ file, reason: `${vertices.toLocaleString('en-US')} vertices, more than the ${limits.maxVertices.toLocaleString('en-US')} one import may hold (simplify it first, e.g. mapshaper -simplify 10%)` });
  return problems.length ? { ok: false, problems } : { ok: true, features };
}

/** One feature's problem, the commonest faults first with an explanation, then the shared check. */
function featureProblem(candidate: unknown): string | null {
  if (!isRecord(candidate) || candidate.type !== 'Feature') return 'must be a GeoJSON Feature object';
  const geometry = candidate.geometry;
  if (geometry === null || geometry === undefined) return 'has no geometry ("geometry": null): there is nothing to draw';
  if (!isRecord(geometry)) return '"geometry" must be an object';
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')
    return `is a ${String(geometry.type)}: only Polygon and MultiPolygon boundaries have an area to compare`;
  const numbers = flatPairs(geometry.coordinates);
  if (numbers === null) return 'coordinates must be arrays of [longitude, latitude] number pairs';
  const coordinateProblem = explainCoordinates(numbers);
  if (coordinateProblem) return coordinateProblem;
  const shared = checkGeoJson(candidate);
  return shared.length ? shared.join('; ') : null;
}

/** Every position of a Polygon/MultiPolygon as [x, y], or null when the nesting or a value is wrong. */
function flatPairs(coordinates: unknown): [number, number][] | null {
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
function explainCoordinates(pairs: [number, number][]): string | null {
  const example = (p: [number, number]) => `[${p[0]}, ${p[1]}]`;
  const huge = pairs.find(([x, y]) => Math.abs(x) > 360 || Math.abs(y) > 360);
  if (huge) return `coordinates look projected (metres, e.g. ${example(huge)}), not longitude/latitude: reproject to WGS84 (EPSG:4326)`;
  // Latitude in the first place, longitude in the second: out of range, or (for China) in range but
  // every "longitude" between 15 and 55 and every "latitude" between 70 and 140.
  const outOfRange = pairs.find(([x, y]) => Math.abs(x) > 180 || Math.abs(y) > 90);
  const chinaSwapped = pairs.length > 0 && pairs.every(([x, y]) => x >= 15 && x <= 55 && y >= 70 && y <= 140);
  if ((outOfRange && Math.abs(outOfRange[0]) <= 90 && Math.abs(outOfRange[1]) <= 180) || chinaSwapped)
    return `coordinates look swapped (${example(outOfRange ?? pairs[0])} reads as [latitude, longitude]); GeoJSON is [longitude, latitude]`;
  if (outOfRange) return `coordinate ${example(outOfRange)} out of range (longitude −180…180, latitude −90…90)`;
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

function describeProperties(properties: Record<string, unknown> | null): Pick<ImportedFeature, 'label' | 'properties'> {
  const entries = Object.entries(properties ?? {}).slice(0, IMPORT_LIMITS.maxProperties);
  const text = entries.map(([key, value]): [string, string] => [truncate(key, 80), truncate(typeof value === 'string' ? value : JSON.stringify(value) ?? String(value), 500)]);
  const labelKey = LABEL_KEYS.find((key) => typeof properties?.[key] === 'string' || typeof properties?.[key] === 'number');
  return { label: labelKey ? truncate(String(properties![labelKey]), 120) : null, properties: text };
}

function crsName(crs: unknown): string | null {
  if (!isRecord(crs) || !isRecord(crs.properties)) return null;
  const name = crs.properties.name ?? crs.properties.href;
  return typeof name === 'string' ? name : null;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function truncate(s: string, n = 60): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
