import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../data-files.ts';
import { checkClaimLines, checkIslandParts, checkIslandSymbols, checkPins, checkProbes, NATIONAL_MAX_ZOOM, openArchive, PROBES, type BasemapArchive, type IslandSymbol, type PinnedInput } from './checks.ts';

const read = (file: string) => readFileSync(join(ROOT, file));
const groups = (JSON.parse(read('data/basemap/island-groups.json').toString()) as { groups: { id: string }[] }).groups;
const claimLines = JSON.parse(read('data/basemap/ne_10m_admin_0_boundary_lines_maritime_indicator_chn.geojson').toString()) as {
  bbox: [number, number, number, number];
  features: { properties: { ne_id: number; NOTE: string } }[];
};
const inputs = (JSON.parse(read('data/basemap/inputs.json').toString()) as { files: PinnedInput[] }).files;

let archive: BasemapArchive;
let symbols: IslandSymbol[];
beforeAll(async () => {
  archive = openArchive(new Uint8Array(read('public/basemap/china.pmtiles')));
  // Symbol positions as the archive has them (the zoom-0 tile holds every label).
  const labels = (await archive.tile(0, 0, 0))!.layers.labels;
  symbols = [];
  for (let i = 0; i < labels.length; i++) {
    const f = labels.feature(i);
    if (f.properties.kind !== 'island') continue;
    const [[p]] = f.loadGeometry();
    const lon = (p.x / f.extent) * 360 - 180;
    const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * p.y) / f.extent))) * 180) / Math.PI;
    symbols.push({ id: String(f.properties.id), at: [lon, lat] });
  }
});

describe('the committed basemap as China’s maps draw China', () => {
  it('has Tawang and Itanagar (藏南) in 西藏, Aksai Chin in 新疆, Kinmen, Penghu and Matsu in 台湾', async () => {
    expect(PROBES.map(([unit, , what]) => `${unit} ${what}`)).toEqual(expect.arrayContaining(['CN-XZ Tawang 达旺 (藏南)', 'CN-XJ Aksai Chin 阿克赛钦', 'CN-TW Nangan 南竿 (马祖)']));
    expect(await checkProbes(archive)).toEqual([]);
  });

  it('fails a probe put in the wrong unit', async () => {
    expect(await checkProbes(archive, [['CN-YN', [91.866, 27.586], 'Tawang']])).toEqual(['Tawang [91.866, 27.586] is not inside CN-YN at zoom 6']);
  });

  it('keeps the islets of 南沙, 西沙, 钓鱼岛 and 赤尾屿 in their units', async () => {
    expect(await checkIslandParts(archive)).toEqual([]);
    expect(await checkIslandParts(archive, [['CN-GD', [114.0, 9.6, 115.9, 11.2], 'Nansha in Guangdong']])).toEqual(['Nansha in Guangdong: no part of CN-GD at zoom 6']);
  });

  it('has a symbol for every island group of the table at every zoom up to the national view', async () => {
    expect(symbols.map((s) => s.id).sort()).toEqual(groups.map((g) => g.id).sort());
    expect(groups.map((g) => g.id)).toEqual(['dongsha', 'xisha', 'zhongsha', 'nansha', 'diaoyu', 'chiwei']);
    expect(await checkIslandSymbols(archive, symbols)).toEqual([]);
    const missing = await checkIslandSymbols(archive, [{ id: 'not-a-group', at: [116.7, 20.7] }]);
    expect(missing).toHaveLength(NATIONAL_MAX_ZOOM + 1);
  });

  it('has all nine segments of the dashed line at every zoom up to the national view', async () => {
    const ids = claimLines.features.map((f) => f.properties.ne_id);
    expect(ids).toHaveLength(9);
    expect(new Set(claimLines.features.map((f) => f.properties.NOTE))).toEqual(new Set(['Chinese claim (Taiwan)', 'Chinese claim (Scarborough Reef)', 'Chinese claim (Spratly Is.)', 'Chinese claim (Paracel Is.)']));
    expect(await checkClaimLines(archive, ids, claimLines.bbox)).toEqual([]);
    expect((await checkClaimLines(archive, [...ids, 1], claimLines.bbox))[0]).toMatch(/^dashed line at zoom 0: segments 1 missing \(9 of 10 drawn\)$/);
  });
});

describe('pinned inputs', () => {
  const committed = inputs.filter((e) => !e.package);

  it('pins the Natural Earth file by SHA-256 and source commit', () => {
    expect(committed.map((e) => e.file)).toContain('data/basemap/ne_10m_admin_0_boundary_lines_maritime_indicator_chn.geojson');
    expect(inputs.every((e) => /^[0-9a-f]{64}$/.test(e.sha256))).toBe(true);
    expect(checkPins(committed, (e) => join(ROOT, e.file))).toEqual([]);
  });

  it('names a changed or missing file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'medpark-pins-'));
    const entry = committed[0];
    const bytes = Buffer.from(read(entry.file));
    bytes[bytes.length - 2] ^= 1;
    writeFileSync(join(dir, 'changed'), bytes);
    const [problem] = checkPins([entry], () => join(dir, 'changed'));
    expect(problem).toMatch(new RegExp(`^${entry.file}: SHA-256 [0-9a-f]{64}, pinned ${entry.sha256}$`));
    expect(checkPins([entry], () => join(dir, 'absent'))).toEqual([`${entry.file}: missing`]);
  });
});
