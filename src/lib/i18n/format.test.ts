import { describe, expect, it } from 'vitest';
import { formatDelta, formatFigure, formatHa, formatKm, formatKm2, formatMu, formatYuan } from './format.ts';

describe('formatting figures', () => {
  it('writes yuan in 亿 and in billions', () => {
    expect(formatYuan(7.479e9, 'zh')).toBe('74.79亿元');
    expect(formatYuan(7.479e9, 'en')).toBe('7.479 billion yuan');
    expect(formatYuan(4e8, 'en')).toBe('400 million yuan');
  });
  it('writes areas with units and qualifiers', () => {
    expect(formatFigure({ value: 53.7, unit: 'km2' }, 'en')).toBe('53.7 km²');
    expect(formatFigure({ value: 53.7, unit: 'km2' }, 'zh')).toBe('53.7平方公里');
    expect(formatFigure({ value: 28000, unit: 'mu', qualifier: 'about' }, 'en')).toBe('about 28,000 mu');
    expect(formatFigure({ value: 100e9, unit: 'CNY', qualifier: 'exceeds' }, 'zh')).toBe('超过1,000亿元');
    expect(formatFigure({ value: 15, unit: 'percent', qualifier: 'about' }, 'en')).toBe('about 15%');
  });
  it('signs deltas', () => {
    expect(formatDelta(0.01, 'en')).toBe('+0.01 %');
    expect(formatDelta(-0.2, 'zh')).toBe('−0.2%');
    expect(formatDelta(-0.0003, 'en')).toBe('±0 %');
  });
});

describe('units in the reader\'s language', () => {
  it('writes km, ha and mu as 公里, 公顷 and 亩 in Chinese', () => {
    expect(formatKm(80, 'zh')).toBe('80公里');
    expect(formatKm(12.34, 'en')).toBe('12.3 km');
    expect(formatHa(443.69, 'zh')).toBe('443.69公顷');
    expect(formatHa(443.69, 'en')).toBe('443.69 ha');
    expect(formatMu(6655.35, 'zh')).toBe('6,655亩');
    expect(formatMu(6655.35, 'en')).toBe('6,655 mu');
    expect(formatKm2(4.4369, 'zh')).toBe('4.44平方公里');
  });
});
