/**
 * "Within N km of a seaport / airport / station / border crossing", over distances that carry their
 * uncertainty (see proximity.ts). A place counts as within only when it holds over its whole
 * uncertainty; places only possibly within are kept apart (listed by the Site finder, never mixed in).
 * One definition gives the list predicate, the map expression and `near=`.
 */
import type { FilterSpecification } from 'maplibre-gl';
import type { Place } from '../data/types.ts';
import type { FilterClause } from '../state/filters.ts';
import type { UrlParam } from '../url/url-param.ts';
import { combinedStatus, NEAR_KIND_IDS, nearStatus, type NearKind, type NearStatus, type ProximityIndex } from './proximity.ts';

export { NEAR_KIND_IDS, type NearKind } from './proximity.ts';

/** "Within `km` of the nearest `kind`". */
export interface NearCondition {
  kind: NearKind;
  km: number;
}

/** The largest radius accepted: beyond this "near" means nothing. */
export const MAX_NEAR_KM = 2000;
/** The radii the panel offers. */
export const NEAR_PRESETS_KM = [10, 25, 50, 100, 200, 350];

export const CLAUSE_ID = 'investor-near';

/** How a place stands against all the conditions. */
export function placeNearStatus(placeId: string, conditions: readonly NearCondition[], proximity: ProximityIndex): NearStatus {
  return combinedStatus(conditions.map(({ kind, km }) => nearStatus(proximity.get(placeId, kind), km)));
}

/**
 * The conditions as a filter clause: only places certainly within pass. Reference points always pass
 * (they are what sites are near to; the layer toggle governs them). The map side names the passing ids:
 * the distances live in the investor's table, not on the core's map features.
 * @param places every place the clause may see (the catalogue)
 */
export function nearClause(conditions: readonly NearCondition[], proximity: ProximityIndex, places: readonly Pick<Place, 'id' | 'kind'>[], clear?: () => void): FilterClause | null {
  if (conditions.length === 0) return null;
  const within = new Set(places.filter((p) => p.kind !== 'reference-point' && placeNearStatus(p.id, conditions, proximity) === 'within').map((p) => p.id));
  return {
    id: CLAUSE_ID,
    predicate: (place: Place) => place.kind === 'reference-point' || within.has(place.id),
    expression: ['any', ['==', ['get', 'kind'], 'reference-point'], ['in', ['get', 'id'], ['literal', [...within]]]] as unknown as FilterSpecification,
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
      if (!kind || !NEAR_KIND_IDS.includes(kind as NearKind) || !(km > 0 && km <= MAX_NEAR_KM) || value.some((c) => c.kind === kind)) bad.push(item);
      else value.push({ kind: kind as NearKind, km });
    }
    return { value, warnings: bad.length ? [`ignored near value(s) ${bad.join(', ')} (expected kind:km with kind ${NEAR_KIND_IDS.join('|')} and 0 < km ≤ ${MAX_NEAR_KM})`] : [] };
  },
  format: (conditions) => (conditions.length ? conditions.map((c) => `${c.kind}:${c.km}`).join(',') : null),
};

/** Places sorted by distance to a kind, nearest first; places without that distance go last, in their order. */
export function sortByDistance<P extends { id: string }>(places: readonly P[], kind: NearKind, proximity: ProximityIndex, descending = false): P[] {
  const key = (p: P) => proximity.get(p.id, kind)?.km;
  return [...places].sort((a, b) => {
    const da = key(a);
    const db = key(b);
    if (da === undefined || db === undefined) return (da === undefined ? 1 : 0) - (db === undefined ? 1 : 0);
    return descending ? db - da : da - db;
  });
}
