import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './schema.ts';
import { AIRPORT_COLUMNS, parseTsv, SEAPORT_COLUMNS, tableToFeatures } from './reference-table.ts';

const ROOT = join(import.meta.dirname, '../../..');
const sourceIds = new Set(['ourairports', 'ne-ports']);
const airportHeader = AIRPORT_COLUMNS.join('\t');
const seaportHeader = SEAPORT_COLUMNS.join('\t');
const airport = (cells: Partial<Record<(typeof AIRPORT_COLUMNS)[number], string>>) =>
  AIRPORT_COLUMNS.map((c) => cells[c] ?? { id: 'ref-airport-tsn', iata: 'TSN', icao: 'ZBTJ', nameEn: 'Tianjin Binhai International Airport', nameZh: '', nameZhSource: '', lon: '117.346', lat: '39.124', uncertaintyKm: '2', province: 'CN-12', source: 'ourairports', sourceRecord: 'ourairports:27229' }[c]).join('\t');
const seaport = (cells: Partial<Record<(typeof SEAPORT_COLUMNS)[number], string>>) =>
  SEAPORT_COLUMNS.map((c) => cells[c] ?? { id: 'ref-port-ne-tianjin', nameEn: 'Tianjin (port)', nameZh: '', nameZhSource: '', lon: '117.4565', lat: '39.0094', uncertaintyKm: '5', setting: 'coast', seaport: 'yes', source: 'ne-ports', sourceRecord: 'ne_10m_ports name=Tianjin', note: '' }[c]).join('\t');

function check(kind: 'airport' | 'seaport', text: string) {
  const file = `data/reference/${kind}s.tsv`;
  const parsed = parseTsv(file, text);
  const result = tableToFeatures(file, parsed.rows, { kind, required: kind === 'airport' ? AIRPORT_COLUMNS : SEAPORT_COLUMNS, sourceIds });
  return { ...result, problems: [...parsed.problems, ...result.problems].map(formatProblem) };
}

describe('airports table', () => {
  it('turns a good row into a reference point citing its source record', () => {
    const { features, problems } = check('airport', `${airportHeader}\n${airport({})}\n`);
    expect(problems).toEqual([]);
    expect(features[0].properties).toMatchObject({ id: 'ref-airport-tsn', kind: 'reference-point', reference: { kind: 'airport', codes: { iata: 'TSN', icao: 'ZBTJ' } } });
    expect(features[0].properties.sources).toEqual([{ pub: 'ourairports', quote: 'ourairports:27229' }]);
    expect(features[0].properties.geometry.uncertaintyKm).toBe(2);
    // No Chinese name from a source: the English stands in, marked unverified (never made up).
    expect(features[0].properties.name).toEqual({ zh: 'Tianjin Binhai International Airport', en: 'Tianjin Binhai International Airport', zhStatus: 'unverified' });
  });

  it.each([
    [{ lat: '93.1' }, 'row 2 (ref-airport-tsn): lat "93.1" is not a latitude in China'],
    [{ lon: '' }, 'row 2 (ref-airport-tsn): lon "" is not a longitude in China'],
    [{ iata: 'TS' }, 'iata "TS" is not a three-letter IATA code'],
    [{ icao: 'VHHH' }, 'icao "VHHH" is not a mainland ICAO code'],
    [{ source: 'wikipedia' }, 'source "wikipedia" is not in data/sources.json'],
    [{ nameZh: 'Tianjin' }, 'nameZh "Tianjin" is not a Chinese name'],
    [{ nameZh: '天津滨海国际机场' }, 'nameZh needs nameZhSource'],
    [{ uncertaintyKm: '0' }, 'uncertaintyKm "0" must be a number of km in (0, 50]'],
    [{ id: 'TSN' }, 'id "TSN" is not a ref-… slug'],
  ])('fails a bad row naming file, row and reason (%o)', (cells, reason) => {
    const { features, problems } = check('airport', `${airportHeader}\n${airport(cells)}\n`);
    expect(features).toEqual([]);
    expect(problems.join('\n')).toContain('data/reference/airports.tsv: ');
    expect(problems.join('\n')).toContain(reason);
  });

  it('fails a row with a missing cell and a repeated id', () => {
    const { problems } = check('airport', `${airportHeader}\n${airport({})}\n${airport({})}\nref-airport-x\tXXX\n`);
    expect(problems).toContain('data/reference/airports.tsv: feature row 4: has 2 cells, the header has 12');
    expect(problems.some((p) => p.includes('row 3 (ref-airport-tsn): id ref-airport-tsn repeats an earlier row'))).toBe(true);
  });
});

describe('seaports table', () => {
  it('keeps a river port far inland in the table but not as a seaport, and needs the reason', () => {
    const ok = check('seaport', `${seaportHeader}\n${seaport({})}\n${seaport({ id: 'ref-port-ne-hankow', seaport: 'no', setting: 'river', note: 'Wuhan on the middle Yangtze' })}\n`);
    expect(ok.problems).toEqual([]);
    expect(ok.features.map((f) => f.properties.id)).toEqual(['ref-port-ne-tianjin']);
    expect(ok.skipped).toEqual([{ id: 'ref-port-ne-hankow', reason: 'Wuhan on the middle Yangtze' }]);
    const bad = check('seaport', `${seaportHeader}\n${seaport({ seaport: 'no' })}\n${seaport({ id: 'ref-port-x', setting: 'lake' })}\n`);
    expect(bad.problems).toContain('data/reference/seaports.tsv: feature row 2 (ref-port-ne-tianjin): a port not counted as a seaport needs a note saying why');
    expect(bad.problems).toContain('data/reference/seaports.tsv: feature row 3 (ref-port-x): setting "lake" must be coast or river');
  });
});

describe('the committed tables through the pipeline', () => {
  it('pass, with the counts the report gives', async () => {
    const { loadData } = await import('../../../scripts/data-files.ts');
    const { withReference } = await import('../../../scripts/reference/load.ts');
    const { problems, reference } = withReference(loadData());
    expect(problems).toEqual([]);
    const [airports, seaports] = reference.report;
    expect(airports).toMatchObject({ file: 'data/reference/airports.tsv', rows: 200, places: 196 });
    expect(airports.documented).toEqual(['ref-airport-foc', 'ref-airport-nng', 'ref-airport-sjw', 'ref-airport-xmn']);
    expect(seaports).toMatchObject({ file: 'data/reference/seaports.tsv', rows: 28, places: 26 });
    expect(reference.layers!.map((l) => l.kind).sort()).toEqual(['airport', 'border-crossing', 'railway-station', 'seaport']);
  });

  it('fail the build on a broken row, naming file, row and reason', async () => {
    const { loadData } = await import('../../../scripts/data-files.ts');
    const { withReference } = await import('../../../scripts/reference/load.ts');
    const root = mkdtempSync(join(tmpdir(), 'medpark-ref-'));
    mkdirSync(join(root, 'data', 'reference'), { recursive: true });
    const airports = readFileSync(join(ROOT, 'data/reference/airports.tsv'), 'utf8').split('\n');
    airports[5] = airports[5].replace(/\t(\d+\.\d+)\t(\d+\.\d+)\t/, '\t$2\t$1\t'); // lon and lat swapped
    writeFileSync(join(root, 'data/reference/airports.tsv'), airports.join('\n'));
    for (const f of ['seaports.tsv', 'layers.json']) writeFileSync(join(root, 'data/reference', f), readFileSync(join(ROOT, 'data/reference', f)));
    const { problems } = withReference(loadData(), root);
    expect(problems.map(formatProblem).join('\n')).toMatch(/data\/reference\/airports\.tsv: feature row 6 \(ref-airport-[a-z]{3}\): lon "[\d.]+" is not a longitude in China/);
  });
});
