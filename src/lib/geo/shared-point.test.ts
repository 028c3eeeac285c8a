import { describe, expect, it } from 'vitest';
import type { Place } from '../data/types.ts';
import { sharedPoint } from './shared-point.ts';

const place = (id: string, anchor: [number, number], extra: Partial<Place> = {}): Place =>
  ({ id, anchor, kind: 'dev-zone', geometry: { kind: 'point-at-city' }, name: { zh: id, en: id }, ...extra }) as unknown as Place;

describe('sharedPoint', () => {
  const seat = { precision: 'prefecture' as const, divisionCode: '510100', division: { zh: '成都市', en: 'Chengdu' } };
  const a = place('a', [104.0667, 30.6667], { catalog: { placement: seat } as Place['catalog'] });
  const b = place('b', [104.0667, 30.6667], { catalog: { placement: seat } as Place['catalog'] });
  const c = place('c', [104.0668, 30.6667]);

  it('gives the places at exactly the same anchor, and the seat they share', () => {
    const shared = sharedPoint(a, [a, b, c], new Map());
    expect(shared?.members.map((p) => p.id)).toEqual(['a', 'b']);
    expect(shared?.allZones).toBe(true);
    expect(shared?.at).toEqual({ kind: 'seat', division: seat.division, precision: 'prefecture' });
  });

  it('is null for a place alone at its point (a neighbour 10 m away is another point)', () => {
    expect(sharedPoint(c, [a, b, c], new Map())).toBeNull();
  });

  it('names the place proxies stand in for, and counts places (not zones) when kinds mix', () => {
    const zone = place('zone', [108.36, 21.72], { kind: 'pilot-zone' });
    const proxy = place('p1', [108.36, 21.72], { kind: 'park', geometry: { kind: 'proxy-point', proxyOf: 'zone' } as Place['geometry'] });
    const shared = sharedPoint(proxy, [zone, proxy], new Map([['zone', zone]]));
    expect(shared?.allZones).toBe(false);
    expect(shared?.at).toEqual({ kind: 'proxy-of', place: zone });
  });

  it('keeps the selected place in even when the filter hides it', () => {
    expect(sharedPoint(a, [b], new Map())?.members.map((p) => p.id)).toEqual(['a', 'b']);
  });
});
