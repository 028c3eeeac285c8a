import { describe, expect, it } from 'vitest';
import { haversineKm } from '../geo/spatial-index.ts';
import { scaleBar } from './map-image.ts';

describe('scale bar', () => {
  it('is a round distance whose length matches the ground at that latitude and zoom', () => {
    for (const [lat, zoom] of [[0, 3], [22, 8], [38, 11.5], [45, 5]] as const) {
      const { km, px } = scaleBar(lat, zoom, 120);
      expect(px).toBeLessThanOrEqual(120);
      expect(px).toBeGreaterThan(120 / 5.01);
      expect(String(km)).toMatch(/^(1|2|5)(0*|\.0*[1-9]?)$|^0\.0*[125]$/);
      // One pixel at zoom z spans 360° / (512 · 2^z) of longitude: check the bar against the haversine.
      const degrees = (px * 360) / (512 * 2 ** zoom);
      expect(haversineKm(0, lat, degrees, lat)).toBeCloseTo(km, 1);
    }
  });
});
