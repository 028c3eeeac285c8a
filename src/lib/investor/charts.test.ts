import { describe, expect, it } from 'vitest';
import { barScale, figureGroups, projectsByOrigin, projectsBySector } from './charts.ts';
import { realAtlas } from './fixture.test-helpers.ts';

const { atlas } = realAtlas();
const regionOrder = [...new Set(atlas.places.map((p) => p.regionGroup).filter((r): r is string => r !== null))];

describe('charts on the real data', () => {
  const groups = figureGroups(atlas.places, regionOrder);

  it('never mixes kinds of figure or units on one axis', () => {
    expect(groups.length).toBeGreaterThan(1);
    for (const group of groups) for (const { figure } of group.bars) expect([figure.kind, figure.unit]).toEqual([group.kind, group.unit]);
    // Targets and actual revenue of one place (Shijiazhuang) land in different charts.
    const target = groups.find((g) => g.kind === 'target' && g.unit === 'CNY')!;
    const revenue = groups.find((g) => g.kind === 'revenue' && g.unit === 'CNY')!;
    expect(target.bars.map((b) => b.place.id)).toContain('shijiazhuang');
    expect(revenue.bars.map((b) => b.place.id)).toContain('shijiazhuang');
    // Growth targets in percent are not drawn against yuan.
    expect(groups.find((g) => g.kind === 'target' && g.unit === 'percent')?.bars.map((b) => b.figure.metric)).toEqual(['annual-growth']);
  });

  it('orders bars by region, then value, and keeps year and qualifier on each figure', () => {
    for (const group of groups) {
      const ranks = group.bars.map((b) => regionOrder.indexOf(b.place.regionGroup!));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    const xiamen = groups.flatMap((g) => g.bars).find((b) => b.place.id === 'xiamen')!;
    expect([xiamen.figure.year, xiamen.figure.qualifier]).toEqual([2025, 'exceeds']);
  });

  it('counts the thirteen signed projects by origin and sector', () => {
    const origins = projectsByOrigin(atlas.places, 'en');
    expect(origins.reduce((n, o) => n + o.projects.length, 0)).toBe(atlas.places.filter((p) => p.kind === 'signed-project').length);
    expect(origins.reduce((n, o) => n + o.projects.length, 0)).toBe(13);
    const counts = origins.map((o) => o.projects.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const sectors = projectsBySector(atlas.places);
    expect([...sectors.values()].reduce((a, b) => a + b, 0)).toBe(atlas.places.filter((p) => p.kind === 'signed-project').reduce((n, p) => n + p.industries.length, 0));
  });
});

describe('bar scale', () => {
  it('runs from zero to the largest value', () => {
    const x = barScale([3, 12, 6], 160);
    expect([x(0), x(6), x(12)]).toEqual([0, 80, 160]);
    expect(barScale([], 100)(0)).toBe(0);
  });
});
