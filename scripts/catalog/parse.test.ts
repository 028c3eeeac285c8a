import { describe, expect, it } from 'vitest';
import { HEADER, parseCatalog } from './parse.ts';

const provinceCodes = new Map([['河北省', '13'], ['山东省', '37']]);
const good = '1\tG132003\t石家庄高新技术产业开发区\t河北省\t石家庄\t国务院\t高新技术产业开发区\t1991.03\t1553.0\t生物医药、电子信息、先进制造';
const parse = (...rows: string[]) => parseCatalog([HEADER.join('\t'), ...rows].join('\n'), { provinceCodes }, 'x.tsv');

describe('parseCatalog', () => {
  it('parses a good row into typed fields', () => {
    const { rows, problems } = parse(good);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ line: 2, code: 'G132003', level: 'national', type: 'hitech', approvedOn: ['1991-03'], areaHa: 1553, industries: ['生物医药', '电子信息', '先进制造'] });
  });
  it('names the row and the reason for broken rows', () => {
    const cases: [string, RegExp][] = [
      [good.replace('G132003', 'G13203'), /row 2 \(G13203\): code "G13203" does not match/],
      [good.replace('1553.0', 'abc'), /approved area "abc" is not a positive number/],
      [good.replace('1991.03', '1991-3'), /approval date "1991-3" is not YYYY.MM/],
      [good.replace('国务院', '市政府'), /unknown approval level "市政府"/],
      [good.replace('河北省', '火星省'), /unknown province "火星省"/],
      [good.replace('G132003', 'G372003'), /code province 37 disagrees with 河北省/],
      [good.replace('G132003', 'G131003'), /type digit 1 disagrees with type 高新技术产业开发区/],
      [good.split('\t').slice(0, 9).join('\t'), /expected 10 tab-separated fields, got 9/],
    ];
    for (const [row, reason] of cases) {
      const { rows, problems } = parse(row);
      expect(rows).toEqual([]);
      expect(problems.map((p) => `${p.feature}: ${p.reason}`).join('\n')).toMatch(reason);
    }
  });
  it('reads two dates and drops the stray full stop of the source', () => {
    const { rows } = parse(good.replace('1991.03', '2000.04/2002.12').replace('生物医药', '食品.'));
    expect(rows[0].approvedOn).toEqual(['2000-04', '2002-12']);
    expect(rows[0].industries[0]).toBe('食品');
  });
  it('accepts the known duplicate S377018 and refuses any other', () => {
    const zichuan = '929\tS377018\t山东淄川经济开发区\t山东省\t淄川\t省政府\t经济开发区\t1992.12\t389.99\t医药';
    const linzi = zichuan.replace('淄川经济', '临淄经济');
    expect(parse(zichuan, linzi).problems).toEqual([]);
    expect(parse(good, good).problems[0].reason).toBe('duplicate code (also row 2)');
  });
  it('checks the row count against the official total', () => {
    const { problems } = parseCatalog([HEADER.join('\t'), good].join('\n'), { provinceCodes, expectedRows: 2543 }, 'x.tsv');
    expect(problems[0].reason).toBe('expected 2543 zones (the official total), found 1 rows');
  });
});
