import { describe, expect, it } from 'vitest';
import { firstRequests, median, ratio, waterfall, type ResourceEntry } from './stats.ts';

describe('bench statistics', () => {
  it('median of odd and even counts, ignoring nulls', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null, 5])).toBe(5);
    expect(median([])).toBeNaN();
  });
  it('ratio guards a zero baseline', () => {
    expect(ratio(110, 100)).toBeCloseTo(1.1);
    expect(ratio(1, 0)).toBeNaN();
  });
});

describe('load timeline', () => {
  const timeline: ResourceEntry[] = [
    { url: '/assets/index-abc.js', chunk: 'app', startMs: 20, endMs: 90 },
    { url: '/data/atlas.json', chunk: 'data', startMs: 140, endMs: 260 },
    { url: '/basemap/china.pmtiles', chunk: 'basemap', startMs: 30, endMs: 120 },
    { url: '/data/x/sites.pmtiles', chunk: 'data', startMs: 400, endMs: 410 },
  ];
  it('finds the first request of each kind, leaving out kinds never requested', () => {
    expect(firstRequests(timeline)).toEqual({ data: 140, basemap: 30 });
  });
  it('draws one bar per resource in start order, one column per 50 ms', () => {
    const lines = waterfall(timeline).split('\n');
    expect(lines).toHaveLength(4);
    // 20–90 ms: columns 0–1; 30–120 ms: columns 0–2; 140–260 ms: columns 2–5.
    expect(lines[0]).toMatch(/^assets\/index-abc\.js\s+20–90 {4}██$/);
    expect(lines[1]).toMatch(/^basemap\/china\.pmtiles\s+30–120 {3}███$/);
    expect(lines[2]).toMatch(/^data\/atlas\.json\s+140–260 {3} {2}████$/);
  });
});
