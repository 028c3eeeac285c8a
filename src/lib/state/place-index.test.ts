import { describe, expect, it } from 'vitest';
import { FEATURE_KINDS, type Place } from '../data/types.ts';
import { ZONE_LEVELS, ZONE_TYPES } from '../data/catalog-types.ts';

const REGION_GROUPS = ['guangxi', 'fujian', 'hebei', 'guangdong'];
import { industryCounts, matchesFilter, NO_FILTER, type PlaceFilter } from './filters.ts';
import { LAYER_GROUP_IDS } from './layer-groups.ts';
import { PlaceFilterIndex } from './place-index.ts';

const codes = ['tcm', 'biologics', 'medical_devices', 'lab_animals', 'trade_logistics'];

/** A deterministic pseudo-random catalogue covering every kind, region and industry combination. */
function catalogue(n: number): Place[] {
  let s = 7;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2147483648), s / 2147483648);
  return Array.from({ length: n }, (_, i) => ({
    id: `p${i}`,
    kind: FEATURE_KINDS[Math.floor(rand() * FEATURE_KINDS.length)],
    regionGroup: rand() < 0.1 ? null : REGION_GROUPS[Math.floor(rand() * REGION_GROUPS.length)],
    industries: codes.filter(() => rand() < 0.3),
    catalog: rand() < 0.5 ? { level: ZONE_LEVELS[Math.floor(rand() * 2)], type: ZONE_TYPES[Math.floor(rand() * ZONE_TYPES.length)] } : undefined,
  })) as Place[];
}

const filters: PlaceFilter[] = [
  NO_FILTER,
  { ...NO_FILTER, industries: ['tcm'] },
  { ...NO_FILTER, industries: ['tcm', 'lab_animals'], regions: ['fujian'] },
  { industries: [], regions: ['hebei', 'guangxi'], layers: ['parks-bases', 'signed-projects'] },
  { industries: ['biologics'], regions: [], layers: [] },
  { ...NO_FILTER, industries: ['not_a_code'] },
  { ...NO_FILTER, layers: [...LAYER_GROUP_IDS].reverse() },
  { ...NO_FILTER, zoneLevels: ['national'] },
  { ...NO_FILTER, industries: ['tcm'], zoneLevels: ['provincial'], zoneTypes: ['hitech', 'etdz'] },
  { ...NO_FILTER, zoneTypes: ['customs'], regions: ['fujian'] },
  // A tool's clause (PlaceFilter.extra) reading a field the index does not hold.
  { ...NO_FILTER, industries: ['tcm'], extra: [{ id: 'even', predicate: (p) => Number(p.id.slice(1)) % 2 === 0, expression: ['literal', true] }] },
];

describe('PlaceFilterIndex', () => {
  const places = catalogue(3000);
  const index = new PlaceFilterIndex(places, codes);

  it.each(filters.map((f, i) => [i, f] as const))('selects exactly what matchesFilter accepts (filter %i)', (_, filter) => {
    const expected = places.flatMap((p, i) => (matchesFilter(p, filter) ? [i] : []));
    expect(index.select(filter)).toEqual(expected);
  });

  it.each(filters.map((f, i) => [i, f] as const))('counts industries like industryCounts (filter %i)', (_, filter) => {
    expect(index.industryCounts(filter)).toEqual(industryCounts(places, filter));
  });
});
