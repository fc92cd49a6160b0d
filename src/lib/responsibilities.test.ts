import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseOutline } from './outline.ts';
import { actorsInChapter, matrix } from './responsibilities.ts';

const chapter = (id: string, step: number, blocks: Array<[string, string]>) => ({
  id,
  step,
  outline: parseOutline(
    blocks.map(([section, actor]) => `<Section id="${section}" title="T">\n\n<Responsibility actor="${actor}">\n\nx\n\n</Responsibility>\n\n</Section>\n`).join('\n'),
  ),
});

test('the matrix puts each block in its actor row and step column', () => {
  const m = matrix(
    [chapter('steg-1', 1, [['steg-1-a', 'polisen']]), chapter('steg-2', 2, [['steg-2-a', 'polisen'], ['steg-2-b', 'migrationsverket']])],
    ['polisen', 'migrationsverket', 'iom'],
  );
  assert.deepEqual(m.get('polisen')!.get(1)!.map((b) => b.blockId), ['steg-1-a--polisen']);
  assert.deepEqual(m.get('polisen')!.get(2)!.map((b) => b.blockId), ['steg-2-a--polisen']);
  assert.deepEqual(m.get('migrationsverket')!.get(2)!.map((b) => b.blockId), ['steg-2-b--migrationsverket']);
  assert.equal(m.get('iom')!.get(6)!.length, 0);
});

test('adding a block to a chapter adds it to the actor with no other edit', () => {
  const before = actorsInChapter(chapter('steg-3', 3, [['steg-3-a', 'polisen']]));
  const after = actorsInChapter(chapter('steg-3', 3, [['steg-3-a', 'polisen'], ['steg-3-b', 'domstolar']]));
  assert.deepEqual(before.map((r) => r.actor), ['polisen']);
  assert.deepEqual(after.map((r) => r.actor), ['polisen', 'domstolar']);
});
