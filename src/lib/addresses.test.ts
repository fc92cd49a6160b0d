import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffAddresses, linkableIds } from './addresses.ts';

test('finds sections, blocks and reference entries, and nothing else', () => {
  const html = `<h2 id="steg-2-betanketid" class="section-heading">x</h2><h3 id="toc-title">y</h3>
    <div class="responsibility" data-resp-actor="polisen" id="steg-2-betanketid--polisen" data-resp-section="steg-2-betanketid">
    <div class="glossary-entry" id="term-betanketid"></div><li id="lag-utl"></li><div id="main"></div>`;
  assert.deepEqual(linkableIds(html), ['lag-utl', 'steg-2-betanketid', 'steg-2-betanketid--polisen', 'term-betanketid']);
});

test('a vanished section or page is missing; a new one is added', () => {
  const published = { '/sv/a/': ['x', 'y'], '/sv/b/': [] };
  const current = { '/sv/a/': ['x', 'z'], '/sv/c/': [] };
  assert.deepEqual(diffAddresses(published, current), { missing: ['/sv/a/#y', '/sv/b/'], added: ['/sv/a/#z', '/sv/c/'] });
});
