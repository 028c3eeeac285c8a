/**
 * Reference points shown by kind: the user hides airports, seaports, stations or border crossings
 * one by one (the core's "reference points" layer group still governs them all). One definition
 * gives `hideref=`, the list predicate and the map expression.
 */
import type { FilterSpecification } from 'maplibre-gl';
import type { Place } from '../data/types.ts';
import type { FilterClause } from '../state/filters.ts';
import { listParam, type UrlParam } from '../url/url-param.ts';
import { NEAR_KIND_IDS, NEAR_REFERENCE, type NearKind } from './proximity.ts';

export const REFERENCE_CLAUSE_ID = 'investor-reference-kinds';

/** `hideref=airport,station`: the reference kinds not drawn (absent: all drawn). */
export const HIDE_REFERENCE_PARAM = listParam('hideref', { valid: (v) => NEAR_KIND_IDS.includes(v as NearKind) }) as UrlParam<NearKind[]>;

/** The near kind of a reference point, or null for any other place. */
export function referenceKindOf(place: Pick<Place, 'kind' | 'reference'>): NearKind | null {
  if (place.kind !== 'reference-point' || !place.reference) return null;
  return NEAR_KIND_IDS.find((k) => NEAR_REFERENCE[k] === place.reference!.kind) ?? null;
}

/**
 * The hidden kinds as a filter clause: reference points of those kinds fail, every other place
 * passes. The map side names the failing ids (map features carry no reference kind).
 * @param places every place the clause may see (the catalogue)
 * @returns null when nothing is hidden
 */
export function referenceKindClause(hidden: readonly NearKind[], places: readonly Pick<Place, 'id' | 'kind' | 'reference'>[], clear?: () => void): FilterClause | null {
  if (hidden.length === 0) return null;
  const kinds = new Set(hidden);
  const out = new Set(places.filter((p) => kinds.has(referenceKindOf(p)!)).map((p) => p.id));
  return {
    id: REFERENCE_CLAUSE_ID,
    predicate: (place: Place) => !out.has(place.id),
    expression: ['!', ['in', ['get', 'id'], ['literal', [...out]]]] as unknown as FilterSpecification,
    clear,
  };
}
