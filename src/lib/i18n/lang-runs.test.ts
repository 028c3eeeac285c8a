import { describe, expect, it } from 'vitest';
import { langOfText, langRuns } from './lang-runs.ts';

describe('langRuns', () => {
  it('marks an English term quoted in Chinese text, not codes or short abbreviations', () => {
    expect(langRuns('“Taichung”是误译；D1给出（108.17, 22.61）', 'zh')).toEqual([
      { text: '“', lang: null },
      { text: 'Taichung', lang: 'en' },
      { text: '”是误译；D1给出（108.17, 22.61）', lang: null },
    ]);
    expect(langRuns('CRO/CMO平台', 'zh')).toEqual([{ text: 'CRO/CMO', lang: 'en' }, { text: '平台', lang: null }]);
    expect(langRuns('见pub-31与SJW', 'zh').filter((r) => r.lang)).toEqual([{ text: 'pub-', lang: 'en' }, { text: 'SJW', lang: 'en' }]);
  });

  it('marks a Chinese name inside English text', () => {
    expect(langRuns('金边蚂蟥 is the leech', 'en')).toEqual([{ text: '金边蚂蟥', lang: 'zh-CN' }, { text: ' is the leech', lang: null }]);
  });

  it('langOfText: a title in one language', () => {
    expect(langOfText('中国开发区审核公告目录（2018年版）')).toBe('zh-CN');
    expect(langOfText('Fangchenggang pilot zone approved')).toBe('en');
  });
});
