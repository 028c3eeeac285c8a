// npm run data:check [--sources table.json] [files...]: validates geojson/ (or the given files) and
// data/sources.json (or the given table); prints one line per problem.
import { formatProblem } from '../src/lib/data/schema.ts';
import { loadData } from './data-files.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--sources');
const sourcesFile = at >= 0 ? args.splice(at, 2)[1] : undefined;
const { files, problems } = loadData(args.length ? args : undefined, { sourcesFile });
for (const problem of problems) console.error(formatProblem(problem));
const count = files.reduce((n, f) => n + f.features.length, 0);
if (problems.length) {
  console.error(`data:check: ${problems.length} problem(s) in ${files.length} file(s)`);
  process.exit(1);
}
console.log(`data:check: ${files.length} file(s), ${count} feature(s), no problems`);
