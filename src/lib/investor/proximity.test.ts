import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { Place } from '../data/types.ts';
import { realAtlas } from './fixture.test-helpers.ts';
import { combinedStatus, computeProximity, nearStatus, ProximityIndex, type Measured } from './proximity.ts';
import type { ReferenceLayers } from './reference-layers.ts';

const m = (km: number, uKm: number | null): Measured => ({ km, uKm, ref: 'ref-x', set: 's' });

describe('nearStatus: a distance with its uncertainty against a radius', () => {
  it('is within only when d + u ≤ N (certain)', () => {
    expect(nearStatus(m(20, 10), 30)).toBe('within');
    expect(nearStatus(m(20, 10.1), 30)).toBe('possible');
  });
  it('is possible when d − u ≤ N < d + u', () => {
    expect(nearStatus(m(35, 80), 30)).toBe('possible');
    expect(nearStatus(m(110, 80), 30)).toBe('possible');
    expect(nearStatus(m(110.1, 80), 30)).toBe('outside');
  });
  it('is at best possible when the point states no uncertainty', () => {
    expect(nearStatus(m(5, null), 30)).toBe('possible');
    expect(nearStatus(m(31, null), 30)).toBe('outside');
  });
  it('is absent without a distance, and the weakest condition wins', () => {
    expect(nearStatus(null, 30)).toBe('absent');
    expect(combinedStatus(['within', 'possible'])).toBe('possible');
    expect(combinedStatus(['within', 'within'])).toBe('within');
    expect(combinedStatus(['possible', 'outside'])).toBe('outside');
    expect(combinedStatus(['within', 'absent'])).toBe('absent');
  });
});

describe('computeProximity on hand-made places', () => {
  const place = (id: string, kind: Place['kind'], anchor: [number, number], extra: Partial<Place> = {}): Place =>
    ({ id, kind, anchor, parent: null, file: 'geojson/x.geojson', geometry: { kind: 'point-at-seat', uncertaintyKm: 30 }, ...extra }) as unknown as Place;
  const port = place('ref-port', 'reference-point', [120, 30], { file: 'ports.tsv', geometry: { uncertaintyKm: 5 } as Place['geometry'], reference: { kind: 'seaport', serves: [] } });
  const station = place('ref-st', 'reference-point', [121, 30], { file: 'docs', geometry: {} as Place['geometry'], reference: { kind: 'railway-station', serves: [] } });
  const city = place('city', 'region', [121, 31]);
  const inCity = place('zone-a', 'dev-zone', [120.5, 30.2], { parent: 'city' });
  const elsewhere = place('zone-b', 'dev-zone', [110, 25]);
  const layers: ReferenceLayers = [
    { kind: 'seaport', coverage: 'national', sets: [{ id: 'ports', file: 'ports.tsv', source: null, label: { zh: '港', en: 'ports' } }], statement: { zh: '', en: '' } },
    { kind: 'railway-station', coverage: ['city'], sets: [{ id: 'docs', file: 'docs', source: null, label: { zh: '站', en: 'stations' } }], statement: { zh: '', en: '' } },
  ];
  const index = new ProximityIndex(computeProximity([port, station, city, inCity, elsewhere], layers));

  it('measures from the place point and adds both uncertainties', () => {
    const d = index.get('zone-a', 'seaport')!;
    expect(d.km).toBeCloseTo(distance([120.5, 30.2], [120, 30], { units: 'kilometers' }), 1);
    expect(d.uKm).toBe(35);
    expect(d).toMatchObject({ ref: 'ref-port', set: 'ports' });
  });
  it('gives no number where the kind is not covered, and none to reference points', () => {
    expect(index.get('zone-a', 'station')).not.toBeNull();
    expect(index.get('zone-a', 'station')!.uKm).toBeNull();
    expect(index.get('zone-b', 'station')).toBeNull();
    expect(index.get('zone-b', 'seaport')).not.toBeNull();
    expect(index.get('ref-port', 'seaport')).toBeNull();
    expect(index.get('zone-a', 'airport')).toBeNull();
  });
});

describe('distances on the real data (geojson/, catalogue, reference tables)', () => {
  const { atlas, proximity, byId } = realAtlas();
  const zones = atlas.places.filter((p) => p.kind === 'dev-zone');

  it.each([
    ['天津经济技术开发区', 'dz-g121002'],
    ['南京经济技术开发区', 'dz-g321014'],
  ])('%s is within 50 km of a seaport, measured from its point with its uncertainty', (zh, id) => {
    expect(byId(id).name.zh).toBe(zh);
    const d = proximity.get(id, 'seaport')!;
    expect(d.km).toBeLessThanOrEqual(50);
    expect(d.uKm).toBe(byId(id).geometry.uncertaintyKm! + byId(d.ref).geometry.uncertaintyKm!);
    // Certain only if the whole uncertainty fits in the radius.
    expect(nearStatus(d, 50)).toBe(d.km + d.uKm! <= 50 ? 'within' : 'possible');
  });

  it('puts every catalogue zone within 350 km of an airport', () => {
    expect(zones.length).toBeGreaterThan(300);
    for (const z of zones) {
      const d = proximity.get(z.id, 'airport');
      expect(d, z.id).not.toBeNull();
      expect(d!.km, z.id).toBeLessThanOrEqual(350);
    }
  });

  it('measures the nearest reference point of the kind, as Turf does', () => {
    const zone = byId('dz-g121002');
    const refs = atlas.places.filter((p) => p.reference?.kind === 'airport');
    const nearest = Math.min(...refs.map((r) => distance(zone.anchor as number[], r.anchor as number[], { units: 'kilometers' })));
    expect(proximity.get(zone.id, 'airport')!.km).toBeCloseTo(nearest, 1);
    expect(refs.length).toBeGreaterThan(190);
  });

  it('has no station or border distance outside the documented regions (never a number against three provinces)', () => {
    const outside = zones.filter((z) => !['fujian', 'guangxi', 'hebei'].includes(z.regionGroup ?? ''));
    expect(outside.length).toBeGreaterThan(100);
    for (const z of outside) {
      expect(proximity.get(z.id, 'station')).toBeNull();
      expect(proximity.get(z.id, 'border')).toBeNull();
    }
    expect(proximity.get('fcg-pilot-zone', 'station')).not.toBeNull();
    expect(proximity.layer('station')!.statement.en).toContain('No openly licensed national station data');
  });

  it('says which reference set each distance used', () => {
    expect(proximity.get('dz-g121002', 'seaport')!.set).toBe('ne-ports');
    expect(proximity.get('fcg-pilot-zone', 'seaport')!.set).toBe('atlas-documented');
    expect(proximity.setLabel('airport', 'ourairports')!.en).toContain('OurAirports');
  });
});
