import { Geodesic } from 'geographiclib-geodesic';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { ellipsoidalAreaKm2 } from './ellipsoid.ts';
import { schematicFootprint } from './footprint.ts';
import { geodeticLatitude, ghostFrame, nudge, placeGhost } from './overlay.ts';
import { authalicLatitude } from './ellipsoid.ts';

const geod = Geodesic.WGS84;
/** Geodesic distance in km (GeographicLib), an independent ruler. */
const km = (a: Position, b: Position) => geod.Inverse(a[1], a[0], b[1], b[0]).s12! / 1000;

/** Width (bottom side, west → east), height (west side, south → north) and diagonal of the L, in km. */
function extentKm(ring: Position[]): { width: number; height: number; diagonal: number } {
  return { width: km(ring[0], ring[1]), height: km(ring[0], ring[5]), diagonal: km(ring[1], ring[5]) };
}

/** An L-shaped zone (not symmetric: a flipped or rotated copy would show), 1 unit ≈ 0.05°. */
function lShape([lon, lat]: [number, number]): Polygon {
  const s = 0.05;
  const ring = [[0, 0], [3, 0], [3, 1], [1, 1], [1, 4], [0, 4], [0, 0]].map(([x, y]) => [lon + x * s, lat + y * s]);
  return { type: 'Polygon', coordinates: [ring] };
}

const relative = (a: number, b: number) => Math.abs(a - b) / b;

describe('true-size overlay', () => {
  it('geodetic ↔ authalic latitude round-trips to 1e-6° (0.1 m)', () => {
    for (const lat of [0, 21.6, 38, 45, 60]) expect(geodeticLatitude(authalicLatitude(lat))).toBeCloseTo(lat, 6);
  });

  it.each([
    ['north, 21.6°N → 45°N', [108.35, 21.69], [126.6, 45.0]],
    ['south, 45°N → 21.6°N', [126.6, 45.0], [108.35, 21.6]],
    ['same latitude band, 38°N → 26°N', [114.5, 38.0], [118.05, 26.0]],
  ] as [string, [number, number], [number, number]][])('moved %s: area within 0.1 percent, width, height and sides in km within 0.5 percent', (_, from, to) => {
    const shape = lShape(from);
    const frame = ghostFrame(shape, from);
    const moved = placeGhost(frame, to) as Polygon;
    expect(relative(ellipsoidalAreaKm2(moved), ellipsoidalAreaKm2(shape))).toBeLessThan(1e-4);
    const before = extentKm(shape.coordinates[0]);
    const after = extentKm(moved.coordinates[0]);
    expect(relative(after.width, before.width)).toBeLessThan(0.005);
    expect(relative(after.height, before.height)).toBeLessThan(0.005);
    expect(relative(after.diagonal, before.diagonal)).toBeLessThan(0.005);
    // Every side of the L keeps its length on the ground (shape, not just extent).
    const sides = (ring: Position[]) => ring.slice(1).map((p, i) => km(ring[i], p));
    sides(moved.coordinates[0]).forEach((side, i) => expect(relative(side, sides(shape.coordinates[0])[i])).toBeLessThan(0.005));
    // Adding degrees instead would be 30 % too narrow at 45°N: the test can tell the difference.
    const naive = shape.coordinates[0].map(([lon, lat]) => [lon + to[0] - from[0], lat + to[1] - from[1]]);
    if (Math.abs(to[1] - from[1]) > 20) expect(relative(extentKm(naive).width, before.width)).toBeGreaterThan(0.15);
  });

  it('keeps holes and multipolygon parts, placed where the pointer is', () => {
    const outer = schematicFootprint([108.35, 21.69], 53.7).coordinates[0];
    const hole = schematicFootprint([108.36, 21.7], 5).coordinates[0];
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [[outer, hole], schematicFootprint([108.6, 21.8], 10).coordinates] };
    const moved = placeGhost(ghostFrame(multi, [108.35, 21.69]), [114.5, 38]) as MultiPolygon;
    expect(moved.type).toBe('MultiPolygon');
    expect(relative(ellipsoidalAreaKm2(moved), ellipsoidalAreaKm2(multi))).toBeLessThan(1e-4);
    // The centre vertex of the first circle is now around the new centre.
    const lon = moved.coordinates[0][0].slice(0, -1).reduce((s, p) => s + p[0], 0) / 64;
    expect(lon).toBeCloseTo(114.5, 2);
  });

  it('nudges by km on the ground', () => {
    const to = nudge([114.5, 38], 1, 0);
    expect(km([114.5, 38], to)).toBeCloseTo(1, 2);
    expect(km([114.5, 38], nudge([114.5, 38], 0, -10))).toBeCloseTo(10, 1);
  });
});
