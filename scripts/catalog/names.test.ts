import { describe, expect, it } from 'vitest';
import { englishName, pinyinWord, searchPinyin } from './names.ts';

describe('generated English names', () => {
  it('glosses the type and writes the place in pinyin', () => {
    expect(englishName('石家庄高新技术产业开发区', ['石家庄'])).toBe('Shijiazhuang High-tech Industrial Development Zone');
    expect(englishName('石家庄经济技术开发区', ['石家庄'])).toBe('Shijiazhuang Economic and Technological Development Zone');
    expect(englishName('河北赵县经济开发区', ['河北', '赵县'])).toBe('Hebei Zhao County Economic Development Zone');
    expect(englishName('厦门海沧台商投资区', ['厦门', '海沧'])).toBe('Xiamen Haicang Taiwanese Investment Zone');
    expect(englishName('成都高新综合保税区', ['成都'])).toBe('Chengdu Gaoxin Comprehensive Bonded Zone');
    expect(englishName('福建福州金山工业园区', ['福建', '福州'])).toBe('Fujian Fuzhou Jinshan Industrial Park');
  });
  it('keeps brackets and marks syllable breaks', () => {
    expect(englishName('中德（沈阳）高端装备制造产业园', [])).toBe('Zhongde (Shenyang) Gaoduan Zhuangbei Zhizao Industrial Park');
    expect(pinyinWord('西安')).toBe("Xi'an");
  });
  it('gives toneless pinyin without spaces for search', () => {
    expect(searchPinyin('厦门海沧台商投资区')).toBe('xiamenhaicangtaishangtouziqu');
  });
});
