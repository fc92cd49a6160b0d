import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkChapters, checkDataRefs, checkDataText, checkPublisher, checkSourceRegister, formatProblem, type ChapterSource, type DataIds, type TextRules } from './check.ts';

const ids: DataIds = {
  actors: new Set(['polisen', 'migrationsverket']),
  laws: new Set(['utl']),
  contacts: new Set(['stodtelefon']),
  changes: new Set(['2022-08-01-betanketid-socialnamnden']),
  sources: new Set(['utl', 'nspm-betanketid']),
};
const sourceLaws = new Map([['utl', 'utl']]);
const rules: TextRules = {
  phrases: { sv: ['har inte kunnat bekräftas', 'enligt uppgift'], en: ['could not be confirmed', 'reportedly'] },
  avoid: { sv: [{ form: 'reflektionsperiod', preferred: 'betänketid' }], en: [{ form: 'immediate custody', preferred: 'emergency care order' }] },
};

const section = (id: string, inner = 'Text.', sources = 'utl') => `<Section id="${id}" title="T">\n\n${inner}\n\n<Sources ids="${sources}" />\n\n</Section>\n`;
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
const messages = (chapters: ChapterSource[]) => checkChapters(chapters, ids, rules, sourceLaws).map(formatProblem);

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
  assert.deepEqual(m, ['content/en/steg-2.mdx: section "steg-2-b" (content/sv/steg-2.mdx:17) is missing in English. Fix: add <Section id="steg-2-b" …> in the same place.']);
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

test('a step section without <Sources> is refused, naming the section and the fix', () => {
  const bare = '<Section id="steg-2-a" title="T">\n\nText.\n\n</Section>\n';
  const m = messages(pair(bare));
  assert.match(m[0]!, /^content\/sv\/steg-2\.mdx:10: section "steg-2-a" has no <Sources>\. Fix: end the section's own text .*<Sources ids=/);
});

test('a section outside the step chapters may go without sources', () => {
  const bare = '<Section id="om-a" title="T">\n\nText.\n\n</Section>\n';
  const chapters = [src('sv', 'om', bare, { kind: 'intro', step: undefined }), src('en', 'om', bare, { kind: 'intro', step: undefined })];
  assert.deepEqual(messages(chapters), []);
});

test('an unknown source id is refused with a suggestion', () => {
  assert.match(messages(pair(section('steg-2-a', 'Text.', 'utl nspm-betanketd'))).join('\n'), /unknown source id "nspm-betanketd" in <Sources> \(did you mean "nspm-betanketid"\?\)/);
});

test('<Sources> must close the section\'s own text, before its subsections', () => {
  const body = '<Section id="steg-2-a" title="T">\n\n<Sources ids="utl" />\n\nMore text.\n\n</Section>\n';
  assert.match(messages(pair(body))[0]!, /<Sources> of section "steg-2-a" is followed by more of the section's text \(line 14\)/);
  const nested = '<Section id="steg-2-a" title="T">\n\nText.\n\n<Sources ids="utl" />\n\n' + section('steg-2-a-sub') + '\n</Section>\n';
  assert.deepEqual(messages(pair(nested)), []);
});

test('an act cited with <Law> must be listed in the section\'s sources', () => {
  const m = messages(pair(section('steg-2-a', '<Law id="utl" p="5 kap. 15 §" />', 'nspm-betanketid')));
  assert.match(m[0]!, /section "steg-2-a" cites <Law id="utl"> \(line 12\) but its <Sources> does not list that act\. Fix: add "utl" to <Sources ids="…">/);
});

test('the two languages cite the same sources', () => {
  const m = messages(pair(section('steg-2-a', 'Text.', 'utl'), section('steg-2-a', 'Text.', 'utl nspm-betanketid')));
  assert.match(m[0]!, /<Sources> of section "steg-2-a" names "utl nspm-betanketid" here but "utl" in content\/sv\/steg-2\.mdx/);
});

test('research language in reader text stops the build at its line and column, in both languages', () => {
  const m = messages([src('sv', 'steg-2', section('steg-2-a', 'Tiden är 30 dagar. Detta har inte kunnat bekräftas.')), src('en', 'steg-2', section('steg-2-a', 'The period is reportedly 30 days.'))]);
  assert.match(m.join('\n'), /content\/sv\/steg-2\.mdx:12:26: research language "har inte kunnat bekräftas"/);
  assert.match(m.join('\n'), /content\/en\/steg-2\.mdx:12:15: research language "reportedly".*Fix: verify the fact/);
});

test('research language in a section title is found too', () => {
  const body = '<Section id="steg-2-a" title="Enligt uppgift 30 dagar">\n\nText.\n\n<Sources ids="utl" />\n\n</Section>\n';
  assert.match(messages(pair(body)).join('\n'), /content\/sv\/steg-2\.mdx:10:1: research language "Enligt uppgift"/);
});

test('a form the glossary avoids is refused with the preferred term', () => {
  const m = messages([src('sv', 'steg-2', section('steg-2-a', 'Under reflektionsperioden …, en reflektionsperiod.')), src('en', 'steg-2', section('steg-2-a', 'An immediate custody order.'))]);
  assert.equal(m.filter((x) => x.includes('reflektionsperiod')).length, 1, 'whole words only: "reflektionsperioden" is another word');
  assert.match(m.join('\n'), /"reflektionsperiod" is a form the glossary says to avoid\. Fix: write "betänketid"/);
  assert.match(m.join('\n'), /content\/en\/steg-2\.mdx:12:4: "immediate custody" is a form the glossary says to avoid/);
});

test('attribute expressions, raw HTML and event handlers are refused with a clear fix', () => {
  const all = messages(pair(section('steg-2-a', '<Ref to={"steg-2-a"} /> and <abbr title="x" onclick="alert(1)">x</abbr>\n\n<iframe src="https://example.org" />\n\n<script>{"alert(1)"}</script>\n\n<style>{"body{display:none}"}</style>\n\n<span style="display:none">x</span>'))).join('\n');
  assert.match(all, /<Ref> attribute to=\{"steg-2-a"\} is an expression\. Fix: write it as to="steg-2-a"/);
  assert.match(all, /<abbr> has the attribute onclick/);
  assert.match(all, /the HTML element <iframe>/);
  assert.match(all, /the HTML element <script>/);
  assert.match(all, /the HTML element <style>/);
  assert.match(all, /<span> has the attribute style/);
});

test('single-quoted attributes are read like double-quoted ones', () => {
  assert.deepEqual(messages(pair(section('steg-2-a', "<Ref to='steg-2-a' />"))), []);
});

test('an unclosed component is one problem with its line and column', () => {
  const m = messages([src('sv', 'steg-2', '<Section id="steg-2-a" title="T">\n\nText.\n'), src('en', 'steg-2', section('steg-2-a'))]);
  const sv = m.filter((x) => x.startsWith('content/sv/'));
  assert.equal(sv.length, 1, sv.join('\n'));
  assert.match(sv[0]!, /^content\/sv\/steg-2\.mdx:\d+:\d+: <Section> is never closed/);
});

test('the source register refuses a source nothing cites, a duplicate address and an unknown law', () => {
  const m = checkSourceRegister(
    'content/data/sources.yaml',
    [{ id: 'a', url: 'https://x.se/p/' }, { id: 'b', url: 'https://x.se/p' }, { id: 'c', law: 'nolaw' }],
    new Set(['a', 'b', 'c']),
    new Set(['utl']),
  ).map(formatProblem);
  assert.match(m.join('\n'), /source "b" has the same address as "a"/);
  assert.match(m.join('\n'), /source "c" → field "law": unknown law id "nolaw"/);
  const unused = checkSourceRegister('content/data/sources.yaml', [{ id: 'a', url: 'https://x.se' }], new Set(), new Set()).map(formatProblem);
  assert.deepEqual(unused, ['content/data/sources.yaml: source "a" is not cited anywhere. Fix: cite it in a <Sources ids="…" /> (or an actor\'s sources) or remove it from the register.']);
});

test('research language and avoided terms in data fields name the entry and field', () => {
  const m = checkDataText('content/data/contacts.yaml', [
    { where: 'entry "stodtelefon" → hours.en', lang: 'en', text: 'Weekdays; the times could not be confirmed.' },
    { where: 'entry "x" → name.sv', lang: 'sv', text: 'Reflektionsperiod', terms: false },
  ], { ...rules, phrases: { sv: [], en: ['could not be confirmed'] } }).map(formatProblem);
  assert.equal(m.length, 1);
  assert.match(m[0]!, /^content\/data\/contacts\.yaml: entry "stodtelefon" → hours\.en: research language "could not be confirmed"/);
});

test('a site built for publication (SITE_URL) refuses an empty publisher, naming site.yaml, the field and the fix', () => {
  const empty = { name: { sv: 'Länsstyrelsen i Exempellän', en: '' }, contact: 'https://example.se/kontakt', feedback: ' ' };
  const m = checkPublisher('content/data/site.yaml', empty, 'https://manual.example.se').map(formatProblem);
  assert.equal(m.length, 2);
  assert.match(m[0]!, /^content\/data\/site\.yaml: field "publisher\.name\.en" is empty, but SITE_URL is set \(https:\/\/manual\.example\.se\).*Fix: set publisher\.name\.en in content\/data\/site\.yaml to the same agency's name in English/);
  assert.match(m[1]!, /field "publisher\.feedback" is empty.*Fix: set publisher\.feedback in content\/data\/site\.yaml to where readers report accessibility problems/);
});

test('a preview build (no SITE_URL) may leave the publisher empty; a filled-in publisher passes', () => {
  const empty = { name: { sv: '', en: '' }, contact: '', feedback: '' };
  assert.deepEqual(checkPublisher('content/data/site.yaml', empty, undefined), []);
  const full = { name: { sv: 'Exempelmyndigheten', en: 'The Example Agency' }, contact: 'info@example.se', feedback: 'https://example.se/tillganglighet' };
  assert.deepEqual(checkPublisher('content/data/site.yaml', full, 'https://manual.example.se'), []);
});

test('<Publisher> names a publisher field', () => {
  const body = section('steg-2-a', 'Utgivare: <Publisher field="namn" />.');
  assert.match(messages(pair(body)).join('\n'), /<Publisher field="namn"> names no publisher field.*Fix: use field="name", "contact", "feedback"/);
  assert.deepEqual(messages(pair(section('steg-2-a', 'Utgivare: <Publisher field="name" />.'))), []);
});
