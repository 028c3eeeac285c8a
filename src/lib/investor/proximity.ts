/**
 * Distance to transport that carries its uncertainty. The build measures, for every place and each
 * kind (seaport, airport, station, border crossing), the straight line from the place's point to the
 * nearest reference point of that kind, and how far that number can be off: the place point's radius
 * of doubt plus the reference point's. A kind the reference data does not cover where the place is
 * gets no number at all. The app only reads the table (no measuring at run time).
 */
import type { LocalizedText, Place, ReferenceKind } from '../data/types.ts';
import { ReferencePointIndex } from '../geo/proximity.ts';
import type { ReferenceLayers } from './reference-layers.ts';

/** The kinds as `near=` names them, with the reference kind each measures to. */
export const NEAR_REFERENCE = { seaport: 'seaport', airport: 'airport', station: 'railway-station', border: 'border-crossing' } as const satisfies Record<string, ReferenceKind>;
export type NearKind = keyof typeof NEAR_REFERENCE;
export const NEAR_KIND_IDS = Object.keys(NEAR_REFERENCE) as NearKind[];

/** One place's distance to the nearest reference point of one kind. */
export interface Measured {
  /** Straight-line km from the place's point (one decimal). */
  km: number;
  /** ± km the distance can be off (place point + reference point), or null when the place's point states no uncertainty. */
  uKm: number | null;
  /** The nearest reference point's id. */
  ref: string;
  /** The reference set that point belongs to (see {@link ProximityLayer.sets}). */
  set: string;
}

export interface ProximityLayer {
  kind: NearKind;
  coverage: 'national' | string[];
  sets: { id: string; source: string | null; label: LocalizedText }[];
  statement: LocalizedText;
}

/** What the build writes (atlas.json `tools.investor`): per place id, per kind `[km, uKm|null, ref, set index]`; a missing kind is absent. */
export interface ProximityData {
  version: 1;
  layers: ProximityLayer[];
  places: Record<string, Partial<Record<NearKind, [number, number | null, string, number]>>>;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Measures every place (reference points get nothing: they are what places are near to).
 * @param places the atlas places, reference points included
 * @param layers data/reference/layers.json, checked
 */
export function computeProximity(places: readonly Place[], layers: ReferenceLayers): ProximityData {
  const byId = new Map(places.map((p) => [p.id, p]));
  const index = new ReferencePointIndex(places);
  const out: ProximityData = { version: 1, layers: [], places: {} };
  const ancestors = (p: Place): Set<string> => {
    const seen = new Set<string>([p.id]);
    for (let up = p.parent; up !== null && !seen.has(up); up = byId.get(up)?.parent ?? null) seen.add(up);
    return seen;
  };
  for (const kind of NEAR_KIND_IDS) {
    const layer = layers.find((l) => l.kind === NEAR_REFERENCE[kind]);
    if (!layer) continue;
    out.layers.push({ kind, coverage: layer.coverage, sets: layer.sets.map(({ id, source, label }) => ({ id, source, label })), statement: layer.statement });
    const setOfFile = new Map(layer.sets.map((s, i) => [s.file, i]));
    const covered = layer.coverage === 'national' ? null : new Set(layer.coverage);
    for (const place of places) {
      if (place.kind === 'reference-point') continue;
      if (covered && ![...ancestors(place)].some((id) => covered.has(id))) continue;
      const [nearest] = index.nearest(place.anchor[0], place.anchor[1], { kinds: [NEAR_REFERENCE[kind]], k: 1 }, place.id);
      if (!nearest) continue;
      const ref = byId.get(nearest.id)!;
      const set = setOfFile.get(ref.file);
      // A point from a file the layer does not list is not part of what this kind is measured against.
      if (set === undefined) throw new Error(`reference point ${ref.id} (${ref.file}) is in no set of ${layer.kind} in layers.json`);
      const pu = place.geometry.uncertaintyKm;
      const ru = ref.geometry.uncertaintyKm;
      const u = pu === undefined || ru === undefined ? null : round1(pu + ru);
      (out.places[place.id] ??= {})[kind] = [round1(nearest.distanceKm), u, ref.id, set];
    }
  }
  return out;
}

/** The table as the app reads it. */
export class ProximityIndex {
  readonly layers: readonly ProximityLayer[];
  readonly #places: ProximityData['places'];

  constructor(data: ProximityData | null) {
    this.layers = data?.layers ?? [];
    this.#places = data?.places ?? {};
  }

  /** The distance of a place to a kind, or null when there is none (not covered, or a reference point). */
  get(placeId: string, kind: NearKind): Measured | null {
    const row = this.#places[placeId]?.[kind];
    if (!row) return null;
    const layer = this.layer(kind);
    return { km: row[0], uKm: row[1], ref: row[2], set: layer?.sets[row[3]]?.id ?? '' };
  }

  layer(kind: NearKind): ProximityLayer | undefined {
    return this.layers.find((l) => l.kind === kind);
  }

  setLabel(kind: NearKind, set: string): LocalizedText | undefined {
    return this.layer(kind)?.sets.find((s) => s.id === set)?.label;
  }
}

/** Reads `atlas.tools.investor` (null when the data predates it or is malformed: then every distance is absent). */
export function readProximity(value: unknown): ProximityData | null {
  const v = value as Partial<ProximityData> | null | undefined;
  return v && v.version === 1 && Array.isArray(v.layers) && typeof v.places === 'object' && v.places !== null ? (v as ProximityData) : null;
}

/**
 * Whether a place is within `km`: `within` only when it holds over the whole uncertainty (d + u ≤ km);
 * `possible` when only part of it does (d − u ≤ km < d + u), or when the point states no uncertainty
 * and d ≤ km; `outside` otherwise; `absent` without a distance.
 */
export type NearStatus = 'within' | 'possible' | 'outside' | 'absent';

export function nearStatus(m: Measured | null, km: number): NearStatus {
  if (!m) return 'absent';
  if (m.uKm === null) return m.km <= km ? 'possible' : 'outside';
  if (m.km + m.uKm <= km) return 'within';
  if (m.km - m.uKm <= km) return 'possible';
  return 'outside';
}

/** All conditions together: the weakest status wins (absent and outside exclude, possible taints). */
export function combinedStatus(statuses: readonly NearStatus[]): NearStatus {
  if (statuses.includes('absent')) return 'absent';
  if (statuses.includes('outside')) return 'outside';
  if (statuses.includes('possible')) return 'possible';
  return 'within';
}
