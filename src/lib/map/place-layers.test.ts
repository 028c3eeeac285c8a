// Cluster counts add up to the filtered list: the clustered point source holds the points passing the
// core's compiled filter, and MapLibre's clustering (supercluster, run here with the options MapLibre's
// worker derives from the source) neither loses nor double-counts a place at any zoom.
import type { Feature, Point } from 'geojson';
import Supercluster from 'supercluster';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../scripts/data-files.ts';
import { withCatalog } from '../../../scripts/catalog/load.ts';
import { buildAtlas } from '../data/atlas-build.ts';
import type { MapFeatureProperties } from '../data/types.ts';
import { compileFilter, NO_FILTER, type PlaceFilter } from '../state/filters.ts';
import { LAYER_GROUP_IDS } from '../state/layer-groups.ts';
import { PlaceFilterIndex } from '../state/place-index.ts';
import { CLUSTER_MAX_ZOOM, CLUSTER_RADIUS_PX, POINT_SOURCE, placeSources, pointsPassing } from './place-layers.ts';

const data = withCatalog(loadData());
const atlas = buildAtlas(data.files, data.taxonomy, data.sources);
const byId = new Map(atlas.places.map((p) => [p.id, p]));
const index = new PlaceFilterIndex(atlas.places, atlas.taxonomy.map((i) => i.code));

/** MapLibre's GeoJSON worker: tile extent 8192 over 512 px tiles, so the radius scales by 16. */
function clusterAsMapLibre(features: Feature<Point, MapFeatureProperties>[]) {
  const source = placeSources(atlas)[POINT_SOURCE] as { clusterRadius: number; clusterMaxZoom: number };
  const index = new Supercluster<MapFeatureProperties>({ radius: source.clusterRadius * (8192 / 512), extent: 8192, maxZoom: source.clusterMaxZoom });
  index.load(features);
  return index;
}

const FILTERS: [string, PlaceFilter][] = [
  ['no filter', NO_FILTER],
  ['catalogue zones, biologics', { ...NO_FILTER, layers: ['dev-zones'], industries: ['biologics'] }],
  ['national zones of Sichuan', { ...NO_FILTER, regions: ['sichuan'], zoneLevels: ['national'] }],
  ['signed projects and parks', { ...NO_FILTER, layers: LAYER_GROUP_IDS.filter((g) => g === 'signed-projects' || g === 'parks-bases') }],
];

describe('the clustered point source', () => {
  it('clusters (MapLibre GeoJSON clustering) up to the tile maxzoom, so one coordinate stays one cluster', () => {
    expect(placeSources(atlas)[POINT_SOURCE]).toMatchObject({ type: 'geojson', cluster: true, clusterRadius: CLUSTER_RADIUS_PX, clusterMaxZoom: CLUSTER_MAX_ZOOM });
    const chengdu = pointsPassing(atlas.map.points, byId, (p) => p.catalog?.placement?.divisionCode === '510100' && p.catalog.placement.precision === 'prefecture');
    expect(chengdu.features.length).toBeGreaterThanOrEqual(2);
    const clusters = clusterAsMapLibre(chengdu.features).getClusters([-180, -85, 180, 85], CLUSTER_MAX_ZOOM);
    expect(clusters).toHaveLength(1);
    expect(clusters[0].properties).toMatchObject({ cluster: true, point_count: chengdu.features.length });
  });

  for (const [name, filter] of FILTERS)
    it(`${name}: cluster counts add up to the filtered list at every zoom`, () => {
      const listed = index.select(filter).map((i) => atlas.places[i].id).sort();
      const passes = compileFilter(filter);
      const points = pointsPassing(atlas.map.points, byId, passes);
      expect(points.features.map((f) => f.properties.id).sort()).toEqual(listed);
      expect(listed.length).toBeGreaterThan(0);
      const clusters = clusterAsMapLibre(points.features);
      for (let zoom = 0; zoom <= CLUSTER_MAX_ZOOM + 1; zoom++) {
        const shown = clusters.getClusters([-180, -85, 180, 85], zoom);
        const count = shown.reduce((sum, f) => sum + ((f.properties as { point_count?: number }).point_count ?? 1), 0);
        expect({ zoom, count }).toEqual({ zoom, count: listed.length });
        // The members are the listed places, each once.
        const ids = shown.flatMap((f) => ('cluster' in f.properties && f.properties.cluster ? clusters.getLeaves(f.properties.cluster_id as number, Infinity).map((l) => l.properties.id) : [f.properties.id]));
        expect(ids.sort()).toEqual(listed);
      }
    });
});
