import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOutline } from './outline.ts';
import { formatProblem } from './check.ts';
import {
  chapterOwnSource,
  compareTranslations,
  parseTranslations,
  serialiseTranslations,
  sourceHash,
  translationUnits,
  translationWarnings,
  updateTranslations,
  type TranslationRecord,
} from './translations.ts';

const chapterBody = (sub = 'Beslutar.', top = 'Polisen gör något.', lead = 'Lead text.') => `${lead}

<Section id="steg-2-a" title="Första">

${top}

<Section id="steg-2-a-sub" title="Under">

${sub}

</Section>

</Section>

<Section id="steg-2-b" title="Andra">

Text.

</Section>
`;

const units = (body: string, fields = { title: 'Steg 2' }) => {
  const o = parseOutline(body);
  return translationUnits([{ id: 'steg-2', file: 'content/sv/steg-2.mdx', title: fields.title, ownSource: chapterOwnSource(fields, o.intro), sections: o.sections, own: o.own }]);
};
const hashes = (body: string, fields?: { title: string }) => Object.fromEntries(units(body, fields).map((u) => [u.id, u.hash]));
const changed = (a: string, b: string, fields?: { title: string }) => {
  const [x, y] = [hashes(a), hashes(b, fields)];
  return Object.keys(x).filter((id) => x[id] !== y[id]);
};

test('the record holds the chapter and each section in reading order', () => {
  assert.deepEqual(units(chapterBody()).map((u) => [u.id, u.kind]), [['steg-2', 'chapter'], ['steg-2-a', 'section'], ['steg-2-a-sub', 'section'], ['steg-2-b', 'section']]);
});

test('spaces and line breaks alone are no change', () => {
  assert.deepEqual(changed(chapterBody(), chapterBody('Beslutar.  ', 'Polisen\n gör   något.', '\n\nLead\ntext.')), []);
  assert.equal(sourceHash('a  b\n\nc'), sourceHash(' a b c '));
});

test('a change in a subsection marks only the subsection; a change around it only the section', () => {
  assert.deepEqual(changed(chapterBody(), chapterBody('Beslutar genast.')), ['steg-2-a-sub']);
  assert.deepEqual(changed(chapterBody(), chapterBody(undefined, 'Polisen gör något annat.')), ['steg-2-a']);
  assert.deepEqual(changed(chapterBody(), chapterBody().replace('title="Andra"', 'title="Andra delen"')), ['steg-2-b']);
});

test('the lead and the title of the chapter are the chapter’s own text', () => {
  assert.deepEqual(changed(chapterBody(), chapterBody(undefined, undefined, 'Another lead.')), ['steg-2']);
  assert.deepEqual(changed(chapterBody(), chapterBody(), { title: 'Steg 2: Akut skydd' }), ['steg-2']);
});

test('compared with the record: outdated, missing and gone', () => {
  const now = units(chapterBody('Beslutar genast.'));
  const record: TranslationRecord = { ...hashes(chapterBody()), 'steg-2-old': 'aaaaaaaaaaaa' };
  delete record['steg-2-b'];
  const s = compareTranslations(now, record);
  assert.deepEqual(s.outdated.map((u) => u.id), ['steg-2-a-sub']);
  assert.deepEqual(s.missing.map((u) => u.id), ['steg-2-b']);
  assert.deepEqual(s.stale, ['steg-2-old']);
});

test('a missing entry and an entry for a section that is gone are warnings naming the file, the id and the fix', () => {
  const record: TranslationRecord = { ...hashes(chapterBody()), 'steg-2-old': 'aaaaaaaaaaaa' };
  delete record['steg-2-b'];
  const w = translationWarnings('content/translations.json', compareTranslations(units(chapterBody()), record)).map(formatProblem);
  assert.deepEqual(w, [
    'content/translations.json: section "steg-2-b" (content/sv/steg-2.mdx:15) has no entry, so a change in its Swedish text would go unnoticed. Fix: when its English text is a translation of the Swedish text as it is now, run npm run translations -- --update steg-2-b.',
    'content/translations.json: entry "steg-2-old" names no section or chapter of the Swedish manual. Fix: run npm run translations -- --update steg-2-old to remove it.',
  ]);
});

test('a record that is not JSON, or an entry that is not a hash, is an error naming the file and the entry', () => {
  const bad = parseTranslations('{ "steg-2-a": "x", }', 'content/translations.json');
  assert.match(formatProblem(bad.problems[0]!), /^content\/translations\.json: the file is not JSON: .*Fix: restore it from git/);
  const wrong = parseTranslations('{ "steg-2-a": "xyz", "steg-2-b": "0123456789ab" }', 'content/translations.json');
  assert.deepEqual(wrong.record, { 'steg-2-b': '0123456789ab' });
  assert.equal(formatProblem(wrong.problems[0]!), 'content/translations.json: entry "steg-2-a" is "xyz", not a version hash (12 characters 0-9 a-f). Fix: do not edit the file by hand: run npm run translations -- --update steg-2-a.');
  assert.match(formatProblem(parseTranslations('[]', 'f.json').problems[0]!), /not a JSON object/);
});

test('--update <id> records only the sections named; an id no longer in the manual is removed, an unknown one refused', () => {
  const now = units(chapterBody('Beslutar genast.', 'Ändrad.'));
  const record = { ...hashes(chapterBody()), 'steg-2-old': 'aaaaaaaaaaaa' };
  const r = updateTranslations(now, record, { ids: ['steg-2-a-sub', 'steg-2-old', 'steg-2-nope'] });
  assert.deepEqual(compareTranslations(now, r.record).outdated.map((u) => u.id), ['steg-2-a']);
  assert.equal('steg-2-old' in r.record, false);
  assert.deepEqual(r.unknown, ['steg-2-nope']);
  assert.deepEqual(r.done, ['steg-2-a-sub: recorded as translated', 'steg-2-old: removed (no longer in the Swedish manual)']);
});

test('--update alone adds new sections and drops gone ones but leaves outdated ones outdated; --all records everything', () => {
  const now = units(chapterBody('Beslutar genast.'));
  const record: TranslationRecord = { ...hashes(chapterBody()), 'steg-2-old': 'aaaaaaaaaaaa' };
  delete record['steg-2-b'];
  const tidy = updateTranslations(now, record, { tidy: true });
  const s = compareTranslations(now, tidy.record);
  assert.deepEqual([s.outdated.map((u) => u.id), s.missing, s.stale], [['steg-2-a-sub'], [], []]);
  const all = updateTranslations(now, record, { all: true });
  assert.deepEqual(compareTranslations(now, all.record), { outdated: [], missing: [], stale: [] });
});

test('the file lists entries in reading order, one per line', () => {
  const now = units(chapterBody());
  const record = Object.fromEntries(Object.entries(hashes(chapterBody())).reverse());
  const text = serialiseTranslations(now, record);
  assert.deepEqual(Object.keys(JSON.parse(text)), ['steg-2', 'steg-2-a', 'steg-2-a-sub', 'steg-2-b']);
  assert.ok(text.endsWith('}\n'));
});
