/**
 * Reads the data files from disk and runs the shared validator over them. Every script of the
 * pipeline (check, areas, build) goes through `loadData`, so they agree on what is valid.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  checkFileSize,
  normaliseText,
  parseDataFile,
  validateAcrossFiles,
  validateFile,
  validateSources,
  type LoadedFile,
  type Problem,
  type ValidationContext,
} from '../src/lib/data/schema.ts';
import type { Industry, PublicSource } from '../src/lib/data/types.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const GEOJSON_DIR = join(ROOT, 'geojson');
const DATA_DIR = join(ROOT, 'data');

export interface LoadedData {
  files: LoadedFile[];
  taxonomy: Industry[];
  sources: PublicSource[];
  problems: Problem[];
  /** What the files were checked against (the catalogue step validates its places with it too). */
  ctx: ValidationContext;
}

/** Every `.geojson` file in geojson/, sorted so output is stable. */
export function defaultGeojsonFiles(): string[] {
  return readdirSync(GEOJSON_DIR)
    .filter((f) => f.endsWith('.geojson'))
    .sort()
    .map((f) => join(GEOJSON_DIR, f));
}

/**
 * Reads and validates the given files (default: all of geojson/) against data/ (taxonomy, sources, seeds).
 * Never throws for bad data: problems are returned.
 */
export function loadData(
  paths: string[] = defaultGeojsonFiles(),
  options: { maxBytes?: number; /** sources table to check instead of data/sources.json (fixtures) */ sourcesFile?: string } = {},
): LoadedData {
  const problems: Problem[] = [];
  const taxonomy = readTable<Industry>('data/taxonomy.json', problems, (row) =>
    typeof row.code === 'string' && typeof row.label?.zh === 'string' && typeof row.label?.en === 'string'
      ? null
      : 'each industry needs code and label {zh, en}',
  );
  const sourcesRel = options.sourcesFile ? displayPath(options.sourcesFile) : 'data/sources.json';
  const sources = readTable<PublicSource>(options.sourcesFile ?? 'data/sources.json', problems, () => null, sourcesRel);
  problems.push(...validateSources(sourcesRel, sources));
  const ctx: ValidationContext = {
    industryCodes: new Set(taxonomy.map((i) => i.code)),
    publicSourceIds: new Set(sources.map((s) => s.id)),
    seedTexts: readSeeds(),
  };
  const files: LoadedFile[] = [];
  for (const path of paths) {
    const file = displayPath(path);
    const read = readText(path, file, options.maxBytes);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const parsed = parseDataFile(file, read.text, read.bytes, options.maxBytes);
    if (!parsed.ok) {
      problems.push(parsed.problem);
      continue;
    }
    const result = validateFile(file, parsed.value, ctx);
    problems.push(...result.problems);
    files.push({ file, features: result.features });
  }
  problems.push(...validateAcrossFiles(files));
  return { files, taxonomy, sources, problems, ctx };
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel.startsWith('..') ? resolve(path) : rel;
}

function readText(path: string, file: string, maxBytes?: number): { text: string; bytes: number } | { problem: Problem } {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { problem: { file, reason: 'not a regular file' } };
    // Size first: a 50 MB file is refused without reading it.
    const sizeProblem = checkFileSize(file, stat.size, maxBytes);
    if (sizeProblem) return { problem: sizeProblem };
    return { text: readFileSync(path, 'utf8'), bytes: stat.size };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { problem: { file, reason: code === 'ENOENT' ? 'file not found' : `cannot read file (${code ?? String(error)})` } };
  }
}

function readTable<T>(rel: string, problems: Problem[], check: (row: Partial<T>) => string | null, label = rel): T[] {
  const read = readText(resolve(ROOT, rel), label);
  if ('problem' in read) {
    problems.push(read.problem);
    return [];
  }
  const parsed = parseDataFile(label, read.text, read.bytes);
  if (!parsed.ok) {
    problems.push(parsed.problem);
    return [];
  }
  if (!Array.isArray(parsed.value)) {
    problems.push({ file: label, reason: 'must be a JSON array' });
    return [];
  }
  parsed.value.forEach((row, i) => {
    const reason = check(row ?? {});
    if (reason) problems.push({ file: label, feature: `#${i}`, reason });
  });
  return parsed.value as T[];
}

function readSeeds(): Map<string, string> {
  const dir = join(DATA_DIR, 'seeds');
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => [f, normaliseText(readFileSync(join(dir, f), 'utf8'))]),
  );
}
