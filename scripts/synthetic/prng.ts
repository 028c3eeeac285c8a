/**
 * A tiny seeded PRNG (mulberry32) and helpers, so synthetic data is reproducible: the same seed gives
 * the same numbers on every run and machine. Never use `Math.random` in the generator.
 */

/** A function returning uniform numbers in [0, 1). */
export type Random = () => number;

/** mulberry32: 32-bit state, period 2³², plenty for benchmark data. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seed for an independent stream derived from a base seed (murmur3 finaliser), so zones, sites and
 * reference points each get their own sequence and adding sites never changes the zones.
 */
export function deriveSeed(seed: number, stream: number): number {
  let h = (seed ^ Math.imul(stream + 1, 0x9e3779b1)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Uniform integer in [min, max] (inclusive). */
export function randInt(rand: Random, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}

/** Cumulative weights, for {@link pickWeighted}. */
export function cumulative(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => (out[i] = sum += w));
  return out;
}

/** Index drawn with probability proportional to its weight (binary search in the cumulative sums). */
export function pickWeighted(rand: Random, cumulativeWeights: Float64Array): number {
  const target = rand() * cumulativeWeights[cumulativeWeights.length - 1];
  let lo = 0;
  let hi = cumulativeWeights.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulativeWeights[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** `count` distinct indexes drawn by weight, without replacement (fine for short lists). */
export function pickDistinctWeighted(rand: Random, weights: readonly number[], count: number): number[] {
  const remaining = weights.slice();
  const out: number[] = [];
  for (let n = 0; n < count; n++) {
    const total = remaining.reduce((a, b) => a + b, 0);
    if (total <= 0) break;
    let target = rand() * total;
    let i = 0;
    while (i < remaining.length - 1 && (target -= remaining[i]) >= 0) i++;
    // Float edge: never return an index whose weight is already used up.
    while (remaining[i] === 0) i = (i + 1) % remaining.length;
    out.push(i);
    remaining[i] = 0;
  }
  return out;
}
