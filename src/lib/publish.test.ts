import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { publishAtomically } from './publish.ts';

function workspace() {
  const root = mkdtempSync(join(tmpdir(), 'publish-'));
  const dist = join(root, 'dist');
  mkdirSync(dist);
  writeFileSync(join(dist, 'index.html'), 'previous good site');
  return { root, dist, done: () => rmSync(root, { recursive: true, force: true }) };
}

const writePage = (text: string) => ({ name: 'astro build', run: (out: string) => (mkdirSync(out, { recursive: true }), writeFileSync(join(out, 'index.html'), text), true) });

test('a build that succeeds replaces dist/ and leaves nothing beside it', () => {
  const w = workspace();
  try {
    const r = publishAtomically(w.dist, [writePage('new site'), { name: 'pagefind', run: (out) => (mkdirSync(join(out, 'pagefind')), true) }]);
    assert.deepEqual(r, { ok: true });
    assert.equal(readFileSync(join(w.dist, 'index.html'), 'utf8'), 'new site');
    assert.ok(existsSync(join(w.dist, 'pagefind')));
    assert.deepEqual(readdirSync(w.root), ['dist']);
  } finally {
    w.done();
  }
});

test('a failing step leaves the previous dist/ untouched and removes the half-built folder', () => {
  const w = workspace();
  try {
    const r = publishAtomically(w.dist, [writePage('half site'), { name: 'pagefind', run: () => false }]);
    assert.deepEqual(r, { ok: false, failedStep: 'pagefind', kept: true });
    assert.equal(readFileSync(join(w.dist, 'index.html'), 'utf8'), 'previous good site');
    assert.deepEqual(readdirSync(w.root), ['dist']);
  } finally {
    w.done();
  }
});

test('a step that throws counts as failed; a failed check of the result keeps dist/ too', () => {
  const w = workspace();
  try {
    assert.deepEqual(publishAtomically(w.dist, [{ name: 'astro build', run: () => { throw new Error('MDX expression threw'); } }]), { ok: false, failedStep: 'astro build', kept: true });
    const checked = publishAtomically(w.dist, [writePage('no search')], () => 'the site has no search index');
    assert.deepEqual(checked, { ok: false, failedStep: 'the site has no search index', kept: true });
    assert.equal(readFileSync(join(w.dist, 'index.html'), 'utf8'), 'previous good site');
  } finally {
    w.done();
  }
});

test('build leftovers such as .prerender are never published', () => {
  const w = workspace();
  try {
    publishAtomically(w.dist, [{ name: 'astro build', run: (out) => (mkdirSync(join(out, '.prerender'), { recursive: true }), writeFileSync(join(out, 'index.html'), 'x'), true) }]);
    assert.equal(existsSync(join(w.dist, '.prerender')), false);
  } finally {
    w.done();
  }
});
