import { describe, expect, it } from 'vitest';
import type { Place } from '../data/types.ts';
import { searchKey, searchPlaces } from './search.ts';

const place = (id: string, zh: string, en: string, seed?: string) => ({ id, name: { zh, en, seed, zhStatus: 'verified' } }) as Place;
const places = [
  place('zone', '防城港国际医学开放试验区', 'Fangchenggang International Medical Open Pilot Zone'),
  place('city', '防城港市', 'Fangchenggang'),
  place('trading', '对台中药材交易中心', 'Taiwan-facing TCM Materials Trading Centre', 'Taichung Medicinal Materials Trading Center'),
  place('yucheng', '栾城现代中药创制基地', 'Luancheng Modern TCM Creation Base', 'Yucheng Modern Chinese Medicine Creation Base'),
];

describe('searchPlaces', () => {
  it('finds by Chinese name', () => expect(searchPlaces(places, '防城港').map((h) => h.place.id)).toEqual(['city', 'zone']));
  it('finds by English name ignoring case and spaces', () =>
    expect(searchPlaces(places, 'fang cheng gang').map((h) => h.place.id)).toEqual(['city', 'zone']));
  it("finds by the seed's raw spelling and says so", () => {
    const [hit] = searchPlaces(places, 'Yucheng');
    expect(hit.place.id).toBe('yucheng');
    expect(hit.field).toBe('seed');
    expect(searchPlaces(places, 'taichung')[0].place.id).toBe('trading');
  });
  it('returns nothing for an empty query', () => expect(searchPlaces(places, '  ')).toEqual([]));
  it('searchKey folds full-width characters', () => expect(searchKey('ＴＣＭ Base')).toBe('tcmbase'));
});

describe('search in the catalogue', () => {
  const zone = {
    id: 'dz-g132003',
    name: { zh: '石家庄高新技术产业开发区', en: 'Shijiazhuang High-tech Industrial Development Zone', zhStatus: 'verified' },
    catalog: { code: 'G132003', pinyin: 'shijiazhuanggaoxinjishuchanyekaifaqu' },
  } as unknown as Place;

  it('finds a zone by its catalogue code, any case', () => {
    expect(searchPlaces([zone], 'g132003').map((h) => [h.place.id, h.field])).toEqual([['dz-g132003', 'code']]);
  });

  it('finds a zone by pinyin without tones or spaces', () => {
    expect(searchPlaces([zone], 'shijiazhuang gaoxin').map((h) => h.field)).toEqual(['pinyin']);
    expect(searchPlaces([zone], 'gaoxinjishu').map((h) => h.field)).toEqual(['pinyin']);
  });
});

describe('search over the real catalogue (issue 18)', async () => {
  const { loadData } = await import('../../../scripts/data-files.ts');
  const { withCatalog } = await import('../../../scripts/catalog/load.ts');
  const real = withCatalog(loadData()).files.flatMap((f) => f.features).map((f) => ({ ...f.properties })) as unknown as Place[];
  const codes = (q: string) => searchPlaces(real, q, 50).map((h) => h.place.catalog?.code);
  it('finds 泰州医药高新技术产业开发区 by 泰州, by its official English name and by pinyin', () => {
    expect(codes('泰州')).toContain('G322081');
    expect(codes('China Medical City')).toContain('G322081');
    expect(codes('taizhouyiyao')).toContain('G322081');
  });
  it('finds a zone by its generated English name', () => expect(codes('Cross-Strait Science')).toContain('G326024'));
  it('finds the misspelt zone by either spelling', () => {
    expect(codes('湽博')).toContain('G372026');
    expect(codes('淄博高新')).toContain('G372026');
  });
});
