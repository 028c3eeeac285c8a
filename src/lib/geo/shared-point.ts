/**
 * Places that share one map point: zones placed at one prefecture seat, proxy points at their zone's
 * anchor. The map draws them as one cluster that no zoom separates; the panel lists them and says
 * where the point is (the seat, or the place whose position the proxies borrow).
 */
import type { Place } from '../data/types.ts';

export interface SharedPoint {
  /** Every place at the point (the given place included), in the order given. */
  members: Place[];
  /** Whether all members are catalogue development zones ("9 zones share this point"). */
  allZones: boolean;
  /** What the point is, when the data says: the division whose seat it is, or the place it stands in for. */
  at:
    | { kind: 'seat'; division: { zh: string; en: string }; precision: string }
    /** A cited site table row says what the point is (a committee address, a town). */
    | { kind: 'site'; what: { zh: string; en: string } }
    | { kind: 'proxy-of'; place: Place }
    | null;
}

/**
 * The places at exactly the same anchor as `place` among `places` (e.g. the filtered list), or null
 * when it stands alone there.
 * @param byId to name the place proxies stand in for
 */
export function sharedPoint(place: Place, places: readonly Place[], byId: ReadonlyMap<string, Place>): SharedPoint | null {
  const [lon, lat] = place.anchor;
  const members = places.filter((p) => p.anchor[0] === lon && p.anchor[1] === lat);
  if (!members.includes(place)) members.unshift(place);
  if (members.length < 2) return null;
  const placement = members.find((p) => p.catalog?.placement?.site || p.catalog?.placement?.division)?.catalog?.placement;
  const proxyOf = members.map((p) => p.geometry.proxyOf).find((id) => id && byId.has(id));
  const at: SharedPoint['at'] = placement?.site
    ? { kind: 'site', what: placement.site.what }
    : placement?.division
      ? { kind: 'seat', division: placement.division, precision: placement.precision }
      : proxyOf
      ? { kind: 'proxy-of', place: byId.get(proxyOf)! }
      : null;
  return { members, allZones: members.every((p) => p.kind === 'dev-zone'), at };
}
