/**
 * The MedPark Atlas data model. These types are the documentation of the data: every file in
 * `geojson/` is a FeatureCollection whose features carry {@link PlaceProperties}, and the build step
 * (`scripts/data-build.ts`) turns them into {@link AtlasData} for the app.
 */
import type { Feature, FeatureCollection, Point, Polygon, MultiPolygon } from 'geojson';

/** A string in both UI languages. */
export interface LocalizedText {
  zh: string;
  en: string;
}

export type Lang = keyof LocalizedText;

/** What a place is. Non-spatial programmes (policies, designations) are statements, not places. */
export const FEATURE_KINDS = [
  'region',
  'pilot-zone',
  'park',
  'base',
  'platform',
  'facility',
  'signed-project',
  'reference-point',
] as const;
export type FeatureKind = (typeof FEATURE_KINDS)[number];

export const REGION_LEVELS = ['province', 'city', 'district', 'county', 'county-city'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const REFERENCE_KINDS = ['seaport', 'airport', 'railway-station', 'border-crossing'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/**
 * What the geometry means. No source publishes a surveyed boundary, so no place is `digitised` yet.
 * - `point-at-site`: the facility's own location (from a cited dataset, or an estimate of the site).
 * - `point-at-seat`: the government seat of the district/county that hosts the place.
 * - `point-at-city`: a city centre standing in for the city.
 * - `proxy-point`: placed at a parent's anchor because the real site is unknown.
 * - `schematic-equal-area`: a shape whose only true property is its (declared) area.
 * - `digitised`: traced from a cited map.
 */
export const GEOMETRY_KINDS = [
  'point-at-site',
  'point-at-seat',
  'point-at-city',
  'proxy-point',
  'schematic-equal-area',
  'digitised',
] as const;
export type GeometryKind = (typeof GEOMETRY_KINDS)[number];

/** How far a coordinate can be trusted. */
export const CONFIDENCES = ['sourced', 'estimate', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

/** Honesty about a geometry: what it is, how it was made, from what. */
export interface GeometryInfo {
  kind: GeometryKind;
  confidence: Confidence;
  /** How the coordinates were obtained, in English (shown in the panel). */
  method: string;
  /** Radius of doubt in km, where known. */
  uncertaintyKm?: number;
  /** For footprints and proxies: the point the shape is centred on / the point stands for. */
  anchor?: [number, number];
  /** For proxy points: the id of the place whose anchor is used. */
  proxyOf?: string;
  /** Where the coordinate comes from. */
  sources: SourceRef[];
  note?: string;
}

/** Seed article files shipped in `data/seeds/`. */
export interface SeedSourceRef {
  seed: string;
  /** A sentence quoted verbatim from the seed (checked by `npm run data:check`). */
  quote: string;
}

/** A public page from `data/sources.json`, by id (e.g. `pub-10`). */
export interface PublicSourceRef {
  pub: string;
  /** What the page says, paraphrased or quoted. */
  quote?: string;
}

/** An estimate made while compiling the facts sheet (general knowledge or inference). */
export interface EstimateSourceRef {
  estimate: string;
}

export type SourceRef = SeedSourceRef | PublicSourceRef | EstimateSourceRef;

/** An entry of `data/sources.json`. */
export interface PublicSource {
  id: string;
  url: string;
  title: string;
  /** ISO date (or year/month) of the page, when known. */
  date?: string;
  note?: string;
}

export const FIGURE_KINDS = ['area', 'target', 'investment', 'count', 'revenue'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export const FIGURE_UNITS = ['km2', 'ha', 'mu', 'CNY', 'count', 'percent', 'm2'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** A number exactly as a source gives it; never computed, never invented. */
export interface Figure {
  kind: FigureKind;
  /** Stable slug, e.g. `planned-area`, `operating-income`. */
  metric: string;
  label: LocalizedText;
  value: number;
  unit: FigureUnit;
  /** Year the figure refers to (target year, or year of the count). */
  year?: number;
  /** "more than", "about", "up to" as the source words it. */
  qualifier?: 'exceeds' | 'about' | 'up-to' | 'at-least';
  source: SourceRef;
}

/** A fact in words, with its source. */
export interface Statement {
  text: LocalizedText;
  source: SourceRef;
}

export interface PlaceName extends LocalizedText {
  /** The seed's raw (often machine-translated) English, when it differs from `en`. */
  seed?: string;
  /** Whether the Chinese name is verified against a source. */
  zhStatus: 'verified' | 'unverified' | 'candidate';
  /** Why the seed's string was corrected (e.g. "Taichung" is a mistranslation). */
  correction?: string;
}

/** For a place whose identity is a reasoned guess (seed 003's "Yucheng"). */
export interface IdentityDoubt {
  note: string;
  candidates: { zh: string; en: string; likelihood: 'likely' | 'possible' | 'unlikely' }[];
}

export interface SignedProjectInfo {
  /** Partner origin, inferred from the project's name unless a source says otherwise. */
  origin: LocalizedText;
  originBasis: 'estimated-from-name' | 'sourced';
  /** Position in the CNS list of 13 (1-based). */
  listIndex: number;
  signedAt: string;
  event: LocalizedText;
}

export interface ReferenceInfo {
  kind: ReferenceKind;
  /** Ids of the places this reference point serves. */
  serves: string[];
  codes?: { iata?: string; icao?: string };
}

/** The properties of every feature in `geojson/`. */
export interface PlaceProperties {
  /** Stable slug, unique across all files (e.g. `fcg-pilot-zone`). */
  id: string;
  kind: FeatureKind;
  /** Id of the parent place, or null for a top-level region. */
  parent: string | null;
  name: PlaceName;
  /** Codes from `data/taxonomy.json`. */
  industries: string[];
  figures: Figure[];
  statements: Statement[];
  /** At least one source for the place itself. */
  sources: SourceRef[];
  geometry: GeometryInfo;
  regionLevel?: RegionLevel;
  adcode?: string;
  identity?: IdentityDoubt;
  project?: SignedProjectInfo;
  reference?: ReferenceInfo;
}

export type PlaceGeometry = Point | Polygon | MultiPolygon;
export type PlaceFeature = Feature<PlaceGeometry, PlaceProperties>;
export type PlaceCollection = FeatureCollection<PlaceGeometry, PlaceProperties>;

/** An industry of the shared taxonomy (`data/taxonomy.json`). */
export interface Industry {
  code: string;
  label: LocalizedText;
  /** Auxiliary codes are not industries proper (cooperation, trade, unclear). */
  auxiliary: boolean;
}

/**
 * A region group of the region filter: the id of a top-level region place (a province). The groups come
 * from the data (`AtlasData.regions`), so more provinces need no code change.
 */
export type RegionGroup = string;

/** A region group as the filter lists it. */
export interface RegionInfo {
  id: RegionGroup;
  name: LocalizedText;
}

/** Areas computed by the pipeline (Turf, geodesic on WGS84 sphere). */
export interface ComputedArea {
  declaredKm2: number | null;
  computedKm2: number;
  /** (computed − declared) / declared × 100, or null without a declared figure. */
  deltaPercent: number | null;
  ha: number;
  mu: number;
}

/** One place as the app receives it: the source properties plus what the pipeline derived. */
export interface Place extends PlaceProperties {
  regionGroup: RegionGroup | null;
  /** [lon, lat] of the label / fly-to point. */
  anchor: [number, number];
  /** File in `geojson/` the place came from. */
  file: string;
  area: ComputedArea | null;
  children: string[];
  geometryType: PlaceGeometry['type'];
}

/** Flat properties of map features (MapLibre filters need scalar properties). */
export interface MapFeatureProperties {
  id: string;
  kind: FeatureKind;
  geometryKind: GeometryKind;
  regionGroup: RegionGroup | '';
  /** `|code|code|` so a filter can test `in "|tcm|"`. */
  industries: string;
  /** First industry code (colour), or '' */
  primaryIndustry: string;
  nameZh: string;
  nameEn: string;
  /**
   * Straight-line km (one decimal) from the anchor to the nearest seaport, airport, railway station and
   * border crossing of the reference layer; absent on reference points and when the data has no such kind.
   */
  dSeaport?: number;
  dAirport?: number;
  dStation?: number;
  dBorder?: number;
}

/** The validated, computed data the app loads (`public/data/atlas.json`). */
export interface AtlasData {
  version: 1;
  taxonomy: Industry[];
  sources: PublicSource[];
  /** The region groups present, in data order (older data files lack it: derived from places then). */
  regions?: RegionInfo[];
  places: Place[];
  map: {
    footprints: FeatureCollection<Polygon | MultiPolygon, MapFeatureProperties>;
    points: FeatureCollection<Point, MapFeatureProperties>;
  };
  /**
   * Site-level points too many for GeoJSON (hundreds of thousands) come as a PMTiles vector-tile
   * archive instead; they are on the map but not in `places`.
   */
  tiles?: {
    /** Archive URL, relative to the atlas file or absolute (any static host with range requests). */
    url: string;
    /** Number of sites in the archive. */
    count: number;
  };
}

/** Validated features grouped by the file they came from. */
export type LoadedPlaces = readonly { file: string; features: PlaceFeature[] }[];
