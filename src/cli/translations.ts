/**
 * npm run translations — which English sections no longer match their Swedish text.
 *
 *   npm run translations                          lists the outdated translations, and sections with no entry
 *   npm run translations -- --update <id> [<id>…]   after bringing the English up to date: records that these
 *                                                 sections (or chapters, by chapter id) translate the Swedish now
 *   npm run translations -- --update              adds new sections, removes sections that are gone
 *                                                 (outdated ones stay outdated)
 *   npm run translations -- --update --all        records every section as translated (only when all of the
 *                                                 English is up to date, e.g. to start the file)
 *
 * Optional last argument: the content folder (default content).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTranslationState } from '../lib/load-content.ts';
import { formatProblem } from '../lib/check.ts';
import { serialiseTranslations, updateTranslations, TRANSLATIONS_FILE } from '../lib/translations.ts';

const args = process.argv.slice(2);
const rootArg = args.find((a) => a.startsWith('--content='));
const root = rootArg ? rootArg.slice('--content='.length) : 'content';
const update = args.includes('--update');
const all = args.includes('--all');
const ids = args.filter((a) => !a.startsWith('--'));

const state = readTranslationState(root);
const unreadable = state.problems.filter((p) => !/translation record is missing/.test(p.message));
if (unreadable.length) {
  for (const p of unreadable) console.error(`- ${formatProblem(p)}`);
  process.exit(1);
}

if (update) {
  const request = ids.length ? { ids } : all ? { all: true as const } : { tidy: true as const };
  const result = updateTranslations(state.units, state.record, request);
  if (result.unknown.length) {
    console.error(`No section or chapter with the id ${result.unknown.map((id) => `"${id}"`).join(', ')} in ${root}/sv/ (nothing was written). Check the spelling: ids are listed by npm run translations.`);
    process.exit(1);
  }
  writeFileSync(join(root, TRANSLATIONS_FILE), serialiseTranslations(state.units, result.record));
  console.log(result.done.length ? `${state.file}:\n${result.done.map((d) => `  ${d}`).join('\n')}` : `${state.file}: nothing to change`);
  const left = readTranslationState(root).status.outdated;
  if (left.length) console.log(`\n${left.length} translation(s) still outdated: npm run translations lists them.`);
  process.exit(0);
}

if (state.problems.length) {
  for (const p of state.problems) console.error(`- ${formatProblem(p)}`);
  process.exit(1);
}
const { outdated, missing, stale } = state.status;
if (!outdated.length) console.log('Every English section translates the Swedish text as it is now.');
else {
  console.log(`${outdated.length} English section(s) translate an older version of the Swedish text:\n`);
  for (const u of outdated) {
    console.log(`  ${u.id}  ${u.kind === 'chapter' ? '(the chapter’s title, summary, lead and In brief)' : `"${u.title}"`}`);
    console.log(`    Swedish: ${u.file}:${u.line}   English: ${u.file.replace(/(^|\/)sv\//, '$1en/')}`);
  }
  console.log(`\nBring the English text up to date, then record it: npm run translations -- --update ${outdated.map((u) => u.id).join(' ')}`);
}
for (const w of state.warnings) console.log(`\nwarning: ${formatProblem(w)}`);
if (missing.length || stale.length) console.log(`\n${missing.length} section(s) without an entry, ${stale.length} entr(y/ies) for sections that are gone.`);
