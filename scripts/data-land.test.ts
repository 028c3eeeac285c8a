// The real data through the real pipeline: schematic footprints stand on land, stacked points stay put.
import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../src/lib/data/atlas-build.ts';
import { schematicFootprint } from '../src/lib/geo/footprint.ts';
import { loadData } from './data-files.ts';
import { isOnLand, landShare, loadLand } from './land.ts';

/**
 * A schematic footprint must have at least 80 % of its area on land. The basemap coastline is
 * simplified at ~1 km, so a correctly placed coastal circle of the smallest size here (10.36 km²,
 * r ≈ 1.8 km) can lose a 1 km band to a smoothed bay; 80 % allows that, while the defects issue 8
 * reports (the pilot zone at the city point: 45 %; the Biomedical Port: 38 %) fail clearly.
 */
const MIN_LAND_SHARE = 0.8;

const { files, taxonomy, sources, problems } = loadData();
const land = loadLand();
const footprints = files.flatMap(({ features }) => features).filter((f) => f.properties.geometry.kind === 'schematic-equal-area');

describe('schematic footprints on land (offline basemap land polygon)', () => {
  it('loads the real data without problems', () => expect(problems).toEqual([]));

  it('the land test can fail: the old pilot-zone circle on the city point is half over the sea', () => {
    expect(isOnLand(land, [108.3538, 21.6868])).toBe(false);
    expect(landShare(land, schematicFootprint([108.3538, 21.6868], 53.7))).toBeLessThan(0.5);
    expect(landShare(land, schematicFootprint([114.6, 38.04], 18.6667))).toBe(1); // inland Shijiazhuang
  });

  const shares = footprints.map((f) => [f.properties.id, landShare(land, f.geometry as Polygon)] as const);
  it(`lists every footprint's land share; each is at least ${MIN_LAND_SHARE * 100} %`, () => {
    console.log(shares.map(([id, s]) => `${id}: ${(s * 100).toFixed(1)} % on land`).join('\n'));
    expect(shares.length).toBeGreaterThanOrEqual(5);
    for (const [id, share] of shares) expect({ id, share: share >= MIN_LAND_SHARE }).toEqual({ id, share: true });
  });
});

describe('stacked points stay at their evidence (the map clusters them, never moves them)', () => {
  const atlas = buildAtlas(files, taxonomy, sources);
  const zone = atlas.places.find((p) => p.id === 'fcg-pilot-zone')!;
  const proxies = atlas.places.filter((p) => p.geometry.proxyOf === 'fcg-pilot-zone');
  const shown = new Map(atlas.map.points.features.map((f) => [f.properties.id, f]));

  it('two dozen proxies of the pilot zone are drawn at the zone anchor, as the evidence gives', () => {
    expect(proxies.length).toBeGreaterThanOrEqual(20);
    for (const p of proxies) {
      expect(p.anchor).toEqual(zone.anchor);
      expect(shown.get(p.id)!.geometry.coordinates).toEqual(zone.anchor);
    }
  });

  it('every map point is its place anchor', () => {
    for (const place of atlas.places) expect(shown.get(place.id)!.geometry.coordinates).toEqual(place.anchor);
  });
});
