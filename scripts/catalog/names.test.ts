import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadData, ROOT } from '../data-files.ts';
import { withCatalog } from './load.ts';
import { divisionEnglish, englishName, industryEnglish, parseGlossary, parseOfficialNames, pinyinLeft, pinyinWord, searchPinyin, GLOSSARY_FILE } from './names.ts';

const glossary = parseGlossary(readFileSync(join(ROOT, GLOSSARY_FILE), 'utf8')).entries;
const data = withCatalog(loadData());
const zones = data.files.flatMap((f) => f.features).filter((f) => f.properties.catalog);
const byCode = (code: string) => zones.find((f) => f.properties.catalog!.code === code)!.properties;

describe('English names of catalogue zones', () => {
  it('translates generic parts by the glossary, not pinyin (the kinds of issue 18)', () => {
    expect(englishName('南京海峡两岸科技工业园', [{ zh: '南京', en: 'Nanjing' }], glossary)).toBe('Nanjing Cross-Strait Science and Technology Industrial Park');
    expect(englishName('浙江台州化学原料药产业园区', [{ zh: '浙江', en: 'Zhejiang' }, { zh: '台州', en: 'Taizhou' }], glossary)).toBe('Zhejiang Taizhou Chemical APIs Industrial Park');
    expect(englishName('石家庄经济技术开发区', [{ zh: '石家庄', en: 'Shijiazhuang' }], glossary)).toBe('Shijiazhuang Economic and Technological Development Zone');
  });
  it('writes divisions as proper English names', () => {
    expect(divisionEnglish('南京市')).toBe('Nanjing');
    expect(divisionEnglish('赵县')).toBe('Zhao County');
    expect(divisionEnglish('海沧区')).toBe('Haicang District');
    expect(divisionEnglish('围场满族蒙古族自治县')).toBe('Weichang Autonomous County');
    expect(divisionEnglish('正定', '正定县')).toBe('Zhengding');
    expect(divisionEnglish('拉萨市', '拉萨市', glossary)).toBe('Lhasa');
    expect(pinyinWord('西安')).toBe("Xi'an");
  });
  it('gives real rows of the pipeline readable names (a sample)', () => {
    expect(byCode('G326024').name.en).toBe('Nanjing Cross-Strait Science and Technology Industrial Park');
    expect(byCode('S339084').name.en).toBe('Zhejiang Taizhou Chemical APIs Industrial Park');
    expect(byCode('G351134').name.en).toBe('Xiamen Haicang Taiwanese Investment Zone');
    expect(byCode('S137128').name.en).toBe('Hebei Weichang Economic Development Zone');
    expect(byCode('S159051').name.en).toBe('Horqin Left Rear Banner Independent Innovation Industrial Transfer Demonstration Park');
    expect(byCode('G656036').name.en).toBe('Khorgas Economic Development Zone (including Xinjiang Production and Construction Corps Area)');
    expect(byCode('S419094').name.en).toBe('Lushi County Industrial Cluster Zone');
    const jiangsu = zones.filter((f) => f.properties.catalog!.province === 'jiangsu' && f.properties.catalog!.enGenerated);
    expect(jiangsu.length).toBeGreaterThan(5);
    // Nanjing, not Nanjingshi: no division is its own name's pinyin with the suffix.
    for (const f of zones) {
      const d = f.properties.catalog!.placement?.division;
      if (d && /[市省县区]$/.test(d.zh)) expect(d.en, f.properties.id).not.toBe(pinyinWord(d.zh));
    }
  });
  it('leaves no known glossary word in pinyin and no Chinese in any generated name', () => {
    const generated = zones.filter((f) => f.properties.catalog!.enGenerated);
    expect(generated.length).toBeGreaterThan(400);
    for (const f of generated) {
      expect(f.properties.name.en, f.properties.id).not.toMatch(/[\u4e00-\u9fff]/);
      expect(pinyinLeft(f.properties.name.en, glossary), f.properties.name.zh).toEqual([]);
    }
  });
  it('uses the cited official English name where one exists (China Medical City)', () => {
    const cmc = byCode('G322081');
    expect(cmc.name).toMatchObject({ zh: '泰州医药高新技术产业开发区', en: 'China Medical City' });
    expect(cmc.catalog).toMatchObject({ enGenerated: false, enSource: { url: expect.stringMatching(/^https?:/), quote: expect.stringContaining('China Medical City') } });
  });
  it('translates every main-industry term of the kept zones', () => {
    const missing = new Set(zones.flatMap((f) => f.properties.catalog!.mainIndustriesRaw.filter((t, i) => !f.properties.catalog!.mainIndustriesEn?.[i])));
    expect([...missing]).toEqual([]);
    expect(industryEnglish('化学原料药', glossary)).toBe('Chemical APIs');
    expect(pinyinLeft('Nanjing Haixia Liang\'an Keji Industrial Park', glossary)).toEqual(expect.arrayContaining(['科技', '海峡两岸']));
    expect(industryEnglish('未知术语', glossary)).toBeNull();
  });
  it('fails a broken glossary or official-name row, naming the row', () => {
    expect(parseGlossary('zh\ten\tuse\n科技\t\tname\n').problems[0]).toMatchObject({ feature: 'row 2 (科技)' });
    expect(parseOfficialNames('code\ten\tsource\tsource_title\tquote\nG322081\tChina Medical City\tnot-a-url\tt\tq\n').problems[0].reason).toMatch(/URL/);
  });
  it('gives toneless pinyin without spaces for search', () => {
    expect(searchPinyin('厦门海沧台商投资区')).toBe('xiamenhaicangtaishangtouziqu');
  });
});
