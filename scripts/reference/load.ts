/**
 * Reads the national reference tables (data/reference/airports.tsv, seaports.tsv) and what each
 * near-transport kind is measured against (layers.json), checks every row and adds the rows as
 * reference-point places after the geojson/ ones, through the same place validator.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AIRPORT_COLUMNS, parseTsv, SEAPORT_COLUMNS, tableToFeatures, type TableResult } from '../../src/lib/data/reference-table.ts';
import { validateAcrossFiles, validateFile, type LoadedFile, type Problem } from '../../src/lib/data/schema.ts';
import type { LoadedData } from '../data-files.ts';
import { ROOT } from '../data-files.ts';
import { parseReferenceLayers, type ReferenceLayers } from '../../src/lib/investor/reference-layers.ts';

export const REFERENCE_TABLES = [
  { file: 'data/reference/airports.tsv', kind: 'airport', columns: AIRPORT_COLUMNS },
  { file: 'data/reference/seaports.tsv', kind: 'seaport', columns: SEAPORT_COLUMNS },
] as const;
export const REFERENCE_LAYERS_FILE = 'data/reference/layers.json';

export interface ReferenceReport {
  file: string;
  rows: number;
  places: number;
  /** Rows left out because a documented geojson/ point is the same facility (same IATA code). */
  documented: string[];
  skipped: TableResult['skipped'];
}

/**
 * Adds the reference tables to loaded data. Rows whose IATA code a documented reference point of
 * geojson/ already carries are left to that point (it says whom it serves).
 */
export function withReference<D extends LoadedData>(data: D, root = ROOT): D & { reference: { layers: ReferenceLayers | null; report: ReferenceReport[] } } {
  const problems: Problem[] = [...data.problems];
  const documentedIata = new Set(data.files.flatMap((f) => f.features.map((x) => x.properties.reference?.codes?.iata)).filter((c): c is string => !!c));
  const files: LoadedFile[] = [...data.files];
  const report: ReferenceReport[] = [];
  const sourceIds = new Set(data.sources.map((s) => s.id));
  for (const table of REFERENCE_TABLES) {
    let text: string;
    try {
      text = readFileSync(join(root, table.file), 'utf8');
    } catch (error) {
      problems.push({ file: table.file, reason: `cannot be read: ${(error as Error).message}` });
      continue;
    }
    const parsed = parseTsv(table.file, text);
    problems.push(...parsed.problems);
    const result = tableToFeatures(table.file, parsed.rows, { kind: table.kind, required: table.columns, sourceIds });
    problems.push(...result.problems);
    const documented = result.features.filter((f) => f.properties.reference?.codes?.iata && documentedIata.has(f.properties.reference.codes.iata));
    const kept = result.features.filter((f) => !documented.includes(f));
    const checked = validateFile(table.file, { type: 'FeatureCollection', features: kept }, data.ctx);
    problems.push(...checked.problems);
    files.push({ file: table.file, features: checked.features });
    report.push({ file: table.file, rows: parsed.rows.length, places: checked.features.length, documented: documented.map((f) => f.properties.id), skipped: result.skipped });
  }
  let layers: ReferenceLayers | null = null;
  try {
    const parsed = parseReferenceLayers(JSON.parse(readFileSync(join(root, REFERENCE_LAYERS_FILE), 'utf8')), new Set(files.flatMap((f) => f.features.map((x) => x.properties.id))), sourceIds);
    problems.push(...parsed.problems.map((reason) => ({ file: REFERENCE_LAYERS_FILE, reason })));
    layers = parsed.layers;
  } catch (error) {
    problems.push({ file: REFERENCE_LAYERS_FILE, reason: `cannot be read: ${(error as Error).message}` });
  }
  // Ids must stay unique across geojson/, the catalogue and the tables.
  const before = new Set(data.problems.map((p) => `${p.file}|${p.feature}|${p.reason}`));
  problems.push(...validateAcrossFiles(files).filter((p) => !before.has(`${p.file}|${p.feature}|${p.reason}`)));
  return { ...data, files, problems: dedupe(problems), reference: { layers, report } };
}

function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}|${p.feature}|${p.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
