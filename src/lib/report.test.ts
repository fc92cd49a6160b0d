import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport, describeUses, formatReport, groupLinks, isReviewDue, questionPlace, reviewDueOn, type ReportChapter, type ReportInput } from './report.ts';
import type { TranslationUnit } from './translations.ts';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

test('a chapter is due for review from the day its months have passed since lastReviewed', () => {
  assert.equal(reviewDueOn(d('2026-12-01'), 12).toISOString().slice(0, 10), '2027-12-01');
  assert.equal(reviewDueOn(d('2026-01-31'), 1).toISOString().slice(0, 10), '2026-02-28');
  assert.equal(reviewDueOn(d('2027-08-31'), 6).toISOString().slice(0, 10), '2028-02-29');
  assert.equal(isReviewDue(d('2025-12-01'), new Date('2026-11-30T23:00:00Z'), 12), false);
  assert.equal(isReviewDue(d('2025-12-01'), new Date('2026-12-01T08:00:00Z'), 12), true);
  assert.equal(isReviewDue(d('2026-06-01'), new Date('2026-12-02T08:00:00Z'), 6), true);
});

test('an open question is placed by its file; what follows the file is kept', () => {
  assert.deepEqual(questionPlace({ where: 'content/sv/steg-2.mdx#steg-2-barn (och #steg-2-lagrum)' }), ['content/sv/steg-2.mdx', '#steg-2-barn (och #steg-2-lagrum)']);
  assert.deepEqual(questionPlace({ where: 'content/data/changes.yaml (posten x är borttagen)' }), ['content/data/changes.yaml', '(posten x är borttagen)']);
  assert.deepEqual(questionPlace({ where: 'content/data/actors.yaml' }), ['content/data/actors.yaml', '']);
});

test('addresses are listed once each with every place that uses them; mail and phone links are not addresses to check', () => {
  const g = groupLinks([
    { url: 'https://a.se/', where: 'content/sv/steg-2.mdx' },
    { url: 'mailto:x@y.se', where: 'content/sv/steg-2.mdx' },
    { url: 'https://a.se/', where: 'content/en/steg-2.mdx' },
    { url: 'https://a.se/', where: 'content/sv/steg-2.mdx' },
    { url: 'https://b.se/', where: 'content/data/laws.yaml: utl' },
  ]);
  assert.deepEqual([...g], [['https://a.se/', ['content/sv/steg-2.mdx', 'content/en/steg-2.mdx']], ['https://b.se/', ['content/data/laws.yaml: utl']]]);
  assert.equal(
    describeUses(['content/sv/steg-1.mdx', 'content/sv/steg-2.mdx', 'content/en/steg-1.mdx', 'content/en/steg-2.mdx', 'content/sv/lagar.mdx', 'content/data/laws.yaml: utl']),
    'chapters steg-1, steg-2 (sv, en); lagar (sv); content/data/laws.yaml: utl',
  );
});

const chapter = (id: string, lang: 'sv' | 'en', lastReviewed: string, order = 4): ReportChapter => ({
  id,
  lang,
  file: `content/${lang}/${id}.mdx`,
  title: lang === 'sv' ? `Kapitel ${id}` : `Chapter ${id}`,
  order,
  lastReviewed: d(lastReviewed),
  sections: [
    { id: `${id}-a`, title: 'A', number: '2.1' },
    { id: `${id}-b`, title: 'B', number: '2.2' },
  ],
});
const unit = (id: string, chapterId: string): TranslationUnit => ({ id, kind: 'section', chapter: chapterId, title: `Titel ${id}`, file: `content/sv/${chapterId}.mdx`, line: 12, hash: '0123456789ab' });

const input = (over: Partial<ReportInput> = {}): ReportInput => ({
  root: 'content',
  now: new Date('2026-12-02T10:00:00Z'),
  months: 12,
  chapters: [chapter('steg-2', 'en', '2026-12-01'), chapter('steg-2', 'sv', '2025-11-30'), chapter('om', 'sv', '2026-12-01', 1), chapter('om', 'en', '2026-12-01', 1)],
  outdated: [unit('steg-2-b', 'steg-2')],
  questions: [
    { id: 'q1', where: 'content/sv/steg-2.mdx#steg-2-b', question: 'Vilken paragraf?', raised: d('2026-12-01') },
    { id: 'q2', where: 'content/data/contacts.yaml', question: 'Vilka tider?', raised: d('2026-12-01') },
  ],
  links: [
    { url: 'https://a.se/', where: 'content/sv/steg-2.mdx' },
    { url: 'https://a.se/', where: 'content/en/steg-2.mdx' },
    { url: 'https://b.se/', where: 'content/data/laws.yaml: utl' },
  ],
  ...over,
});

test('the report goes chapter by chapter in reading order, Swedish before English', () => {
  const r = buildReport(input());
  assert.deepEqual(r.chapters.map((c) => [c.id, c.entries.map((e) => e.chapter.lang)]), [['om', ['sv', 'en']], ['steg-2', ['sv', 'en']]]);
  const [sv, en] = r.chapters[1]!.entries;
  assert.deepEqual([sv!.due, en!.due], [true, false]);
  assert.deepEqual([sv!.outdated, en!.outdated.map((u) => u.id)], [[], ['steg-2-b']]);
  assert.deepEqual([sv!.questions.map((q) => q.id), en!.questions], [['q1'], []]);
  assert.deepEqual([sv!.links, en!.links], [1, 1]);
  assert.deepEqual([...r.otherQuestions.keys()], ['content/data/contacts.yaml']);
  assert.deepEqual(r.totals, { due: 1, outdated: 1, questions: 2, links: 2, failing: 0 });
});

test('the months before review are a choice: 24 months makes nothing due', () => {
  assert.equal(buildReport(input({ months: 24 })).totals.due, 0);
});

test('the printed report names what is due, what to translate and the command that records it, the questions and the addresses', () => {
  const i = input();
  const text = formatReport(buildReport(i), i);
  assert.match(text, /^Editors' report for content\/, 2026-12-02\n/);
  assert.match(text, /1 chapter version\(s\) due for review/);
  assert.match(text, /  sv  content\/sv\/steg-2\.mdx\n      DUE FOR REVIEW: last reviewed 2025-11-30, due 2026-11-30\. .*\n        - 2\.1 A \(#steg-2-a\)\n        - 2\.2 B \(#steg-2-b\)\n/);
  assert.match(text, /  en  content\/en\/steg-2\.mdx\n      last reviewed 2026-12-01; next review due 2027-12-01\n      The Swedish text changed in 1 section\(s\); bring the English up to date, then run npm run translations -- --update steg-2-b\n        - Titel steg-2-b \(#steg-2-b\), Swedish text at content\/sv\/steg-2\.mdx:12\n/);
  assert.match(text, /Open questions \(1\):\n        - \[q1\] #steg-2-b: Vilken paragraf\?/);
  assert.match(text, /Open questions about other files\n  content\/data\/contacts\.yaml\n    - \[q2\] Vilka tider\?/);
  assert.match(text, /External addresses to check \(add --check-links .*\n  https:\/\/a\.se\/\n      used in chapters steg-2 \(sv, en\)\n  https:\/\/b\.se\/\n      used in content\/data\/laws\.yaml: utl\n$/);
});

test('checked addresses say which do not answer', () => {
  const i = input({ linkStatus: new Map([['https://a.se/', 'ok'], ['https://b.se/', 'HTTP 404']]) });
  const r = buildReport(i);
  assert.equal(r.totals.failing, 1);
  const text = formatReport(r, i);
  assert.match(text, /2 external address\(es\), 1 not answering/);
  assert.match(text, /\n  ok  https:\/\/a\.se\/\n/);
  assert.match(text, /\n  NOT ANSWERING \(HTTP 404\): https:\/\/b\.se\/\n/);
});
