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
