/** npm run check:content — runs the content contract over content/ and lists every problem. */
import { checkContent, contentWarnings } from '../lib/load-content.ts';
import { formatProblem } from '../lib/check.ts';

const root = process.argv[2] ?? 'content';
// SITE_URL set: the content is checked as for a published site (the publisher must be named in site.yaml).
const problems = checkContent(root, { siteUrl: process.env.SITE_URL || undefined });
if (problems.length) {
  console.error(`The content has ${problems.length} problem(s):\n`);
  for (const p of problems) console.error(`- ${formatProblem(p)}`);
  process.exit(1);
}
const warnings = contentWarnings(root);
for (const w of warnings) console.warn(`warning: ${formatProblem(w)}`);
console.log(`content: all checks passed${warnings.length ? ` (${warnings.length} warning(s))` : ''}`);
