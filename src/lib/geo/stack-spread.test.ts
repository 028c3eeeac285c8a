import { distance } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { spreadStackedPoints, type StackInput } from './stack-spread.ts';

const seat: [number, number] = [108.3538, 21.6868];
const stack = (n: number, at: [number, number] = seat): StackInput[] =>
  Array.from({ length: n }, (_, i) => ({ id: `p-${String(i).padStart(3, '0')}`, coordinates: at }));
const metres = (a: [number, number], b: [number, number]) => distance(a, b, { units: 'kilometers' }) * 1000;

describe('spreadStackedPoints', () => {
  it('leaves a lone point where it is', () => {
    const out = spreadStackedPoints([{ id: 'a', coordinates: seat }, { id: 'b', coordinates: [108, 22] }]);
    expect(out.get('a')).toEqual({ display: seat, spread: false, stackSize: 1 });
    expect(out.get('b')!.spread).toBe(false);
  });

  it('spreads two dozen stacked points 350 m to ~1.2 km from the seat, at least 250 m apart', () => {
    const out = spreadStackedPoints(stack(24));
    const shown = [...out.values()].map((p) => p.display);
    expect([...out.values()].every((p) => p.spread && p.stackSize === 24)).toBe(true);
    const radii = shown.map((d) => metres(seat, d));
    expect(Math.min(...radii)).toBeGreaterThan(340);
    expect(Math.max(...radii)).toBeLessThan(1_900);
    let nearest = Infinity;
    for (let i = 0; i < shown.length; i++)
      for (let j = i + 1; j < shown.length; j++) nearest = Math.min(nearest, metres(shown[i], shown[j]));
    expect(nearest).toBeGreaterThan(250);
  });

  it('gives the same layout whatever the input order (placement by id)', () => {
    const input = stack(30);
    const a = spreadStackedPoints(input);
    const b = spreadStackedPoints([...input].reverse());
    for (const { id } of input) expect(b.get(id)).toEqual(a.get(id));
  });

  it('keeps separate groups separate and only groups exact coordinates', () => {
    const out = spreadStackedPoints([...stack(3), { id: 'x', coordinates: [seat[0] + 1e-5, seat[1]] }]);
    expect(out.get('x')!.spread).toBe(false);
    expect(out.get('p-000')!.stackSize).toBe(3);
  });

  it('handles 500 zones at each of 200 seats (100k points) in well under a second', () => {
    const input: StackInput[] = [];
    for (let s = 0; s < 200; s++)
      for (let i = 0; i < 500; i++) input.push({ id: `z-${s}-${i}`, coordinates: [100 + s * 0.1, 30] });
    const t0 = performance.now();
    const out = spreadStackedPoints(input);
    const ms = performance.now() - t0;
    expect(out.size).toBe(100_000);
    expect(ms).toBeLessThan(1_000);
    // The outermost of 500 stays within a few km: still "at the seat" at county scale.
    const far = Math.max(...Array.from({ length: 500 }, (_, i) => metres([100, 30], out.get(`z-0-${i}`)!.display)));
    expect(far).toBeLessThan(8_000);
  });
});
