/** npm run check:content — runs the content contract over content/ and lists every problem. */
import { checkContent } from '../lib/load-content.ts';
import { formatProblem } from '../lib/check.ts';

const root = process.argv[2] ?? 'content';
const problems = checkContent(root);
if (problems.length) {
  console.error(`The content has ${problems.length} problem(s):\n`);
  for (const p of problems) console.error(`- ${formatProblem(p)}`);
  process.exit(1);
}
console.log('content: all checks passed');
