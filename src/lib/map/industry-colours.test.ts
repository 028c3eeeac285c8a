import { describe, expect, it } from 'vitest';
import type { Industry } from '../data/types.ts';
import { industryColourExpression, industryColourScale, NO_INDUSTRY_COLOUR } from './industry-colours.ts';

const industry = (code: string, auxiliary = false): Industry => ({ code, label: { zh: code, en: code }, auxiliary });
const taxonomy = [industry('tcm'), industry('biologics'), industry('trade_logistics', true)];

describe('industry colours', () => {
  const scale = industryColourScale(taxonomy);
  it('gives each industry its own colour and greys to auxiliaries', () => {
    expect(new Set(taxonomy.map((i) => scale(i.code))).size).toBe(3);
    expect(scale('trade_logistics')).toBe('#8C8C8C');
  });
  it('unknown codes get the no-industry colour', () => expect(scale('nope')).toBe(NO_INDUSTRY_COLOUR));
  it('the map expression carries the same colours as the scale (and the legend)', () => {
    const expression = industryColourExpression(scale) as unknown[];
    expect(expression.slice(0, 2)).toEqual(['match', ['get', 'primaryIndustry']]);
    expect(expression[expression.indexOf('tcm') + 1]).toBe(scale('tcm'));
    expect(expression.at(-1)).toBe(NO_INDUSTRY_COLOUR);
  });
});
