import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assignBlockIds, blockId, extractBlocks, fillBlockSection, BLOCK_BODY_END, BLOCK_BODY_START, BLOCK_SECTION_HREF, BLOCK_SECTION_PART } from './blocks.ts';

const block = (actor: string, text: string) =>
  `<div class="responsibility" data-resp-actor="${actor}"><p class="responsibility-actor"><a href="/x/">${actor}</a></p>${BLOCK_BODY_START}<p>${text}</p><ul><li>a</li></ul>${BLOCK_BODY_END}</div>`;

test('a section gives its blocks their addresses, inner sections first', () => {
  const inner = assignBlockIds(block('migrationsverket', 'Beslutar'), 'steg-2-sub');
  const outer = assignBlockIds(`${block('polisen', 'Ansöker')}<section>${inner}</section>`, 'steg-2-betanketid');
  const blocks = extractBlocks(outer);
  assert.deepEqual(
    blocks.map((b) => [b.actor, b.sectionId, b.id]),
    [
      ['polisen', 'steg-2-betanketid', 'steg-2-betanketid--polisen'],
      ['migrationsverket', 'steg-2-sub', 'steg-2-sub--migrationsverket'],
    ],
  );
  assert.equal(blocks[0]!.html, '<p>Ansöker</p><ul><li>a</li></ul>');
  assert.equal(blockId('a', 'b'), 'a--b');
});

test('blocks without an address are not extracted', () => {
  assert.deepEqual(extractBlocks(block('polisen', 'x')), []);
});

test('a section fills its own blocks\' copy buttons with its address and name, inner sections first', () => {
  const button = (actor: string) => `<button data-href="${BLOCK_SECTION_HREF}--${actor}" data-part="${BLOCK_SECTION_PART}, ansvar: ${actor}">${BLOCK_SECTION_PART}</button>`;
  const inner = fillBlockSection(button('migrationsverket'), { href: '/sv/steg-2/#steg-2-sub', part: 'avsnitt 2.1.1 Barn & unga' });
  const outer = fillBlockSection(`${button('polisen')}<section>${inner}</section>`, { href: '/sv/steg-2/#steg-2-a', part: 'avsnitt 2.1 "Akut"' });
  assert.equal(
    outer,
    '<button data-href="/sv/steg-2/#steg-2-a--polisen" data-part="avsnitt 2.1 &quot;Akut&quot;, ansvar: polisen">avsnitt 2.1 &quot;Akut&quot;</button>' +
      '<section><button data-href="/sv/steg-2/#steg-2-sub--migrationsverket" data-part="avsnitt 2.1.1 Barn &amp; unga, ansvar: migrationsverket">avsnitt 2.1.1 Barn &amp; unga</button></section>',
  );
});
