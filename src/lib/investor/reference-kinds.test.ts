import { describe, expect, it } from 'vitest';
import type { Place } from '../data/types.ts';
import { HIDE_REFERENCE_PARAM, referenceKindClause, referenceKindOf } from './reference-kinds.ts';

const ref = (id: string, kind: 'airport' | 'seaport' | 'railway-station' | 'border-crossing') => ({ id, kind: 'reference-point', reference: { kind, serves: [] } }) as unknown as Place;
const places = [ref('ref-airport-pek', 'airport'), ref('ref-port-tj', 'seaport'), ref('ref-st-xm', 'railway-station'), { id: 'xiamen', kind: 'region' } as Place];

describe('reference kinds', () => {
  it('names the near kind of a reference point, none for other places', () => {
    expect(places.map(referenceKindOf)).toEqual(['airport', 'seaport', 'station', null]);
  });

  it('hiding airports drops airport points from list and map, keeps every other place', () => {
    const clause = referenceKindClause(['airport'], places)!;
    expect(places.filter((p) => clause.predicate(p)).map((p) => p.id)).toEqual(['ref-port-tj', 'ref-st-xm', 'xiamen']);
    expect(clause.expression).toEqual(['!', ['in', ['get', 'id'], ['literal', ['ref-airport-pek']]]]);
  });

  it('has no clause when nothing is hidden', () => {
    expect(referenceKindClause([], places)).toBeNull();
  });

  it('hideref= keeps known kinds and drops the rest with a warning', () => {
    const parsed = HIDE_REFERENCE_PARAM.parse('airport,moon,station');
    expect(parsed.value).toEqual(['airport', 'station']);
    expect(parsed.warnings.join()).toContain('moon');
    expect(HIDE_REFERENCE_PARAM.format([])).toBeNull();
  });
});
