// npm run data:check [files...]: validates geojson/ (or the given files); prints one line per problem.
import { formatProblem } from '../src/lib/data/schema.ts';
import { loadData } from './data-files.ts';

const paths = process.argv.slice(2);
const { files, problems } = loadData(paths.length ? paths : undefined);
for (const problem of problems) console.error(formatProblem(problem));
const count = files.reduce((n, f) => n + f.features.length, 0);
if (problems.length) {
  console.error(`data:check: ${problems.length} problem(s) in ${files.length} file(s)`);
  process.exit(1);
}
console.log(`data:check: ${files.length} file(s), ${count} feature(s), no problems`);
