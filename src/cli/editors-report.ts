/**
 * npm run editors:report — what needs an editor's attention, per chapter and language: chapters due for
 * review (by their lastReviewed date), English sections whose Swedish text has changed, open questions, and
 * the external addresses to check.
 *
 *   npm run editors:report
 *   npm run editors:report -- --months=6            due 6 months after lastReviewed instead of 12
 *   npm run editors:report -- --check-links         also ask every external address over the network
 *   npm run editors:report -- --today=2027-06-01    as it will look on that day
 *   npm run editors:report -- --content=<folder>    another content folder (default content)
 */
import { checkContent, readEditorsContent } from '../lib/load-content.ts';
import { formatProblem } from '../lib/check.ts';
import { buildReport, formatReport, DEFAULT_REVIEW_MONTHS, type ReportInput } from '../lib/report.ts';
import { checkUrls } from '../lib/links.ts';

const option = (name: string) => process.argv.slice(2).find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const root = option('content') ?? 'content';
const months = Number(option('months') ?? DEFAULT_REVIEW_MONTHS);
const today = option('today');
const now = today ? new Date(`${today}T12:00:00Z`) : new Date();
if (!Number.isInteger(months) || months < 1) {
  console.error(`--months=${option('months')}: write a whole number of months, e.g. --months=12`);
  process.exit(1);
}
if (Number.isNaN(now.getTime())) {
  console.error(`--today=${today}: write the day as YYYY-MM-DD`);
  process.exit(1);
}

const problems = checkContent(root);
if (problems.length) {
  console.error(`The content has ${problems.length} problem(s); fix them first (npm run check:content):\n`);
  for (const p of problems) console.error(`- ${formatProblem(p)}`);
  process.exit(1);
}

const content = readEditorsContent(root);
const input: ReportInput = { root, now, months, chapters: content.chapters, outdated: content.translations.status.outdated, questions: content.questions, links: content.links };
if (process.argv.includes('--check-links')) {
  const urls = [...new Set(content.links.map((l) => l.url).filter((u) => /^https?:\/\//i.test(u)))];
  console.error(`Asking ${urls.length} addresses; this takes a while …`);
  input.linkStatus = await checkUrls(urls);
}
process.stdout.write(formatReport(buildReport(input), input));
for (const w of content.translations.warnings) console.log(`\nwarning: ${formatProblem(w)}`);
