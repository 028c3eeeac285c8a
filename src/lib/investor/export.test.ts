import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../../scripts/data-files.ts';
import { buildAtlas } from '../data/atlas-build.ts';
import { GEOMETRY_LABELS } from '../i18n/strings.ts';
import { escapeCell, exportFileName, placesToCsv, placesToGeoJson } from './export.ts';
import { realAtlas } from './fixture.test-helpers.ts';

const { atlas, context, byId } = realAtlas();

describe('CSV export', () => {
  const shortlist = [byId('fcg-pilot-zone'), byId('shijiazhuang'), byId('fcg-base-nhp-breeding')];

  it('starts with a BOM and parses back to one row per place, Chinese intact', () => {
    const csv = placesToCsv(shortlist, 'zh', context);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = csvParseRows(csv.slice(1));
    expect(rows).toHaveLength(3);
    expect(header.slice(0, 3)).toEqual(['id', '名称', '英文名称']);
    expect(rows[0][0]).toBe('fcg-pilot-zone');
    expect(rows[0][1]).toBe(byId('fcg-pilot-zone').name.zh);
    expect(rows[0][1]).toMatch(/[\u4e00-\u9fff]/);
  });

  it('puts figures in columns with unit and year in the header, values as the source gives them', () => {
    const [header, ...rows] = csvParseRows(placesToCsv(shortlist, 'en', context).slice(1));
    const zone = byId('fcg-pilot-zone');
    const figure = zone.figures.find((f) => f.metric === 'signed-investment-cumulative')!;
    const column = header.indexOf(`${figure.label.en} [CNY, ${figure.year}]`);
    expect(column).toBeGreaterThan(0);
    expect(Number(rows[0][column])).toBe(figure.value);
    // The figure is "more than": the qualifier has its own column, never folded into the number.
    expect(header[column + 1]).toBe(`${figure.label.en} [CNY, ${figure.year}] qualifier`);
    expect(rows[0][column + 1]).toBe('more than');
    // Shijiazhuang has no such figure: empty, not zero.
    expect(rows[1][column]).toBe('');
  });

  it('gives each distance with its uncertainty, nearest point, reference set and the kind of point measured from', () => {
    const zone = byId('dz-g121002');
    const [header, ...rows] = csvParseRows(placesToCsv([zone, byId('fcg-pilot-zone')], 'en', context).slice(1));
    const col = (name: string) => {
      expect(header).toContain(name);
      return header.indexOf(name);
    };
    const d = context.proximity.get(zone.id, 'seaport')!;
    expect(Number(rows[0][col('Seaport: distance [km, straight-line]')])).toBe(d.km);
    expect(Number(rows[0][col('Seaport: uncertainty [± km]')])).toBe(d.uKm);
    expect(rows[0][col('Seaport: nearest reference point')]).toBe(`Tianjin (port) (${d.ref})`);
    expect(rows[0][col('Seaport: reference set')]).toContain('Natural Earth');
    expect(rows[0][col('measured from (point kind)')]).toBe(`${GEOMETRY_LABELS[zone.geometry.kind].en} ±${zone.geometry.uncertaintyKm} km`);
    // No station data in Tianjin: the cell says so, never a number.
    expect(rows[0][col('Railway station: distance [km, straight-line]')]).toBe('no data');
    // A point that states no uncertainty: said in words.
    expect(rows[1][col('Seaport: uncertainty [± km]')]).toBe('point uncertainty not stated');
    const proxy = atlas.places.find((p) => p.geometry.kind === 'proxy-point')!;
    const [, proxyRow] = csvParseRows(placesToCsv([proxy], 'en', context).slice(1));
    expect(proxyRow[col('measured from (point kind)')]).toContain('distance from the parent’s anchor');
  });

  it('lists every source of the place and its figures', () => {
    const [header, ...rows] = csvParseRows(placesToCsv([byId('fcg-pilot-zone')], 'en', context).slice(1));
    const sources = rows[0][header.indexOf('sources')];
    for (const f of byId('fcg-pilot-zone').figures) if ('seed' in f.source) expect(sources).toContain(f.source.quote);
  });

  it('escapes cells a spreadsheet would run as formulas (CSV injection)', () => {
    expect(['=1+1', '+cmd', '-2', '@SUM(A1)', '\tx', 'ok', '中文'].map(escapeCell)).toEqual(["'=1+1", "'+cmd", "'-2", "'@SUM(A1)", "'\tx", 'ok', '中文']);
    const evil = { ...byId('xiamen'), name: { ...byId('xiamen').name, en: '=HYPERLINK("http://x","y")' } };
    const [, row] = csvParseRows(placesToCsv([evil], 'en', context).slice(1));
    expect(row[1]).toBe('\'=HYPERLINK("http://x","y")');
  });

  it('refuses an empty selection instead of writing an empty file', () => {
    expect(() => placesToCsv([], 'en', context)).toThrow('nothing to export');
    expect(() => placesToGeoJson([], context)).toThrow('nothing to export');
  });

  it('names files by what they hold and the date', () => {
    expect(exportFileName('shortlist', 'csv', new Date(2026, 11, 1))).toBe('medpark-shortlist-2026-12-01.csv');
    expect(exportFileName({ place: 'xiamen' }, 'geojson', new Date(2026, 0, 9))).toBe('medpark-xiamen-2026-01-09.geojson');
  });
});

describe('GeoJSON export', () => {
  it('validates with the shared validator and rebuilds to the same places', () => {
    // The geojson/ places and the national reference points (catalogue zones have their own pipeline).
    const places = atlas.places.filter((p) => p.file.startsWith('geojson/') || p.file.startsWith('data/reference/'));
    const collection = placesToGeoJson(places, context);
    const dir = mkdtempSync(join(tmpdir(), 'medpark-export-'));
    const path = join(dir, 'export.geojson');
    writeFileSync(path, JSON.stringify(collection));
    const { files, taxonomy, sources, problems } = loadData([path]);
    expect(problems).toEqual([]);
    const rebuilt = buildAtlas(files, taxonomy, sources);
    expect(rebuilt.places.map((p) => p.id)).toEqual(places.map((p) => p.id));
    expect(rebuilt.places.map((p) => p.area?.computedKm2)).toEqual(places.map((p) => p.area?.computedKm2));
  });

  it('keeps geometry kind, method, sources and distances', () => {
    const [feature] = placesToGeoJson([byId('fcg-pilot-zone')], context).features;
    expect(feature.geometry.type).toBe('Polygon');
    expect(feature.properties.geometry).toEqual(byId('fcg-pilot-zone').geometry);
    expect(feature.properties.sources).toEqual(byId('fcg-pilot-zone').sources);
    const d = context.proximity.get('fcg-pilot-zone', 'seaport')!;
    expect(feature.properties.proximity.seaport).toEqual({ km: d.km, uncertaintyKm: d.uKm, measuredFrom: 'schematic-equal-area', reference: d.ref, referenceSet: 'atlas-documented' });
    expect(feature.properties.proximity.border).toBeUndefined();
    expect(feature.properties.regionGroup).toBe('guangxi');
  });
});
