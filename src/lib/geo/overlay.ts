/**
 * True-size overlay: a footprint moved anywhere keeps its ground area and shape. Adding degrees would
 * stretch it (a degree of longitude is 104 km at 21°N and 79 km at 45°N); instead each vertex is held
 * as a distance and an azimuth from the footprint's centre on the authalic sphere (which maps the
 * WGS84 ellipsoid area for area), and re-drawn with the same distance and azimuth from the new centre.
 * On a sphere that transfer is a rotation, so the area is kept exactly (the authalic mapping is
 * equal-area); lengths change only by the authalic mapping's scale, under 0.2 % between 20° and 50°N.
 * Cheap enough to re-draw thousands of vertices per animation frame while dragging.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { authalicLatitude } from './ellipsoid.ts';

const DEG = Math.PI / 180;
const E2 = (1 / 298.257223563) * (2 - 1 / 298.257223563);
// Geodetic latitude from authalic latitude (Snyder, Map Projections, eq. 3-18).
const C2 = E2 / 3 + (31 * E2 * E2) / 180 + (517 * E2 * E2 * E2) / 5040;
const C4 = (23 * E2 * E2) / 360 + (251 * E2 * E2 * E2) / 3780;
const C6 = (761 * E2 * E2 * E2) / 45360;

/** Geodetic latitude (degrees) of an authalic latitude (radians). */
export function geodeticLatitude(xi: number): number {
  return (xi + C2 * Math.sin(2 * xi) + C4 * Math.sin(4 * xi) + C6 * Math.sin(6 * xi)) / DEG;
}

/** A footprint held relative to its centre: per vertex, angular distance σ and azimuth α (radians). */
export interface GhostFrame {
  type: 'Polygon' | 'MultiPolygon';
  /** polygons → rings → [sinσ·sinα, sinσ·cosα, cosσ] per vertex (what the re-draw needs). */
  polygons: Float64Array[][];
}

/** Holds `geometry` relative to `centre` ([lon, lat]). */
export function ghostFrame(geometry: Polygon | MultiPolygon, centre: readonly [number, number]): GhostFrame {
  const xiC = authalicLatitude(centre[1]);
  const sinC = Math.sin(xiC);
  const cosC = Math.cos(xiC);
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return {
    type: geometry.type,
    polygons: polygons.map((rings) =>
      rings.map((ring) => {
        const out = new Float64Array(ring.length * 3);
        ring.forEach(([lon, lat], i) => {
          const xi = authalicLatitude(lat);
          const dLon = (lon - centre[0]) * DEG;
          // Unit vector of the vertex in the centre's local east-north-up frame.
          const east = Math.cos(xi) * Math.sin(dLon);
          const north = cosC * Math.sin(xi) - sinC * Math.cos(xi) * Math.cos(dLon);
          const up = sinC * Math.sin(xi) + cosC * Math.cos(xi) * Math.cos(dLon);
          out[i * 3] = east; // sinσ·sinα
          out[i * 3 + 1] = north; // sinσ·cosα
          out[i * 3 + 2] = up; // cosσ
        });
        return out;
      }),
    ),
  };
}

/** The footprint re-drawn around a new centre ([lon, lat]), north kept north. */
export function placeGhost(frame: GhostFrame, centre: readonly [number, number]): Polygon | MultiPolygon {
  const xiC = authalicLatitude(centre[1]);
  const sinC = Math.sin(xiC);
  const cosC = Math.cos(xiC);
  const polygons = frame.polygons.map((rings) =>
    rings.map((v) => {
      const ring: Position[] = new Array(v.length / 3);
      for (let i = 0; i < ring.length; i++) {
        const east = v[i * 3];
        const north = v[i * 3 + 1];
        const up = v[i * 3 + 2];
        // The same local vector at the new centre, back to latitude and longitude on the sphere.
        const sinXi = sinC * up + cosC * north;
        const xi = Math.asin(Math.max(-1, Math.min(1, sinXi)));
        const dLon = Math.atan2(east, cosC * up - sinC * north);
        let lon = centre[0] + dLon / DEG;
        if (lon > 180) lon -= 360;
        else if (lon < -180) lon += 360;
        ring[i] = [lon, geodeticLatitude(xi)];
      }
      return ring;
    }),
  );
  return frame.type === 'Polygon' ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
}

/** A centre moved by `eastKm`, `northKm` along the ground (keyboard nudges). */
export function nudge(centre: readonly [number, number], eastKm: number, northKm: number): [number, number] {
  const R = 6371.0072;
  const lat = centre[1] + (northKm / R) / DEG;
  const lon = centre[0] + (eastKm / (R * Math.cos(lat * DEG))) / DEG;
  return [lon, Math.max(-85, Math.min(85, lat))];
}
