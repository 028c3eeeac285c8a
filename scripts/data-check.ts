// npm run data:check [--sources table.json] [files...]: validates geojson/ (or the given files) and
// data/sources.json (or the given table), and, without files, the reference tables of data/reference/;
// prints one line per problem.
import { formatProblem } from '../src/lib/data/schema.ts';
import { loadData } from './data-files.ts';
import { withReference } from './reference/load.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--sources');
const sourcesFile = at >= 0 ? args.splice(at, 2)[1] : undefined;
const loaded = loadData(args.length ? args : undefined, { sourcesFile });
const { files, problems } = args.length ? loaded : withReference(loaded);
for (const problem of problems) console.error(formatProblem(problem));
const count = files.reduce((n, f) => n + f.features.length, 0);
if (problems.length) {
  console.error(`data:check: ${problems.length} problem(s) in ${files.length} file(s)`);
  process.exit(1);
}
console.log(`data:check: ${files.length} file(s), ${count} feature(s), no problems`);
