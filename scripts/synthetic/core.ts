/**
 * The core of the synthetic national data set: pure, seeded functions that build provinces, zones
 * (pilot zones and parks with schematic equal-area footprints), sites (bases) and reference points in
 * the atlas schema (`PlaceProperties`). `generate.ts` streams them to files; the benchmark and tests
 * call these functions directly. Same seed → same output, bit for bit.
 *
 * Nothing here is real: every feature cites {@link SYNTHETIC_SOURCE}.
 */
import { area } from '@turf/turf';
import type { Polygon } from 'geojson';
import type { EstimateSourceRef, PlaceFeature, ReferenceKind } from '../../src/lib/data/types.ts';
import { cumulative, deriveSeed, mulberry32, pickDistinctWeighted, pickWeighted, randInt, type Random } from './prng.ts';
import { onLand, PROVINCES, ringContains, type SyntheticProvince } from './provinces.ts';

/** The one source of every synthetic feature, figure and geometry. */
/** The benchmark sizes: 2,500 zones with 50k or 500k sites. */
export const PRESETS = {
  national: { zones: 2500, sites: 50_000, references: 400 },
  'national-500k': { zones: 2500, sites: 500_000, references: 400 },
} as const;
export type PresetName = keyof typeof PRESETS;

export const SYNTHETIC_SOURCE: EstimateSourceRef = { estimate: 'synthetic benchmark data, not real', estimateZh: '合成的基准测试数据，非真实数据' };

/**
 * Industry codes of `data/taxonomy.json` (listed here because the taxonomy file is authored
 * separately; a test checks them against it when it exists), with how often synthetic places get them.
 */
export const INDUSTRY_WEIGHTS: Readonly<Record<string, number>> = {
  biologics: 10,
  chemical_pharma: 9,
  tcm: 8,
  medical_devices: 10,
  health_food_nutrition: 5,
  preclinical_cro: 4,
  lab_animals: 2,
  medical_services_health_tourism: 5,
  public_health_emergency: 2,
  api_excipients_intermediates: 5,
  digital_smart_health: 6,
  pharma_manufacturing_general: 7,
  trade_logistics: 2,
  cooperation_policy: 1,
  other_unclear: 1,
};
export const INDUSTRY_CODES: readonly string[] = Object.keys(INDUSTRY_WEIGHTS);
const INDUSTRY_WEIGHT_LIST = INDUSTRY_CODES.map((c) => INDUSTRY_WEIGHTS[c]);

/** Declared zone areas are drawn log-uniformly from this range (km²). */
export const ZONE_AREA_RANGE_KM2: readonly [number, number] = [1, 100];
/** Tries to place a zone clear of its province's other zones before accepting an overlap. */
const ZONE_PLACEMENT_TRIES = 24;
/** Clearance radius of a zone, in equivalent-circle radii (its vertices reach at most ≈1.8 of them). */
const ZONE_CLEARANCE_FACTOR = 1.8;
/** Share of sites placed inside their zone's footprint (the rest lie near it). */
export const SITES_INSIDE_SHARE = 0.85;

const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON_EQUATOR = 111.32;
const RAD = Math.PI / 180;

// Independent PRNG streams, so that e.g. more sites never change the zones.
const STREAM_ZONES = 1;
const STREAM_SITES = 2;
const STREAM_REFERENCES = 3;

export const provinceId = (p: SyntheticProvince): string => `syn-prov-${p.slug}`;
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** One region feature per province, a point at its (rough) capital. */
export function provinceFeatures(): PlaceFeature[] {
  return PROVINCES.map((p) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [p.capital[0], p.capital[1]] },
    properties: {
      id: provinceId(p),
      kind: 'region',
      parent: null,
      regionLevel: 'province',
      adcode: p.adcode,
      name: { zh: `${p.zh}（合成）`, en: `${p.en} (synthetic)`, zhStatus: 'unverified' },
      industries: [],
      figures: [],
      statements: [],
      sources: [SYNTHETIC_SOURCE],
      geometry: {
        kind: 'point-at-city',
        confidence: 'low',
        method: 'Synthetic: rough capital coordinate listed in scripts/synthetic/provinces.ts',
        methodZh: '合成:scripts/synthetic/provinces.ts 所列省会的粗略坐标',
        uncertaintyKm: 10,
        sources: [SYNTHETIC_SOURCE],
      },
    },
  }));
}

/** A synthetic zone (pilot zone or park) as generated, before it becomes a feature. */
export interface SyntheticZone {
  id: string;
  /** 1-based number in names and ids. */
  number: number;
  kind: 'pilot-zone' | 'park';
  province: SyntheticProvince;
  /** [lon, lat] the footprint is centred on. */
  anchor: [number, number];
  /** Declared planned area (km², 2 decimals); the footprint's Turf area matches it within 0.01 %. */
  areaKm2: number;
  geometry: Polygon;
  industries: string[];
  /** Radius (km) of the largest vertex from the anchor. */
  maxRadiusKm: number;
}

/** `count` zones, spread over the provinces by weight, each near its province's capital and on land. */
export function generateZones(count: number, seed: number): SyntheticZone[] {
  const rand = mulberry32(deriveSeed(seed, STREAM_ZONES));
  const provinceWeights = cumulative(PROVINCES.map((p) => p.weight));
  const placed = PROVINCES.map((): { lon: number; lat: number; clearanceKm: number }[] => []);
  const zones: SyntheticZone[] = [];
  for (let i = 0; i < count; i++) {
    const number = i + 1;
    const provinceIndex = pickWeighted(rand, provinceWeights);
    const province = PROVINCES[provinceIndex];
    const [minArea, maxArea] = ZONE_AREA_RANGE_KM2;
    const areaKm2 = Math.max(minArea, round(minArea * Math.pow(maxArea / minArea, rand()), 2));
    // Keep clear of the province's other zones where possible (real parks rarely overlap): a few
    // tries, then accept an overlap. The clearance radius bounds the irregular shape generously.
    const clearanceKm = ZONE_CLEARANCE_FACTOR * Math.sqrt(areaKm2 / Math.PI);
    const others = placed[provinceIndex];
    let anchor = placeNear(rand, province.capital, province.spreadKm);
    for (let attempt = 1; attempt < ZONE_PLACEMENT_TRIES && others.some((o) => approxKm(o, anchor) < o.clearanceKm + clearanceKm); attempt++)
      anchor = placeNear(rand, province.capital, province.spreadKm);
    others.push({ lon: anchor[0], lat: anchor[1], clearanceKm });
    const { geometry, maxRadiusKm } = irregularFootprint(rand, anchor, areaKm2);
    const industries = pickDistinctWeighted(rand, INDUSTRY_WEIGHT_LIST, randInt(rand, 1, 3)).map((k) => INDUSTRY_CODES[k]);
    zones.push({
      id: `syn-zone-${pad(number, 4)}`,
      number,
      kind: rand() < 0.25 ? 'pilot-zone' : 'park',
      province,
      anchor,
      areaKm2,
      geometry,
      industries,
      maxRadiusKm,
    });
  }
  return zones;
}

/** Distance in km, equirectangular: fine for the few-km clearances it checks. */
function approxKm(a: { lon: number; lat: number }, b: readonly number[]): number {
  const dx = (b[0] - a.lon) * KM_PER_DEG_LON_EQUATOR * Math.cos(a.lat * RAD);
  const dy = (b[1] - a.lat) * KM_PER_DEG_LAT;
  return Math.hypot(dx, dy);
}

/** A zone as a place feature (parent: its province). */
export function zoneFeature(zone: SyntheticZone): PlaceFeature {
  const n = pad(zone.number, 4);
  return {
    type: 'Feature',
    geometry: zone.geometry,
    properties: {
      id: zone.id,
      kind: zone.kind,
      parent: provinceId(zone.province),
      name: { zh: `合成园区 ${n}`, en: `Synthetic zone ${n}`, zhStatus: 'unverified' },
      industries: zone.industries,
      figures: [
        {
          kind: 'area',
          metric: 'planned-area',
          label: { zh: '规划面积', en: 'Planned area' },
          value: zone.areaKm2,
          unit: 'km2',
          scope: { zh: '合成园区', en: 'Synthetic zone' },
          basis: 'planned',
          source: SYNTHETIC_SOURCE,
        },
      ],
      statements: [],
      sources: [SYNTHETIC_SOURCE],
      geometry: {
        kind: 'schematic-equal-area',
        confidence: 'low',
        method: 'Synthetic: irregular shape (circle with radial noise) scaled to the declared area',
        methodZh: '合成:按公布面积缩放的不规则形状(带径向噪声的圆)',
        anchor: zone.anchor,
        sources: [SYNTHETIC_SOURCE],
      },
    },
  };
}

/**
 * A random point at a Rayleigh-distributed distance (scale `spreadKm / 2`, capped at 2 × spread)
 * from `center`, retried until it is on land; falls back to `center` after 64 tries.
 */
function placeNear(rand: Random, center: [number, number], spreadKm: number): [number, number] {
  for (let attempt = 0; attempt < 64; attempt++) {
    const distanceKm = Math.min(2 * spreadKm, (spreadKm / 2) * Math.sqrt(-2 * Math.log(1 - rand())));
    const bearing = rand() * 2 * Math.PI;
    const [lon, lat] = offsetKm(center, distanceKm * Math.cos(bearing), distanceKm * Math.sin(bearing));
    if (onLand(lon, lat)) return [round(lon, 6), round(lat, 6)];
  }
  return [center[0], center[1]];
}

/** Moves `[lon, lat]` by `dx` km east and `dy` km north (local equirectangular approximation). */
function offsetKm(center: readonly number[], dxKm: number, dyKm: number): [number, number] {
  return [
    center[0] + dxKm / (KM_PER_DEG_LON_EQUATOR * Math.cos(center[1] * RAD)),
    center[1] + dyKm / KM_PER_DEG_LAT,
  ];
}

/**
 * An irregular, simple (star-shaped) polygon of 24–48 vertices: a circle whose radius is perturbed by
 * a few low harmonics and per-vertex jitter, stretched and rotated, then scaled until its Turf area
 * equals `areaKm2` (within 0.01 %; coordinate rounding limits it). Counter-clockwise (RFC 7946), coordinates to 6 decimals.
 */
export function irregularFootprint(
  rand: Random,
  anchor: [number, number],
  areaKm2: number,
): { geometry: Polygon; maxRadiusKm: number } {
  const vertices = randInt(rand, 24, 48);
  const harmonics = [2, 3, 4, 5].map((h) => ({ h, amp: (rand() * 0.22) / (h - 1), phase: rand() * 2 * Math.PI }));
  const stretch = Math.sqrt(1 + rand() * 0.8);
  const rotation = rand() * Math.PI;
  const cosR = Math.cos(rotation);
  const sinR = Math.sin(rotation);
  // Unit shape in km, centred on the anchor.
  const unit: [number, number][] = [];
  for (let i = 0; i < vertices; i++) {
    const theta = (2 * Math.PI * i) / vertices;
    let r = 1 + (rand() - 0.5) * 0.16;
    for (const { h, amp, phase } of harmonics) r += amp * Math.cos(h * theta + phase);
    r = Math.max(0.35, r);
    const x = r * Math.cos(theta) * stretch;
    const y = (r * Math.sin(theta)) / stretch;
    unit.push([x * cosR - y * sinR, x * sinR + y * cosR]);
  }
  const planarUnitArea = Math.abs(unit.reduce((s, [x, y], i) => s + x * unit[(i + 1) % vertices][1] - unit[(i + 1) % vertices][0] * y, 0)) / 2;
  let scale = Math.sqrt(areaKm2 / planarUnitArea);
  let geometry = scaledPolygon(unit, anchor, scale);
  for (let i = 0; i < 3; i++) {
    const measured = area(geometry) / 1e6;
    if (Math.abs(measured / areaKm2 - 1) < 1e-7) break;
    scale *= Math.sqrt(areaKm2 / measured);
    geometry = scaledPolygon(unit, anchor, scale);
  }
  const maxRadiusKm = scale * Math.max(...unit.map(([x, y]) => Math.hypot(x, y)));
  return { geometry, maxRadiusKm };
}

function scaledPolygon(unit: readonly [number, number][], anchor: [number, number], scale: number): Polygon {
  const ring = unit.map(([x, y]) => {
    const [lon, lat] = offsetKm(anchor, x * scale, y * scale);
    return [round(lon, 6), round(lat, 6)];
  });
  ring.push([ring[0][0], ring[0][1]]);
  return { type: 'Polygon', coordinates: [ring] };
}

/** A generated site, reused between draws by {@link createSiteSampler}. */
export interface SiteSample {
  /** 1-based number in names and ids. */
  number: number;
  lon: number;
  lat: number;
  /** Index of the parent zone in the zones array. */
  zone: number;
  /** Whether it was placed inside the zone's footprint (else near it). */
  inside: boolean;
  industries: string[];
}

/**
 * A seeded source of sites (bases): each draw picks a zone (weighted by area), then a point inside its
 * footprint ({@link SITES_INSIDE_SHARE}) or just outside it, and 1–2 industries (mostly the zone's).
 * Draws fill one reused object, so 500k sites cost no garbage.
 */
export function createSiteSampler(zones: readonly SyntheticZone[], seed: number): (out: SiteSample) => SiteSample {
  if (zones.length === 0) throw new Error('sites need at least one zone');
  const rand = mulberry32(deriveSeed(seed, STREAM_SITES));
  const zoneWeights = cumulative(zones.map((z) => z.areaKm2));
  const boxes = zones.map((z) => bbox(z.geometry.coordinates[0]));
  let number = 0;
  return (out) => {
    number++;
    const zi = pickWeighted(rand, zoneWeights);
    const zone = zones[zi];
    const ring = zone.geometry.coordinates[0];
    let lon = zone.anchor[0];
    let lat = zone.anchor[1];
    let inside = rand() < SITES_INSIDE_SHARE;
    if (inside) {
      const [w, s, e, n] = boxes[zi];
      inside = false;
      for (let attempt = 0; attempt < 32 && !inside; attempt++) {
        // Rounded before the test, so the written coordinate is the one known to be inside.
        lon = round(w + rand() * (e - w), 6);
        lat = round(s + rand() * (n - s), 6);
        inside = ringContains(ring, lon, lat);
      }
      if (!inside) [lon, lat] = zone.anchor;
      inside = true; // the anchor is inside a star-shaped footprint
    } else {
      const distanceKm = zone.maxRadiusKm * (1.05 + rand() * 2);
      const bearing = rand() * 2 * Math.PI;
      [lon, lat] = offsetKm(zone.anchor, distanceKm * Math.cos(bearing), distanceKm * Math.sin(bearing));
    }
    const count = randInt(rand, 1, 2);
    const industries: string[] = [];
    for (let k = 0; k < count; k++) {
      const code =
        rand() < 0.8
          ? zone.industries[Math.floor(rand() * zone.industries.length)]
          : INDUSTRY_CODES[pickWeighted(rand, INDUSTRY_CUMULATIVE)];
      if (!industries.includes(code)) industries.push(code);
    }
    out.number = number;
    out.lon = round(lon, 6);
    out.lat = round(lat, 6);
    out.zone = zi;
    out.inside = inside;
    out.industries = industries;
    return out;
  };
}
const INDUSTRY_CUMULATIVE = cumulative(INDUSTRY_WEIGHT_LIST);

/** An empty {@link SiteSample} to draw into. */
export const newSiteSample = (): SiteSample => ({ number: 0, lon: 0, lat: 0, zone: 0, inside: false, industries: [] });

/** A site as a place feature (kind `base`, parent: its zone). */
export function siteFeature(site: SiteSample, zones: readonly SyntheticZone[]): PlaceFeature {
  const n = pad(site.number, 6);
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [site.lon, site.lat] },
    properties: {
      id: `syn-site-${n}`,
      kind: 'base',
      parent: zones[site.zone].id,
      name: { zh: `合成基地 ${n}`, en: `Synthetic site ${n}`, zhStatus: 'unverified' },
      industries: site.industries,
      figures: [],
      statements: [],
      sources: [SYNTHETIC_SOURCE],
      geometry: {
        kind: 'point-estimate',
        confidence: 'low',
        method: site.inside ? 'Synthetic: random point inside the zone footprint' : 'Synthetic: random point near the zone',
        methodZh: site.inside ? '合成:园区范围内的随机点' : '合成:园区附近的随机点',
        sources: [SYNTHETIC_SOURCE],
      },
    },
  };
}

/** Site positions only, for benchmarks: flat `[lon, lat, …]` and each site's zone index. */
export function generateSitePositions(
  zones: readonly SyntheticZone[],
  count: number,
  seed: number,
): { coords: Float64Array; zone: Uint32Array; inside: Uint8Array } {
  const sample = createSiteSampler(zones, seed);
  const out = newSiteSample();
  const coords = new Float64Array(count * 2);
  const zone = new Uint32Array(count);
  const inside = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    sample(out);
    coords[2 * i] = out.lon;
    coords[2 * i + 1] = out.lat;
    zone[i] = out.zone;
    inside[i] = out.inside ? 1 : 0;
  }
  return { coords, zone, inside };
}

/** A synthetic reference point (airport, railway station, seaport, border crossing). */
export interface SyntheticReference {
  id: string;
  number: number;
  kind: ReferenceKind;
  province: SyntheticProvince;
  lon: number;
  lat: number;
}

const REFERENCE_NAMES: Record<ReferenceKind, { zh: string; en: string }> = {
  airport: { zh: '合成机场', en: 'Synthetic airport' },
  'railway-station': { zh: '合成火车站', en: 'Synthetic railway station' },
  seaport: { zh: '合成港口', en: 'Synthetic seaport' },
  'border-crossing': { zh: '合成口岸', en: 'Synthetic border crossing' },
};

/**
 * `count` reference points: first an airport and a railway station near each capital, then more spread
 * like the zones, of the kinds a province can have (seaports only in coastal provinces, border
 * crossings only in border provinces; placed near the capital, not on the actual coast or border).
 */
export function generateReferencePoints(count: number, seed: number): SyntheticReference[] {
  const rand = mulberry32(deriveSeed(seed, STREAM_REFERENCES));
  const provinceWeights = cumulative(PROVINCES.map((p) => p.weight));
  const refs: SyntheticReference[] = [];
  for (let i = 0; i < count; i++) {
    let province: SyntheticProvince;
    let kind: ReferenceKind;
    let lon: number;
    let lat: number;
    if (i < 2 * PROVINCES.length) {
      province = PROVINCES[i >> 1];
      kind = i % 2 === 0 ? 'airport' : 'railway-station';
      [lon, lat] = placeNear(rand, province.capital, 20);
    } else {
      province = PROVINCES[pickWeighted(rand, provinceWeights)];
      const kinds: ReferenceKind[] = ['railway-station', 'railway-station', 'airport'];
      if (province.coastal) kinds.push('seaport', 'seaport');
      if (province.border) kinds.push('border-crossing');
      kind = kinds[Math.floor(rand() * kinds.length)];
      [lon, lat] = placeNear(rand, province.capital, province.spreadKm * 1.5);
    }
    const number = i + 1;
    refs.push({ id: `syn-ref-${pad(number, 4)}`, number, kind, province, lon, lat });
  }
  return refs;
}

/** A reference point as a place feature (parent: its province). */
export function referenceFeature(ref: SyntheticReference): PlaceFeature {
  const n = pad(ref.number, 4);
  const name = REFERENCE_NAMES[ref.kind];
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [ref.lon, ref.lat] },
    properties: {
      id: ref.id,
      kind: 'reference-point',
      parent: provinceId(ref.province),
      name: { zh: `${name.zh} ${n}`, en: `${name.en} ${n}`, zhStatus: 'unverified' },
      industries: [],
      figures: [],
      statements: [],
      sources: [SYNTHETIC_SOURCE],
      geometry: {
        kind: 'point-estimate',
        confidence: 'low',
        method: 'Synthetic: random point near the province capital',
        methodZh: '合成:省会附近的随机点',
        sources: [SYNTHETIC_SOURCE],
      },
      reference: { kind: ref.kind, serves: [] },
    },
  };
}

function bbox(ring: readonly number[][]): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const [x, y] of ring) {
    if (x < w) w = x;
    if (y < s) s = y;
    if (x > e) e = x;
    if (y > n) n = y;
  }
  return [w, s, e, n];
}

function round(v: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
}
