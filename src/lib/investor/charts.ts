/**
 * The data behind the investor charts, kept apart from the markup so it is testable: one axis never
 * mixes kinds of figure (a target is not an actual, revenue is not investment) or units.
 */
import { scaleLinear } from 'd3-scale';
import type { Figure, FigureKind, FigureUnit, Lang, Place } from '../data/types.ts';

export interface FigureBar {
  place: Place;
  figure: Figure;
}

export interface FigureGroup {
  kind: FigureKind;
  unit: FigureUnit;
  bars: FigureBar[];
}

/** The figures the charts plot: amounts, not areas or counts of things of different kinds. */
const CHARTED: readonly FigureKind[] = ['target', 'investment', 'revenue'];

/**
 * Figures of the places by kind and unit (one chart each), ordered by region then value; percent
 * targets (growth rates) get their own chart rather than sharing an axis with yuan.
 */
export function figureGroups(places: readonly Place[], regionOrder: readonly string[]): FigureGroup[] {
  const groups = new Map<string, FigureGroup>();
  for (const place of places)
    for (const figure of place.figures) {
      if (!CHARTED.includes(figure.kind)) continue;
      const key = `${figure.kind}|${figure.unit}`;
      const group = groups.get(key) ?? { kind: figure.kind, unit: figure.unit, bars: [] };
      group.bars.push({ place, figure });
      groups.set(key, group);
    }
  const rank = (p: Place) => (p.regionGroup ? regionOrder.indexOf(p.regionGroup) : regionOrder.length);
  for (const group of groups.values()) group.bars.sort((a, b) => rank(a.place) - rank(b.place) || b.figure.value - a.figure.value);
  return [...groups.values()].sort((a, b) => CHARTED.indexOf(a.kind) - CHARTED.indexOf(b.kind) || a.unit.localeCompare(b.unit));
}

/** Signed projects counted by partner origin, most first. */
export function projectsByOrigin(places: readonly Place[], lang: Lang): { origin: string; projects: Place[] }[] {
  const byOrigin = new Map<string, Place[]>();
  for (const place of places) {
    if (place.kind !== 'signed-project' || !place.project) continue;
    const origin = place.project.origin[lang];
    byOrigin.set(origin, [...(byOrigin.get(origin) ?? []), place]);
  }
  return [...byOrigin.entries()].map(([origin, projects]) => ({ origin, projects })).sort((a, b) => b.projects.length - a.projects.length || a.origin.localeCompare(b.origin));
}

/** Signed projects counted by sector (their industries; a project in two counts in both). */
export function projectsBySector(places: readonly Place[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const place of places) if (place.kind === 'signed-project') for (const code of place.industries) counts.set(code, (counts.get(code) ?? 0) + 1);
  return new Map([...counts.entries()].sort((a, b) => b[1] - a[1]));
}

/** Bar length in px for a value, from zero (bars never start elsewhere) to the largest value. */
export function barScale(values: readonly number[], widthPx: number): (value: number) => number {
  const max = Math.max(0, ...values);
  return scaleLinear().domain([0, max || 1]).range([0, widthPx]).clamp(true);
}
