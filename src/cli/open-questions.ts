/**
 * npm run editors:questions — the editors' list of open questions about the manual's facts
 * (content/open-questions.yaml), grouped by chapter. Never shown to readers.
 */
import { readOpenQuestions } from '../lib/load-content.ts';
import { formatProblem } from '../lib/check.ts';
import { groupQuestions } from '../lib/questions.ts';

const root = process.argv[2] ?? 'content';
const { questions, problems } = readOpenQuestions(root);
for (const p of problems) console.error(`- ${formatProblem(p)}`);
if (problems.length) process.exit(1);
if (!questions.length) {
  console.log('No open questions.');
  process.exit(0);
}
console.log(`${questions.length} open question(s) in ${root}/open-questions.yaml\n`);
for (const [where, list] of groupQuestions(questions)) {
  console.log(where);
  for (const q of list) {
    console.log(`  - [${q.id}] ${q.question}`);
    console.log(`    raised ${q.raised.toISOString().slice(0, 10)}${q.tried ? `; read so far: ${q.tried}` : ''}`);
  }
  console.log('');
}
