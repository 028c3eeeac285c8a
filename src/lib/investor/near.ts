/**
 * "Within N km of a seaport / airport / station / border crossing": straight-line distance from a
 * place's anchor to the nearest reference point of that kind, precomputed by the build on each map
 * feature (`dSeaport`…). One definition gives the list predicate, the map expression and `near=`.
 */
import type { FilterSpecification } from 'maplibre-gl';
import type { MapFeatureProperties, Place, ReferenceKind } from '../data/types.ts';
import type { FilterClause } from '../state/filters.ts';
import type { UrlParam } from '../url/url-param.ts';

/** The kinds as `near=` names them, with the reference kind and the map property each reads. */
export const NEAR_KINDS = {
  seaport: { reference: 'seaport', property: 'dSeaport' },
  airport: { reference: 'airport', property: 'dAirport' },
  station: { reference: 'railway-station', property: 'dStation' },
  border: { reference: 'border-crossing', property: 'dBorder' },
} as const satisfies Record<string, { reference: ReferenceKind; property: keyof MapFeatureProperties }>;

export type NearKind = keyof typeof NEAR_KINDS;
export const NEAR_KIND_IDS = Object.keys(NEAR_KINDS) as NearKind[];

/** "Within `km` of the nearest `kind`". */
export interface NearCondition {
  kind: NearKind;
  km: number;
}

/** Distances in km per near kind (absent: none of that kind in the data, or a reference point). */
export type Distances = Partial<Record<NearKind, number>>;

/** The largest radius accepted: beyond this "near" means nothing. */
export const MAX_NEAR_KM = 2000;
/** The radii the panel offers. */
export const NEAR_PRESETS_KM = [10, 25, 50, 100, 200];

/** Each place's distances, read once from the built map features (points: every place has one). */
export function distancesById(points: readonly { properties: MapFeatureProperties }[]): Map<string, Distances> {
  const out = new Map<string, Distances>();
  for (const { properties } of points) {
    const d: Distances = {};
    for (const kind of NEAR_KIND_IDS) {
      const km = properties[NEAR_KINDS[kind].property];
      if (typeof km === 'number') d[kind] = km;
    }
    out.set(properties.id, d);
  }
  return out;
}

export const CLAUSE_ID = 'investor-near';

/**
 * The conditions as a filter clause. Reference points always pass: they are what sites are near to,
 * and the layer toggle governs them. A place without a distance of a kind fails that condition.
 */
export function nearClause(conditions: readonly NearCondition[], distances: ReadonlyMap<string, Distances>, clear?: () => void): FilterClause | null {
  if (conditions.length === 0) return null;
  const far = MAX_NEAR_KM * 1000;
  return {
    id: CLAUSE_ID,
    predicate: (place: Place) =>
      place.kind === 'reference-point' || conditions.every(({ kind, km }) => (distances.get(place.id)?.[kind] ?? Infinity) <= km),
    // `number` falls through to the next argument when the property is absent.
    expression: [
      'any',
      ['==', ['get', 'kind'], 'reference-point'],
      ['all', ...conditions.map(({ kind, km }) => ['<=', ['number', ['get', NEAR_KINDS[kind].property], far], km])],
    ] as unknown as FilterSpecification,
    clear,
  };
}

/** `near=seaport:50` (comma-separated for several: all must hold); unknown kinds and bad radii are dropped with a warning. */
export const NEAR_PARAM: UrlParam<NearCondition[]> = {
  key: 'near',
  initial: [],
  parse(raw) {
    const value: NearCondition[] = [];
    const bad: string[] = [];
    for (const item of raw.split(',').map((v) => v.trim()).filter(Boolean)) {
      const match = /^([a-z]+):(\d+(?:\.\d+)?)$/.exec(item);
      const kind = match?.[1];
      const km = match ? Number(match[2]) : NaN;
      if (!kind || !(kind in NEAR_KINDS) || !(km > 0 && km <= MAX_NEAR_KM) || value.some((c) => c.kind === kind)) bad.push(item);
      else value.push({ kind: kind as NearKind, km });
    }
    return { value, warnings: bad.length ? [`ignored near value(s) ${bad.join(', ')} (expected kind:km with kind ${NEAR_KIND_IDS.join('|')} and 0 < km ≤ ${MAX_NEAR_KM})`] : [] };
  },
  format: (conditions) => (conditions.length ? conditions.map((c) => `${c.kind}:${c.km}`).join(',') : null),
};

/** Places sorted by distance to a kind, nearest first; places without that distance go last, in their order. */
export function sortByDistance<P extends { id: string }>(places: readonly P[], kind: NearKind, distances: ReadonlyMap<string, Distances>, descending = false): P[] {
  const key = (p: P) => distances.get(p.id)?.[kind];
  return [...places].sort((a, b) => {
    const da = key(a);
    const db = key(b);
    if (da === undefined || db === undefined) return (da === undefined ? 1 : 0) - (db === undefined ? 1 : 0);
    return descending ? db - da : da - db;
  });
}
