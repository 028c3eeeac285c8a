/**
 * Proximity questions the app asks about places: "what are the nearest airports, seaports, railway
 * stations or border crossings to this zone?". Distances are great-circle km, as `turf.distance`.
 */
import type { ReferenceKind } from '../data/types.ts';
import { PointIndex } from './spatial-index.ts';

/**
 * A reference point as the app holds it: an atlas `Place` fits. Items whose `kind` is set to anything
 * but `reference-point` are ignored, so the whole place list can be passed.
 */
export interface ReferencePointPlace {
  id: string;
  /** [lon, lat] */
  anchor: readonly [number, number] | readonly number[];
  kind?: string;
  reference?: { kind: ReferenceKind };
}

/** Where to measure from: a `[lon, lat]`, or a place (its anchor; the place itself is never returned). */
export type ProximityAnchor = readonly [number, number] | { id?: string; anchor: readonly [number, number] | readonly number[] };

export interface NearestReferenceOptions {
  /** Only these kinds of reference point (default: all). */
  kinds?: readonly ReferenceKind[];
  /** How many to return (default 1). */
  k?: number;
  /** Only those at most this far, in km (default: no limit). */
  maxKm?: number;
}

export interface ReferenceDistance {
  id: string;
  /** The reference point's kind, or null when it has no `reference` info. */
  kind: ReferenceKind | null;
  /** Great-circle distance from the anchor, km. */
  distanceKm: number;
}

/** Reference points indexed for repeated nearest queries; build once per data set. */
export class ReferencePointIndex {
  readonly points: readonly ReferencePointPlace[];
  private readonly index: PointIndex;

  constructor(places: readonly ReferencePointPlace[]) {
    this.points = places.filter((p) => p.kind === undefined || p.kind === 'reference-point');
    this.index = new PointIndex(this.points.map((p) => ({ id: p.id, lon: p.anchor[0], lat: p.anchor[1] })));
  }

  /** The nearest reference points to a position, nearest first; see {@link nearestReferencePoints}. */
  nearest(lon: number, lat: number, options: NearestReferenceOptions = {}, excludeId?: string): ReferenceDistance[] {
    const { kinds, k = 1, maxKm = Infinity } = options;
    const kindSet = kinds ? new Set<ReferenceKind>(kinds) : null;
    const points = this.points;
    const accept =
      kindSet || excludeId !== undefined
        ? (i: number) => {
            const p = points[i];
            if (p.id === excludeId) return false;
            return kindSet === null || (p.reference !== undefined && kindSet.has(p.reference.kind));
          }
        : undefined;
    return this.index.nearest(lon, lat, k, maxKm, accept).map(({ index, id, distanceKm }) => ({
      id,
      kind: points[index].reference?.kind ?? null,
      distanceKm,
    }));
  }
}

const cache = new WeakMap<readonly ReferencePointPlace[], ReferencePointIndex>();

/**
 * The `k` reference points nearest to a place's anchor (or a position), nearest first.
 * @param referencePoints an index, or a list of places (indexed once and cached per list object)
 * @example nearestReferencePoints(zone, atlas.places, { kinds: ['airport'], k: 2 })
 */
export function nearestReferencePoints(
  anchor: ProximityAnchor,
  referencePoints: ReferencePointIndex | readonly ReferencePointPlace[],
  options: NearestReferenceOptions = {},
): ReferenceDistance[] {
  let index: ReferencePointIndex;
  if (referencePoints instanceof ReferencePointIndex) index = referencePoints;
  else {
    let cached = cache.get(referencePoints);
    if (!cached) cache.set(referencePoints, (cached = new ReferencePointIndex(referencePoints)));
    index = cached;
  }
  const isPosition = Array.isArray(anchor);
  const position = isPosition ? (anchor as readonly number[]) : (anchor as { anchor: readonly number[] }).anchor;
  const excludeId = isPosition ? undefined : (anchor as { id?: string }).id;
  return index.nearest(position[0], position[1], options, excludeId);
}
