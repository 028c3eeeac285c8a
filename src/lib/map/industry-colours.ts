/**
 * Industry colours: one d3 ordinal scale feeds the map's paint expressions and the legend, so they
 * cannot disagree. Colours are Paul Tol's colour-blind-safe "muted" scheme extended with two of his
 * "bright" colours; auxiliary codes (not industries proper) are greys. Colour is never the only
 * channel: the legend, list and panel name every industry in words.
 */
import { scaleOrdinal, type ScaleOrdinal } from 'd3-scale';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { Industry } from '../data/types.ts';

const INDUSTRY_PALETTE = [
  '#CC6677', '#332288', '#DDCC77', '#117733', '#88CCEE', '#882255',
  '#44AA99', '#999933', '#AA4499', '#4477AA', '#EE7733',
];
const AUXILIARY_PALETTE = ['#8C8C8C', '#A6A6A6', '#737373', '#BFBFBF'];

/** Industry code → colour. */
export type IndustryColours = ScaleOrdinal<string, string, string>;

/** Colour of places without industries (regions, reference points). */
export const NO_INDUSTRY_COLOUR = '#4B5563';

/** The scale over the taxonomy, in taxonomy order (main industries first, then auxiliaries). */
export function industryColourScale(taxonomy: readonly Industry[]): IndustryColours {
  const main = taxonomy.filter((i) => !i.auxiliary);
  const aux = taxonomy.filter((i) => i.auxiliary);
  return scaleOrdinal<string, string, string>()
    .domain([...main, ...aux].map((i) => i.code))
    .range([...INDUSTRY_PALETTE.slice(0, main.length), ...AUXILIARY_PALETTE.slice(0, aux.length)])
    .unknown(NO_INDUSTRY_COLOUR);
}

/** A MapLibre `match` on `primaryIndustry` giving the scale's colour. */
export function industryColourExpression(scale: IndustryColours): ExpressionSpecification {
  const pairs = scale.domain().flatMap((code) => [code, scale(code)]);
  if (pairs.length === 0) return ['literal', NO_INDUSTRY_COLOUR] as unknown as ExpressionSpecification;
  return ['match', ['get', 'primaryIndustry'], ...pairs, NO_INDUSTRY_COLOUR] as unknown as ExpressionSpecification;
}
