/**
 * National reference layers (airports, seaports) as reviewed tables under data/reference/: one row per
 * facility, tab-separated, with its source. Each row is checked here (a bad row names file, row and
 * reason) and becomes a reference-point place, which then passes the one place validator.
 */
import type { Problem } from './schema.ts';
import type { PlaceFeature, ReferenceKind } from './types.ts';

/** A table row by column name, with its 1-based line number in the file (the header is line 1). */
export interface TableRow {
  line: number;
  cells: Record<string, string>;
}

/** Splits a TSV text into rows keyed by the header; a row with the wrong number of cells is a problem. */
export function parseTsv(file: string, text: string): { rows: TableRow[]; problems: Problem[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0]?.split('\t') ?? [];
  const rows: TableRow[] = [];
  const problems: Problem[] = [];
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === '') return;
    const cells = raw.split('\t');
    if (cells.length !== header.length) {
      problems.push({ file, feature: `row ${line}`, reason: `has ${cells.length} cells, the header has ${header.length}` });
      return;
    }
    rows.push({ line, cells: Object.fromEntries(header.map((h, j) => [h, cells[j].trim()])) });
  });
  return { rows, problems };
}

const ID = /^ref-[a-z0-9-]+$/;
const CJK_NAME = /^[\u4e00-\u9fff（）()·]+$/;

export interface TableSpec {
  kind: ReferenceKind;
  /** Columns every row must have. */
  required: readonly string[];
  /** Known source ids (data/sources.json). */
  sourceIds: ReadonlySet<string>;
}

/** The columns of each table (what a reviewer fills in). */
export const AIRPORT_COLUMNS = ['id', 'iata', 'icao', 'nameEn', 'nameZh', 'nameZhSource', 'lon', 'lat', 'uncertaintyKm', 'province', 'source', 'sourceRecord'] as const;
export const SEAPORT_COLUMNS = ['id', 'nameEn', 'nameZh', 'nameZhSource', 'lon', 'lat', 'uncertaintyKm', 'setting', 'seaport', 'source', 'sourceRecord', 'note'] as const;

/** Mainland China with its islands, generously: a coordinate outside is a typo (swapped, sign, decimal). */
const BOUNDS = { lon: [73, 136], lat: [17, 54] } as const;

export interface TableResult {
  features: PlaceFeature[];
  problems: Problem[];
  /** Rows kept in the table but not drawn or measured against (e.g. a river port far inland), with why. */
  skipped: { id: string; reason: string }[];
}

/**
 * Checks each row and turns the good ones into reference-point features.
 * @param file the table's path, as problems name it
 */
export function tableToFeatures(file: string, rows: readonly TableRow[], spec: TableSpec): TableResult {
  const features: PlaceFeature[] = [];
  const problems: Problem[] = [];
  const skipped: TableResult['skipped'] = [];
  const seen = new Set<string>();
  for (const { line, cells } of rows) {
    const where = `row ${line}${cells.id ? ` (${cells.id})` : ''}`;
    const fail = (reason: string) => problems.push({ file, feature: where, reason });
    const missing = spec.required.filter((c) => !(c in cells));
    if (missing.length) {
      fail(`missing column(s) ${missing.join(', ')}`);
      continue;
    }
    const lon = Number(cells.lon);
    const lat = Number(cells.lat);
    const u = Number(cells.uncertaintyKm);
    const errors: string[] = [];
    if (!ID.test(cells.id)) errors.push(`id "${cells.id}" is not a ref-… slug`);
    else if (seen.has(cells.id)) errors.push(`id ${cells.id} repeats an earlier row`);
    if (cells.lon === '' || !(lon >= BOUNDS.lon[0] && lon <= BOUNDS.lon[1])) errors.push(`lon "${cells.lon}" is not a longitude in China (${BOUNDS.lon.join('–')})`);
    if (cells.lat === '' || !(lat >= BOUNDS.lat[0] && lat <= BOUNDS.lat[1])) errors.push(`lat "${cells.lat}" is not a latitude in China (${BOUNDS.lat.join('–')})`);
    if (!(u > 0 && u <= 50)) errors.push(`uncertaintyKm "${cells.uncertaintyKm}" must be a number of km in (0, 50]`);
    if (!cells.nameEn) errors.push('nameEn is empty');
    if (cells.nameZh && !CJK_NAME.test(cells.nameZh)) errors.push(`nameZh "${cells.nameZh}" is not a Chinese name`);
    if (cells.nameZh && !cells.nameZhSource) errors.push('nameZh needs nameZhSource (where the Chinese name comes from)');
    if (!spec.sourceIds.has(cells.source)) errors.push(`source "${cells.source}" is not in data/sources.json`);
    if (!cells.sourceRecord) errors.push('sourceRecord is empty (which record of the source the row is)');
    if (spec.kind === 'airport') {
      if (!/^[A-Z]{3}$/.test(cells.iata)) errors.push(`iata "${cells.iata}" is not a three-letter IATA code`);
      if (cells.icao && !/^Z[A-Z]{3}$/.test(cells.icao)) errors.push(`icao "${cells.icao}" is not a mainland ICAO code (Z…)`);
    }
    if (spec.kind === 'seaport') {
      if (!['coast', 'river'].includes(cells.setting)) errors.push(`setting "${cells.setting}" must be coast or river`);
      if (!['yes', 'no'].includes(cells.seaport)) errors.push(`seaport "${cells.seaport}" must be yes or no`);
      if (cells.seaport === 'no' && !cells.note) errors.push('a port not counted as a seaport needs a note saying why');
    }
    if (errors.length) {
      for (const e of errors) fail(e);
      continue;
    }
    seen.add(cells.id);
    if (spec.kind === 'seaport' && cells.seaport === 'no') {
      skipped.push({ id: cells.id, reason: cells.note });
      continue;
    }
    features.push(rowToFeature(cells, spec.kind, lon, lat, u));
  }
  return { features, problems, skipped };
}

function rowToFeature(cells: Record<string, string>, kind: ReferenceKind, lon: number, lat: number, uncertaintyKm: number): PlaceFeature {
  const source = { pub: cells.source, quote: cells.sourceRecord };
  const method =
    kind === 'airport'
      ? 'Airport reference point as OurAirports gives it (an airport spans a few km: ±2 km)'
      : 'Port position as Natural Earth (World Port Index) gives it (a port area spans km: the point is one position in it)';
  const methodZh = kind === 'airport' ? '机场基准点,取自 OurAirports(机场占地数公里:±2 公里)' : '港口位置,取自 Natural Earth(《世界港口索引》);港区范围达数公里,此点仅为其中一处';
  return {
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [lon, lat] },
    properties: {
      id: cells.id,
      kind: 'reference-point',
      parent: null,
      // No source here gives most Chinese names: the English name stands in, marked unverified, never made up.
      name: { zh: cells.nameZh || cells.nameEn, en: cells.nameEn, zhStatus: 'unverified' },
      industries: [],
      figures: [],
      statements: [],
      sources: [source],
      geometry: { kind: 'point-at-site', confidence: 'sourced', method, methodZh, uncertaintyKm, sources: [source] },
      reference: { kind, serves: [], ...(kind === 'airport' && { codes: { iata: cells.iata, ...(cells.icao && { icao: cells.icao }) } }) },
    },
  };
}
