import { test } from 'node:test';
import assert from 'node:assert/strict';
import { numberSections, parseOutline } from './outline.ts';

const body = `Lead text.

<Section id="steg-2-a" title="Första">

Text with <Law id="utl" p="5 kap. 15 §" /> and <Contact id="stodtelefon" />.

<Responsibility actor="polisen">

Polisen gör något.

</Responsibility>

<Section id="steg-2-a-sub" title="Under">

<Responsibility actor="migrationsverket">

Beslutar.

</Responsibility>

</Section>

</Section>

<Section id="steg-2-gor" title="Gör så här">

<Checklist>

1. Ett
2. Två
   fortsättning
3. Tre

</Checklist>

</Section>
`;

test('reads sections, levels, blocks, checklists and uses with their lines', () => {
  const o = parseOutline(body, 10);
  assert.deepEqual(o.problems, []);
  assert.deepEqual(o.sections.map((s) => [s.id, s.level, s.parentId]), [
    ['steg-2-a', 2, undefined],
    ['steg-2-a-sub', 3, 'steg-2-a'],
    ['steg-2-gor', 2, undefined],
  ]);
  assert.equal(o.sections[0]!.line, 13);
  assert.deepEqual(o.blocks.map((b) => [b.actor, b.sectionId]), [
    ['polisen', 'steg-2-a'],
    ['migrationsverket', 'steg-2-a-sub'],
  ]);
  assert.deepEqual(o.checklists, [{ sectionId: 'steg-2-gor', items: 3, line: 37 }]);
  assert.deepEqual(o.uses.filter((u) => u.component === 'Law').map((u) => u.attrs), [{ id: 'utl', p: '5 kap. 15 §' }]);
});

test('numbers the sections of a step chapter from the step', () => {
  const o = parseOutline(body);
  const n = numberSections(o.sections, 2);
  assert.deepEqual([...n.values()], ['2.1', '2.1.1', '2.2']);
  assert.equal(numberSections(o.sections).size, 0);
});

test('a markdown heading is refused with the fix', () => {
  const o = parseOutline('Intro\n\n## Betänketid\n\nText\n');
  assert.equal(o.problems.length, 1);
  assert.equal(o.problems[0]!.line, 3);
  assert.match(o.problems[0]!.fix, /<Section/);
});

test('headings inside code fences are not headings', () => {
  assert.deepEqual(parseOutline('```\n## not a heading\n<Foo>\n```\n').problems, []);
});

test('unclosed, unknown and misplaced components are named', () => {
  const messages = (src: string) => parseOutline(src).problems.map((p) => p.message).join(' | ');
  assert.match(messages('<Section id="x-a" title="A">\n\ntext\n'), /<Section> is never closed/);
  assert.match(messages('<Responsibility actor="polisen">\n\ntext\n\n</Responsibility>\n'), /outside any <Section>/);
  assert.match(messages('<Section id="x-a" title="A">\n\n<Sektion id="b" />\n\n</Section>\n'), /unknown component <Sektion>/);
  assert.match(messages('<Section id="x-a">\n\nt\n\n</Section>\n'), /without title/);
  assert.match(
    messages('<Section id="x-a" title="A">\n\n<Section id="x-b" title="B">\n\n<Section id="x-c" title="C">\n\nt\n\n</Section>\n\n</Section>\n\n</Section>\n'),
    /three levels deep/,
  );
  assert.match(
    messages('<Section id="x-a" title="A">\n\n<Responsibility actor="a">\n\n<Responsibility actor="b">\n\nt\n\n</Responsibility>\n\n</Responsibility>\n\n</Section>\n'),
    /inside another block/,
  );
  assert.match(messages('<Section id="x-a" title="A">\n\n<Checklist>\n\nNo list here.\n\n</Checklist>\n\n</Section>\n'), /without list items/);
});

test('each section has its own source, without its subsections; the chapter keeps what stands outside them', () => {
  const o = parseOutline(body);
  assert.equal(o.own.get('steg-2-a-sub'), '<Section id="steg-2-a-sub" title="Under">\n\n<Responsibility actor="migrationsverket">\n\nBeslutar.\n\n</Responsibility>\n\n</Section>');
  const a = o.own.get('steg-2-a')!;
  assert.match(a, /^<Section id="steg-2-a" title="Första">\n\nText with <Law/);
  assert.match(a, /Polisen gör något\./);
  assert.doesNotMatch(a, /Beslutar/);
  assert.match(a, /<\/Section>$/);
  assert.equal(o.intro.trim(), 'Lead text.');
});

test('markdown links are read with their line and section', () => {
  const o = parseOutline('<Section id="x-a" title="A">\n\nSee [the act](https://example.se/lag) and https://example.org/b.\n\n</Section>\n', 4);
  assert.deepEqual(o.links, [
    { url: 'https://example.se/lag', line: 7, sectionId: 'x-a' },
    { url: 'https://example.org/b', line: 7, sectionId: 'x-a' },
  ]);
});
