// npm run data:check [--sources table.json] [files...]: validates geojson/ (or the given files) and
// data/sources.json (or the given table), and, without files, the reference tables of data/reference/;
// prints one line per problem.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../src/lib/data/schema.ts';
import { loadData } from './data-files.ts';
import { withReference } from './reference/load.ts';

/** What the command prints: one line per problem (stderr), then a summary line (stderr on failure). */
export interface DataCheckResult {
  ok: boolean;
  problems: string[];
  summary: string;
}

/** The check itself, on the command's arguments (the tests call it in-process). */
export function dataCheck(argv: readonly string[]): DataCheckResult {
  const args = [...argv];
  const at = args.indexOf('--sources');
  const sourcesFile = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const loaded = loadData(args.length ? args : undefined, { sourcesFile });
  const { files, problems } = args.length ? loaded : withReference(loaded);
  const count = files.reduce((n, f) => n + f.features.length, 0);
  return {
    ok: problems.length === 0,
    problems: problems.map(formatProblem),
    summary: problems.length
      ? `data:check: ${problems.length} problem(s) in ${files.length} file(s)`
      : `data:check: ${files.length} file(s), ${count} feature(s), no problems`,
  };
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = dataCheck(process.argv.slice(2));
  for (const line of result.problems) console.error(line);
  if (!result.ok) {
    console.error(result.summary);
    process.exit(1);
  }
  console.log(result.summary);
}
