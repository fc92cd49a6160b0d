/**
 * The content contract end to end on a copy of content/: a bad file must stop the build (the same
 * checkContent runs in astro.config.mjs) with a message that names the file, the line or field, and the fix.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { checkContent } from './load-content.ts';
import { formatProblem } from './check.ts';

function withCopy(edit: (root: string) => void): string[] {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  try {
    cpSync('content', root, { recursive: true });
    edit(root);
    const rel = relative(process.cwd(), root);
    return checkContent(root).map((p) => formatProblem(p).replace(`${rel}/`, ''));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const replaceIn = (root: string, file: string, from: string | RegExp, to: string) => {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  assert.notEqual(next, text, `fixture edit did not apply to ${file}`);
  writeFileSync(path, next);
};

test('the real content passes', () => {
  assert.deepEqual(checkContent('content').map(formatProblem), []);
});

test('an unknown actor id stops the build naming the file, line and id', () => {
  const problems = withCopy((root) => replaceIn(root, 'sv/steg-2.mdx', /<Responsibility actor="polisen">/, '<Responsibility actor="polis">'));
  assert.ok(problems.some((p) => /^sv\/steg-2\.mdx:\d+: unknown actor id "polis" in <Responsibility>.*Fix: use an id from content\/data\/actors\.yaml/.test(p)), problems.join('\n'));
});

test('a missing front-matter field names the field', () => {
  const problems = withCopy((root) => replaceIn(root, 'en/steg-3.mdx', /^summary: .*\n/m, ''));
  assert.ok(problems.some((p) => p.startsWith('en/steg-3.mdx: field "summary"')), problems.join('\n'));
});

test('a misspelt front-matter field is refused', () => {
  const problems = withCopy((root) => replaceIn(root, 'sv/om-manualen.mdx', /^lastReviewed:/m, 'lastReveiwed:'));
  assert.ok(problems.some((p) => p.includes('sv/om-manualen.mdx') && p.includes('lastReveiwed')), problems.join('\n'));
});

test('a step chapter without its step number is refused', () => {
  const problems = withCopy((root) => replaceIn(root, 'sv/steg-4.mdx', /^step: 4\n/m, ''));
  assert.ok(problems.some((p) => p.startsWith('sv/steg-4.mdx: field "step": a step chapter needs step')), problems.join('\n'));
});

test('a phone number in the wrong format is refused with the right format as the fix', () => {
  const problems = withCopy((root) => replaceIn(root, 'data/contacts.yaml', /value: "?020-39 00 00"?/, 'value: "020390000"'));
  assert.ok(problems.some((p) => p.includes('data/contacts.yaml') && p.includes('"stodtelefon"') && p.includes('020-39 00 00')), problems.join('\n'));
});

test('a law without its official link is refused', () => {
  const problems = withCopy((root) => replaceIn(root, 'data/laws.yaml', /(- id: utl\n(?:.*\n)*?)\s+url: .*\n/, '$1'));
  assert.ok(problems.some((p) => p.includes('data/laws.yaml') && p.includes('entry "utl" → url')), problems.join('\n'));
});

test('an actor pointing at an unknown contact is refused', () => {
  const problems = withCopy((root) => replaceIn(root, 'data/actors.yaml', /contacts:\n(\s+)- /, 'contacts:\n$1- no-such-contact\n$1- '));
  assert.ok(problems.some((p) => p.includes('data/actors.yaml') && p.includes('unknown id "no-such-contact"')), problems.join('\n'));
});

test('a chapter written in one language only is refused', () => {
  const problems = withCopy((root) => writeFileSync(join(root, 'sv', 'extra.mdx'), '---\ntitle: Extra\nslug: extra\nsummary: x\nkind: intro\norder: 20\nlastReviewed: 2026-11-28\n---\n\n<Section id="extra-a" title="A">\n\nText.\n\n</Section>\n'));
  assert.ok(problems.some((p) => p.startsWith('sv/extra.mdx: chapter "extra" exists only in Swedish')), problems.join('\n'));
});

test('broken YAML names the file', () => {
  const problems = withCopy((root) => writeFileSync(join(root, 'data', 'glossary.yaml'), '- id: a\n  sv: [unclosed\n'));
  assert.ok(problems.some((p) => p.startsWith('data/glossary.yaml: YAML does not parse')), problems.join('\n'));
});

test('a research phrase in a chapter stops the build with file, line and column', () => {
  const problems = withCopy((root) => replaceIn(root, 'sv/steg-3.mdx', /\n\n<Section id="/, '\n\nTiden har inte kunnat bekräftas.\n\n<Section id="'));
  assert.ok(problems.some((p) => /^sv\/steg-3\.mdx:\d+:\d+: research language "har inte kunnat bekräftas"/.test(p)), problems.join('\n'));
});

test('a research phrase in a data field names the entry and the field', () => {
  const problems = withCopy((root) => replaceIn(root, 'data/contacts.yaml', /(- id: stodtelefon[\s\S]*?description:\n\s+sv: ")/, '$1Tiderna är enligt uppgift 9–16. '));
  assert.ok(problems.some((p) => /^data\/contacts\.yaml: entry "stodtelefon" → description\.sv: research language "enligt uppgift"/.test(p)), problems.join('\n'));
});

test('a step section without sources stops the build naming the section', () => {
  const problems = withCopy((root) => replaceIn(root, 'en/steg-6.mdx', /\n<Sources ids="[^"]*" \/>\n/, '\n'));
  assert.ok(problems.some((p) => /^en\/steg-6\.mdx:\d+: section "steg-6-[a-z0-9-]+" has no <Sources>/.test(p)), problems.join('\n'));
});

test('an unknown source id stops the build', () => {
  const problems = withCopy((root) => replaceIn(root, 'sv/steg-1.mdx', /<Sources ids="/, '<Sources ids="no-such-source '));
  assert.ok(problems.some((p) => /^sv\/steg-1\.mdx:\d+: unknown source id "no-such-source"/.test(p)), problems.join('\n'));
});

test('a source that nothing cites is refused', () => {
  const problems = withCopy((root) => writeFileSync(join(root, 'data/sources.yaml'), `${readFileSync(join(root, 'data/sources.yaml'), 'utf8')}\n- id: uncited-page\n  kind: guidance\n  publisher: X\n  title: "Y"\n  url: "https://example.org/uncited"\n  consulted: 2026-12-01\n`));
  assert.ok(problems.some((p) => p.startsWith('data/sources.yaml: source "uncited-page" is not cited anywhere')), problems.join('\n'));
});

test('a form the glossary avoids stops the build with the preferred term', () => {
  const problems = withCopy((root) => replaceIn(root, 'en/steg-2.mdx', /\n\n<Section id="/, '\n\nAn immediate custody decision.\n\n<Section id="'));
  assert.ok(problems.some((p) => /^en\/steg-2\.mdx:\d+:\d+: "immediate custody" is a form the glossary says to avoid\. Fix: write "emergency care order"/.test(p)), problems.join('\n'));
});

test('an actor that names an unknown source is refused', () => {
  const problems = withCopy((root) => replaceIn(root, 'data/actors.yaml', /(\n  sources:\n    - )/, '$1no-such-source\n    - '));
  assert.ok(problems.some((p) => /^data\/actors\.yaml: entry "[a-z-]+" → sources: unknown source id "no-such-source"/.test(p)), problems.join('\n'));
});

test('an impossible review date and a year alone are refused with the field named', () => {
  const impossible = withCopy((root) => replaceIn(root, 'sv/steg-6.mdx', /^lastReviewed: .*$/m, 'lastReviewed: 2026-02-30'));
  assert.ok(impossible.some((p) => /^sv\/steg-6\.mdx: field "lastReviewed": "2026-02-30" is not a day in the calendar/.test(p)), impossible.join('\n'));
  const year = withCopy((root) => replaceIn(root, 'en/steg-6.mdx', /^lastReviewed: .*$/m, 'lastReviewed: 2026'));
  assert.ok(year.some((p) => /^en\/steg-6\.mdx: field "lastReviewed": 2026 is not a date/.test(p)), year.join('\n'));
});

test('a review date in the future is refused', () => {
  const problems = withCopy((root) => replaceIn(root, 'sv/steg-1.mdx', /^lastReviewed: .*$/m, 'lastReviewed: 2099-01-01'));
  assert.ok(problems.some((p) => /^sv\/steg-1\.mdx: field "lastReviewed": 2099-01-01 is in the future/.test(p)), problems.join('\n'));
});

test('a file that is not UTF-8 is refused at the line of the first bad byte, YAML and MDX alike', () => {
  const latin1 = (root: string, file: string, from: string, to: string) => {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    const at = text.indexOf(from);
    assert.ok(at >= 0, `fixture text not found in ${file}`);
    const before = Buffer.from(text.slice(0, at), 'utf8');
    writeFileSync(path, Buffer.concat([before, Buffer.from(to, 'latin1'), Buffer.from(text.slice(at + from.length), 'utf8')]));
    return text.slice(0, at).split('\n').length;
  };
  let yamlLine = 0;
  const yaml = withCopy((root) => { yamlLine = latin1(root, 'data/contacts.yaml', 'Nationella stödtelefonen', 'Nationella stödtelefonen'); });
  assert.ok(yaml.includes(`data/contacts.yaml:${yamlLine}: the file is not UTF-8 (a character here was saved in another encoding). Fix: save the file as UTF-8 in your editor and retype the character.`), yaml.join('\n'));
  let mdxLine = 0;
  const mdx = withCopy((root) => { mdxLine = latin1(root, 'sv/steg-2.mdx', 'Betänketid', 'Betänketid'); });
  assert.ok(mdx.some((p) => p.startsWith(`sv/steg-2.mdx:${mdxLine}: the file is not UTF-8`)), mdx.join('\n'));
});

test('one root problem gives one message: a data file that is not a list, front matter that does not parse', () => {
  const notList = withCopy((root) => writeFileSync(join(root, 'data/laws.yaml'), 'id: brb\nname: x\n'));
  assert.deepEqual(notList, ['data/laws.yaml: the file is not a list. Fix: write a YAML list: one "- id: …" entry per item.']);
  const frontmatter = withCopy((root) => replaceIn(root, 'sv/steg-6.mdx', /^title: .*$/m, 'title: "Steg 6: unclosed'));
  assert.equal(frontmatter.length, 1, frontmatter.join('\n'));
  assert.match(frontmatter[0]!, /^sv\/steg-6\.mdx:2: front matter does not parse/);
  const badEntry = withCopy((root) => replaceIn(root, 'data/laws.yaml', /(- id: utl\n  type: )act/, '$1statute'));
  assert.equal(badEntry.length, 1, badEntry.join('\n'));
});

test('the same glossary term under a second id is refused', () => {
  const problems = withCopy((root) => writeFileSync(join(root, 'data/glossary.yaml'), `${readFileSync(join(root, 'data/glossary.yaml'), 'utf8')}\n- id: betanketid-igen\n  sv: "Betänketid"\n  en: "recovery period"\n  definition:\n    sv: "x"\n    en: "x"\n`));
  assert.ok(problems.some((p) => p === 'data/glossary.yaml: entry "betanketid-igen" → sv: the term "Betänketid" is already defined by entry "betanketid". Fix: merge the two entries into one, or name the terms apart.'), problems.join('\n'));
});

test('a chapter the MDX parser cannot read is one problem at its opening tag: no uncited sources, no dead links into it', () => {
  const problems = withCopy((root) => replaceIn(root, 'sv/steg-1.mdx', /<\/Section>\s*$/, ''));
  assert.equal(problems.length, 1, problems.join('\n'));
  // The last section lost its closing tag: its opening tag's line is named.
  const lines = readFileSync('content/sv/steg-1.mdx', 'utf8').split('\n');
  const opening = lines.map((l, n) => (l.startsWith('<Section ') ? n + 1 : 0)).filter(Boolean).at(-1);
  assert.match(problems[0]!, new RegExp(`^sv/steg-1\\.mdx:${opening}:1: <Section> is never closed`));
});

test('search words for a section that does not exist stop the build naming the file, the entry and the fix', () => {
  const problems = withCopy((root) => replaceIn(root, 'data/search-terms.yaml', /- id: steg-2-skyddat-boende\n/, '- id: steg-2-skyddat-boendet\n'));
  assert.ok(
    problems.includes('data/search-terms.yaml: entry "steg-2-skyddat-boendet": no section has this id (did you mean "steg-2-skyddat-boende"?). Fix: use the id of an existing <Section> (content/published-addresses.json lists them), or remove the entry.'),
    problems.join('\n'),
  );
});

test('a search word with a comma, a repeated word or an entry without words is refused with the field named', () => {
  const comma = withCopy((root) => replaceIn(root, 'data/search-terms.yaml', /en: \[shelter, shelters,/, 'en: ["shelter, refuge", shelters,'));
  assert.ok(comma.some((p) => p.startsWith('data/search-terms.yaml: field "entry "steg-2-skyddat-boende" → en.0": write one word or phrase per item, without commas or colons')), comma.join('\n'));
  const twice = withCopy((root) => replaceIn(root, 'data/search-terms.yaml', /en: \[shelter, shelters,/, 'en: [shelter, Shelter,'));
  assert.ok(twice.some((p) => p.startsWith('data/search-terms.yaml: field "entry "steg-2-skyddat-boende" → en.1": "Shelter" is listed twice')), twice.join('\n'));
  const empty = withCopy((root) => writeFileSync(join(root, 'data/search-terms.yaml'), '- id: steg-2-barn\n  sv: []\n'));
  assert.ok(empty.some((p) => p.startsWith('data/search-terms.yaml: field "entry "steg-2-barn" → sv": list at least one search word in sv or en')), empty.join('\n'));
});
