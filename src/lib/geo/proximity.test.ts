import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { ReferenceKind } from '../data/types.ts';
import { nearestReferencePoints, ReferencePointIndex, type ReferencePointPlace } from './proximity.ts';
import { buildAtlas } from '../data/atlas-build.ts';
import { loadData } from '../../../scripts/data-files.ts';
import { withCatalog } from '../../../scripts/catalog/load.ts';

const ref = (id: string, kind: ReferenceKind, anchor: [number, number]): ReferencePointPlace => ({
  id,
  kind: 'reference-point',
  anchor,
  reference: { kind },
});

// Around Nanning and Beihai (Guangxi), roughly where such points are.
const places: ReferencePointPlace[] = [
  ref('nanning-airport', 'airport', [108.172, 22.608]),
  ref('nanning-east-station', 'railway-station', [108.415, 22.836]),
  ref('beihai-airport', 'airport', [109.294, 21.539]),
  ref('qinzhou-port', 'seaport', [108.6, 21.7]),
  ref('youyiguan', 'border-crossing', [106.75, 21.97]),
  // Not reference points: ignored even when the whole place list is passed.
  { id: 'some-zone', kind: 'pilot-zone', anchor: [108.37, 22.82] },
];
const zone = { id: 'zone', anchor: [108.35, 22.8] as [number, number] };
const km = (a: readonly number[], b: readonly number[]) => distance([a[0], a[1]], [b[0], b[1]], { units: 'kilometers' });

describe('nearestReferencePoints', () => {
  it('returns the nearest reference point with its turf.distance, skipping non-reference places', () => {
    const [nearest] = nearestReferencePoints(zone, places);
    expect(nearest.id).toBe('nanning-east-station');
    expect(nearest.kind).toBe('railway-station');
    expect(Math.abs(nearest.distanceKm - km(zone.anchor, [108.415, 22.836]))).toBeLessThan(1e-6);
  });

  it('filters by kinds and returns k, nearest first', () => {
    const airports = nearestReferencePoints(zone.anchor, places, { kinds: ['airport'], k: 5 });
    expect(airports.map((r) => r.id)).toEqual(['nanning-airport', 'beihai-airport']);
    expect(airports[0].distanceKm).toBeLessThan(airports[1].distanceKm);
    const all = nearestReferencePoints(zone.anchor, places, { k: 10 });
    expect(all.map((r) => r.id)).toEqual(
      places
        .filter((p) => p.kind === 'reference-point')
        .sort((a, b) => km(zone.anchor, a.anchor) - km(zone.anchor, b.anchor))
        .map((p) => p.id),
    );
    const portsOrCrossings = nearestReferencePoints(zone, places, { kinds: ['seaport', 'border-crossing'], k: 2 });
    expect(portsOrCrossings.map((r) => r.kind)).toEqual(['seaport', 'border-crossing']);
  });

  it('honours maxKm', () => {
    const within50 = nearestReferencePoints(zone, places, { k: 10, maxKm: 50 });
    expect(within50.every((r) => r.distanceKm <= 50)).toBe(true);
    expect(within50.map((r) => r.id)).toEqual(['nanning-east-station', 'nanning-airport']);
    expect(nearestReferencePoints(zone, places, { maxKm: 1 })).toEqual([]);
  });

  it('never returns the anchor place itself, and accepts a prebuilt index', () => {
    const station = places[1];
    const fromStation = nearestReferencePoints(station, new ReferencePointIndex(places), { k: 1 });
    expect(fromStation[0].id).not.toBe(station.id);
    expect(fromStation[0].id).toBe('nanning-airport');
  });

  it('is empty without reference points', () => {
    expect(nearestReferencePoints(zone, [])).toEqual([]);
  });

  it('answers for the app\'s places as the pipeline builds them: the pilot zone\'s nearest seaport is Fangchenggang port', () => {
    const data = withCatalog(loadData());
    const atlas = buildAtlas(data.files, data.taxonomy, data.sources);
    const zone = atlas.places.find((p) => p.id === 'fcg-pilot-zone')!;
    const [port] = nearestReferencePoints(zone, atlas.places, { kinds: ['seaport'], k: 1 });
    expect(port.id).toBe('ref-port-fangchenggang');
    expect(port.distanceKm).toBeGreaterThan(1);
    expect(port.distanceKm).toBeLessThan(40);
  });
});
