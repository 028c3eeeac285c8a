/**
 * Which zone footprints (Polygon / MultiPolygon) contain a position — a Flatbush R-tree over the
 * bounding boxes of the polygon parts, then an exact even-odd ray-casting test on the raw rings (holes
 * included); {@link assignSitesToZones} runs the same test for many sites at once. Only the spatial
 * bench (scripts/bench-spatial.ts) uses it: the app never asks which zone contains a position.
 *
 * Edges are straight in lon/lat (RFC 7946, as Turf's `booleanPointInPolygon` assumes).
 * Antimeridian-crossing shapes are not supported. A position exactly on a boundary may count as inside
 * or outside.
 */
import Flatbush from 'flatbush';
import type { Feature, Geometry, MultiPolygon, Polygon } from 'geojson';
/** A zone footprint to index: its place id and its polygon(s). */
export interface ZoneShape {
  id: string;
  geometry: Polygon | MultiPolygon;
}

/** Anything shaped like a GeoJSON feature whose properties carry an `id` (e.g. a `PlaceFeature`). */
export type FeatureWithId = Feature<Geometry | null, { id: string } | null>;

/**
 * A static index of zone footprints (pilot zones, parks…) answering "which zones contain this
 * position?". Build once from all zones, then query many times; it cannot be changed after building.
 *
 * MultiPolygon parts are indexed separately, so a zone whose parts lie far apart does not get a huge
 * bounding box. Overlapping or nested zones (a park inside a pilot zone) are all reported.
 */
export class ZoneIndex {
  /** Zone ids, in the order given; query results refer to zones by these ids. */
  readonly zoneIds: readonly string[];
  private readonly tree: Flatbush | null;
  /** All ring vertices, `[lon0, lat0, lon1, lat1, …]`. */
  private readonly coords: Float64Array;
  /** Ring r spans vertices `ringStart[r] … ringStart[r + 1] - 1`. */
  private readonly ringStart: Uint32Array;
  /** Part p (one polygon: outer ring and holes) spans rings `partRingStart[p] … partRingStart[p + 1] - 1`. */
  private readonly partRingStart: Uint32Array;
  /** The zone (index into {@link zoneIds}) each part belongs to. */
  private readonly partZone: Uint32Array;

  /** @param zones zone footprints; ids should be unique (duplicates are kept as separate zones). */
  constructor(zones: readonly ZoneShape[]) {
    this.zoneIds = zones.map((z) => z.id);
    let vertexCount = 0;
    let ringCount = 0;
    let partCount = 0;
    for (const zone of zones)
      for (const polygon of polygonsOf(zone.geometry)) {
        partCount++;
        ringCount += polygon.length;
        for (const ring of polygon) vertexCount += ring.length;
      }
    this.coords = new Float64Array(vertexCount * 2);
    this.ringStart = new Uint32Array(ringCount + 1);
    this.partRingStart = new Uint32Array(partCount + 1);
    this.partZone = new Uint32Array(partCount);
    const boxes = new Float64Array(partCount * 4);
    let v = 0;
    let r = 0;
    let p = 0;
    zones.forEach((zone, zoneIndex) => {
      for (const polygon of polygonsOf(zone.geometry)) {
        this.partZone[p] = zoneIndex;
        this.partRingStart[p] = r;
        let minX = Infinity;
        let minY = Infinity;
        let maxX = -Infinity;
        let maxY = -Infinity;
        for (const ring of polygon) {
          this.ringStart[r++] = v;
          for (const position of ring) {
            const x = position[0];
            const y = position[1];
            this.coords[2 * v] = x;
            this.coords[2 * v + 1] = y;
            v++;
            if (x < minX) minX = x;
            if (y < minY) minY = y;
            if (x > maxX) maxX = x;
            if (y > maxY) maxY = y;
          }
        }
        boxes.set([minX, minY, maxX, maxY], p * 4);
        p++;
      }
    });
    this.ringStart[r] = v;
    this.partRingStart[p] = r;

    if (partCount === 0) {
      this.tree = null;
      return;
    }
    const tree = new Flatbush(partCount);
    for (let b = 0; b < boxes.length; b += 4) tree.add(boxes[b], boxes[b + 1], boxes[b + 2], boxes[b + 3]);
    tree.finish();
    this.tree = tree;
  }

  /**
   * Builds the index from GeoJSON features (e.g. all `PlaceFeature`s of the atlas), keeping those
   * with a Polygon or MultiPolygon geometry and a `properties.id`; points are skipped.
   */
  static fromFeatures(features: Iterable<FeatureWithId>): ZoneIndex {
    const zones: ZoneShape[] = [];
    for (const feature of features) {
      const geometry = feature.geometry;
      const id = feature.properties?.id;
      if (typeof id === 'string' && geometry && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon'))
        zones.push({ id, geometry });
    }
    return new ZoneIndex(zones);
  }

  /** Number of zones indexed. */
  get size(): number {
    return this.zoneIds.length;
  }

  /**
   * Ids of the zones whose footprint contains the position, in the order the zones were given
   * (empty when none does). Holes are respected.
   */
  zonesContaining(lon: number, lat: number): string[] {
    const out: number[] = [];
    this.collectZones(lon, lat, out);
    return out.map((z) => this.zoneIds[z]);
  }

  /**
   * Appends to `out` the indexes (into {@link zoneIds}) of the zones containing the position, sorted
   * ascending and without duplicates; returns how many were appended. Allocation-light, for bulk use.
   */
  collectZones(lon: number, lat: number, out: number[]): number {
    if (this.tree === null) return 0;
    const start = out.length;
    const { partZone } = this;
    this.tree.search(lon, lat, lon, lat, (part) => {
      if (this.partContains(part, lon, lat)) {
        const zone = partZone[part];
        let seen = false;
        for (let i = start; i < out.length; i++) if (out[i] === zone) seen = true;
        if (!seen) out.push(zone);
      }
      return false;
    });
    const added = out.length - start;
    if (added > 1) {
      const sorted = out.slice(start).sort((a, b) => a - b);
      for (let i = 0; i < added; i++) out[start + i] = sorted[i];
    }
    return added;
  }

  /** Whether polygon part `part` contains the position: even-odd ray casting over all its rings. */
  private partContains(part: number, x: number, y: number): boolean {
    const { coords, ringStart } = this;
    let inside = false;
    for (let r = this.partRingStart[part], rEnd = this.partRingStart[part + 1]; r < rEnd; r++) {
      const first = ringStart[r];
      const end = ringStart[r + 1];
      if (end - first < 3) continue;
      // Edge (j → i) for every consecutive vertex pair, plus the closing edge (harmless if the ring is closed).
      const j = end - 1;
      let xj = coords[2 * j];
      let yj = coords[2 * j + 1];
      for (let i = first; i < end; i++) {
        const xi = coords[2 * i];
        const yi = coords[2 * i + 1];
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
        xj = xi;
        yj = yi;
      }
    }
    return inside;
  }
}

/** The polygon parts of a footprint, without empty ones (no outer ring or an outer ring without vertices). */
function polygonsOf(geometry: Polygon | MultiPolygon): number[][][][] {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return parts.filter((polygon) => polygon.length > 0 && polygon[0].length > 0);
}

/**
 * Site positions: either a flat `[lon0, lat0, lon1, lat1, …]` array (a `Float64Array` is fastest) or
 * an array of `[lon, lat]` positions.
 */
export type SitePositions = ArrayLike<number> | readonly (readonly number[])[];

/**
 * Which zones each site lies in, as a compressed table: the zones of site `i` are
 * `zoneSlots[siteOffsets[i]] … zoneSlots[siteOffsets[i + 1] - 1]`, as indexes into
 * `ZoneIndex.zoneIds`, ascending. A site outside every zone has none.
 */
export interface ZoneAssignment {
  readonly siteCount: number;
  /** Length `siteCount + 1`. */
  readonly siteOffsets: Uint32Array;
  readonly zoneSlots: Uint32Array;
  /** Number of sites inside at least one zone. */
  readonly assignedCount: number;
}

/**
 * Assigns every site (by its position) to the zones whose footprint contains it.
 * @param sites positions, see {@link SitePositions}; sites are numbered in input order
 * @returns the assignment table; use {@link zonesOfSite} and {@link sitesByZone} to read it
 */
export function assignSitesToZones(sites: SitePositions, zoneIndex: ZoneIndex): ZoneAssignment {
  const flat = isFlat(sites);
  const siteCount = flat ? sites.length >> 1 : sites.length;
  const siteOffsets = new Uint32Array(siteCount + 1);
  let zoneSlots = new Uint32Array(Math.max(16, siteCount));
  let used = 0;
  let assignedCount = 0;
  const found: number[] = [];
  for (let i = 0; i < siteCount; i++) {
    siteOffsets[i] = used;
    let lon: number;
    let lat: number;
    if (flat) {
      lon = (sites as ArrayLike<number>)[2 * i];
      lat = (sites as ArrayLike<number>)[2 * i + 1];
    } else {
      const position = (sites as readonly (readonly number[])[])[i];
      lon = position[0];
      lat = position[1];
    }
    found.length = 0;
    const n = zoneIndex.collectZones(lon, lat, found);
    if (n === 0) continue;
    assignedCount++;
    if (used + n > zoneSlots.length) {
      const grown = new Uint32Array(Math.max(zoneSlots.length * 2, used + n));
      grown.set(zoneSlots);
      zoneSlots = grown;
    }
    for (let k = 0; k < n; k++) zoneSlots[used++] = found[k];
  }
  siteOffsets[siteCount] = used;
  return { siteCount, siteOffsets, zoneSlots: zoneSlots.slice(0, used), assignedCount };
}

function isFlat(sites: SitePositions): sites is ArrayLike<number> {
  return sites.length === 0 || typeof sites[0] === 'number';
}

/** Ids of the zones containing site `site` (its index in the input of {@link assignSitesToZones}). */
export function zonesOfSite(assignment: ZoneAssignment, zoneIndex: ZoneIndex, site: number): string[] {
  const out: string[] = [];
  for (let k = assignment.siteOffsets[site]; k < assignment.siteOffsets[site + 1]; k++)
    out.push(zoneIndex.zoneIds[assignment.zoneSlots[k]]);
  return out;
}

/**
 * The sites inside each zone: zone id → site indexes (ascending). Zones without sites are absent.
 * @param siteIds optional site ids, to get ids instead of indexes
 */
export function sitesByZone(assignment: ZoneAssignment, zoneIndex: ZoneIndex): Map<string, number[]>;
export function sitesByZone(assignment: ZoneAssignment, zoneIndex: ZoneIndex, siteIds: readonly string[]): Map<string, string[]>;
export function sitesByZone(
  assignment: ZoneAssignment,
  zoneIndex: ZoneIndex,
  siteIds?: readonly string[],
): Map<string, (number | string)[]> {
  const byZone = new Map<string, (number | string)[]>();
  for (let site = 0; site < assignment.siteCount; site++)
    for (let k = assignment.siteOffsets[site]; k < assignment.siteOffsets[site + 1]; k++) {
      const zoneId = zoneIndex.zoneIds[assignment.zoneSlots[k]];
      let list = byZone.get(zoneId);
      if (!list) byZone.set(zoneId, (list = []));
      list.push(siteIds ? siteIds[site] : site);
    }
  return byZone;
}
