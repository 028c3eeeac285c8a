import { describe, expect, it } from 'vitest';
import { commonScale, localShape } from './compare.ts';
import { schematicFootprint } from './footprint.ts';
import { computeArea } from './area.ts';

describe('footprints at one scale', () => {
  it.each([
    [[108.3538, 21.6868], 53.7],
    [[114.7, 38.01], 26.38],
  ] as [[number, number], number][])('the local projection keeps the true area within 0.5 %% (%j)', (anchor, km2) => {
    const polygon = schematicFootprint(anchor, km2);
    const shape = localShape(polygon, anchor);
    expect(Math.abs(shape.areaKm2 - computeArea(polygon, km2)!.computedKm2) / km2).toBeLessThan(0.005);
    // A circle of 53.7 km² has a radius of 4.13 km: the half-extents say so.
    expect(shape.halfWidthKm).toBeCloseTo(Math.sqrt(km2 / Math.PI), 1);
    expect(shape.path.startsWith('M')).toBe(true);
  });

  it('one scale for all: the largest shape fills the box, the others keep their ratio', () => {
    const big = localShape(schematicFootprint([108, 21], 53.7), [108, 21]);
    const small = localShape(schematicFootprint([118, 24], 10.36), [118, 24]);
    const pxPerKm = commonScale([big, small], 160);
    expect(2 * big.halfWidthKm * pxPerKm).toBeCloseTo(160, 0);
    expect(small.halfWidthKm / big.halfWidthKm).toBeCloseTo(Math.sqrt(10.36 / 53.7), 2);
  });
});
