import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkChapters, checkDataRefs, formatProblem, type ChapterSource, type DataIds } from './check.ts';

const ids: DataIds = {
  actors: new Set(['polisen', 'migrationsverket']),
  laws: new Set(['utl']),
  contacts: new Set(['stodtelefon']),
  changes: new Set(['2022-08-01-betanketid-socialnamnden']),
};

const section = (id: string, inner = 'Text.') => `<Section id="${id}" title="T">\n\n${inner}\n\n</Section>\n`;
const resp = (actor: string) => `<Responsibility actor="${actor}">\n\nDuty.\n\n</Responsibility>`;
const src = (lang: 'sv' | 'en', id: string, body: string, extra: Partial<ChapterSource> = {}): ChapterSource => ({
  file: `content/${lang}/${id}.mdx`,
  lang,
  id,
  order: 4,
  kind: 'step',
  step: 2,
  body,
  bodyLine: 9,
  ...extra,
});
const pair = (sv: string, en: string = sv) => [src('sv', 'steg-2', sv), src('en', 'steg-2', en)];
const messages = (chapters: ChapterSource[]) => checkChapters(chapters, ids).map(formatProblem);

test('a well-formed pair passes', () => {
  const body = section('steg-2-a', `${resp('polisen')}\n\n<Law id="utl" p="5 kap. 15 §" /> <Contact id="stodtelefon" /> <Ref to="steg-2-a" />\n\n<ChangeNote id="2022-08-01-betanketid-socialnamnden" />`);
  assert.deepEqual(messages(pair(body)), []);
});

test('an unknown actor id fails, naming the file, the line and the id', () => {
  const [m] = messages(pair(section('steg-2-a', resp('polis'))));
  assert.match(m!, /^content\/sv\/steg-2\.mdx:12: unknown actor id "polis" in <Responsibility> \(did you mean "polisen"\?\)\. Fix: use an id from content\/data\/actors\.yaml/);
});

test('unknown law, contact and change ids fail', () => {
  const all = messages(pair(section('steg-2-a', '<Law id="utlanningslagen" /> <Contact id="112" /> <ChangeNote id="2022-betanketid" />'))).join('\n');
  assert.match(all, /unknown law id "utlanningslagen"/);
  assert.match(all, /unknown contact id "112"/);
  assert.match(all, /unknown changenote id "2022-betanketid"/);
});

test('an unreadable provision fails with the Swedish forms as the fix', () => {
  assert.match(messages(pair(section('steg-2-a', '<Law id="utl" p="ch. 5 s. 15" />')))[0]!, /provision p="ch\. 5 s\. 15" cannot be read.*5 kap\. 15 §/);
});

test('a section missing in English is reported where it is missing', () => {
  const m = messages(pair(section('steg-2-a') + section('steg-2-b'), section('steg-2-a')));
  assert.deepEqual(m, ['content/en/steg-2.mdx: section "steg-2-b" (content/sv/steg-2.mdx:15) is missing in English. Fix: add <Section id="steg-2-b" …> in the same place.']);
});

test('a responsibility block in one language only is reported', () => {
  const m = messages(pair(section('steg-2-a', resp('polisen')), section('steg-2-a')));
  assert.match(m[0]!, /content\/en\/steg-2\.mdx: <Responsibility actor="polisen"> in section "steg-2-a" .* is missing in English/);
});

test('checklists must have the same number of items', () => {
  const list = (n: number) => `<Checklist>\n\n${Array.from({ length: n }, (_, i) => `${i + 1}. Gör ${i}`).join('\n')}\n\n</Checklist>`;
  const m = messages(pair(section('steg-2-gor', list(3)), section('steg-2-gor', list(2))));
  assert.match(m[0]!, /checklist in section "steg-2-gor" has 2 items here and 3 in content\/sv\/steg-2\.mdx/);
});

test('dated notes must be in both languages', () => {
  const note = '<ChangeNote id="2022-08-01-betanketid-socialnamnden" />';
  assert.match(messages(pair(section('steg-2-a', note), section('steg-2-a')))[0]!, /<ChangeNote id="2022-08-01-betanketid-socialnamnden"> in section "steg-2-a" is missing in English/);
});

test('sections in another order are reported', () => {
  const m = messages(pair(section('steg-2-a') + section('steg-2-b'), section('steg-2-b') + section('steg-2-a')));
  assert.match(m[0]!, /different order or nesting/);
});

test('a chapter in one language only is reported with the file to write', () => {
  const m = messages([src('sv', 'steg-2', section('steg-2-a'))]);
  assert.match(m[0]!, /chapter "steg-2" exists only in Swedish\. Fix: write content\/en\/steg-2\.mdx/);
});

test('front matter that differs between languages is reported', () => {
  const m = messages([src('sv', 'steg-2', section('steg-2-a')), src('en', 'steg-2', section('steg-2-a'), { order: 5 })]);
  assert.match(m[0]!, /front matter order is 5 here but 4 in content\/sv\/steg-2\.mdx/);
});

test('duplicate ids, foreign prefixes and dead section links are reported', () => {
  const sv = [src('sv', 'steg-2', section('steg-2-a') + '<Ref to="steg-9-x" />'), src('sv', 'steg-3', section('steg-2-a') + section('foo-b'), { step: 3, order: 5 })];
  const all = messages(sv).join('\n');
  assert.match(all, /section id "steg-2-a" is also used in content\/sv\/steg-2\.mdx:10/);
  assert.match(all, /section id "foo-b" does not start with the chapter id/);
  assert.match(all, /<Ref to="steg-9-x"> points at no section/);
});

test('two blocks for one actor in one section are reported', () => {
  assert.match(messages(pair(section('steg-2-a', `${resp('polisen')}\n\n${resp('polisen')}`)))[0]!, /a second <Responsibility actor="polisen">/);
});

test('data files that point at unknown ids are reported', () => {
  const m = checkDataRefs([{ file: 'content/data/actors.yaml', refs: [{ where: 'entry "polisen" → contacts', id: 'polis-112', kind: 'contacts' }] }], ids).map(formatProblem);
  assert.deepEqual(m, ['content/data/actors.yaml: entry "polisen" → contacts: unknown id "polis-112". Fix: use an id from content/data/contacts.yaml.']);
});
