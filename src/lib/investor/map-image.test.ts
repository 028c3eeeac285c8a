import { describe, expect, it } from 'vitest';
import { haversineKm } from '../geo/spatial-index.ts';
import { scaleBar, wrapText } from './map-image.ts';

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

describe('wrapText', () => {
  const measure = (s: string) => s.length * 7;
  it('breaks English by words and Chinese by characters, never wider than asked, nothing lost', () => {
    const en = 'Boundaries are illustrative, not official; each place says what its shape means.';
    const lines = wrapText(en, 140, measure);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(140);
    expect(lines.join(' ')).toBe(en);
    const zh = '边界仅为示意,不代表官方边界;图形含义见各地点说明。';
    const zhLines = wrapText(zh, 70, measure);
    for (const line of zhLines) expect(measure(line)).toBeLessThanOrEqual(70);
    expect(zhLines.join('')).toBe(zh);
  });
});
