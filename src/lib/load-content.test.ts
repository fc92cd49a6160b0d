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
