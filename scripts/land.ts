/**
 * Land share of a footprint, measured against the offline basemap's land polygon, so that "on land"
 * means the same coastline the reader sees. The land is read from the generated basemap
 * (`data/basemap/china.topo.json`, object `land`: Natural Earth 10m, simplified at ~1 km in China
 * by scripts/basemap/build.mjs); the generator's own inputs live in a temporary tool cache, not in
 * the repository. If the basemap moves to another format, only `loadLand` changes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bbox, booleanPointInPolygon } from '@turf/turf';
import { feature } from 'topojson-client';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { ROOT } from './data-files.ts';
import { ringContains } from '../src/lib/geo/ring.ts';

export const LAND_FILE = join(ROOT, 'data', 'basemap', 'china.topo.json');

/** Land as a list of polygons (outer ring first, then holes), each with its bounding box. */
export interface Land {
  polygons: { rings: Position[][]; box: [number, number, number, number] }[];
}

export function loadLand(path = LAND_FILE): Land {
  const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
  const land = feature(topology, topology.objects.land) as unknown as GeoJSON.FeatureCollection<Polygon | MultiPolygon>;
  const polygons = land.features.flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates));
  return { polygons: polygons.map((rings) => ({ rings, box: bbox({ type: 'Polygon', coordinates: [rings[0]] }) as [number, number, number, number] })) };
}

const inRing = ([x, y]: Position, ring: Position[]): boolean => ringContains(ring, x, y);

export function isOnLand(land: Land, p: Position): boolean {
  return land.polygons.some(
    ({ rings, box }) => p[0] >= box[0] && p[0] <= box[2] && p[1] >= box[1] && p[1] <= box[3] && inRing(p, rings[0]) && !rings.slice(1).some((h) => inRing(p, h)),
  );
}

/**
 * Share of a polygon's area that lies on land, by sampling a regular grid (cells ≈ equal area at
 * these sizes; `n`×`n` over the bounding box, ~2,800 samples inside a circle at n = 60: ±1 %).
 */
export function landShare(land: Land, shape: Polygon, n = 60): number {
  const [w, s, e, north] = bbox(shape);
  let inside = 0;
  let onLand = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const p: Position = [w + ((i + 0.5) * (e - w)) / n, s + ((j + 0.5) * (north - s)) / n];
      if (!booleanPointInPolygon(p, shape)) continue;
      inside++;
      if (isOnLand(land, p)) onLand++;
    }
  return inside ? onLand / inside : 0;
}
