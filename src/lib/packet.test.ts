import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readParts, writeParts } from './packet.ts';

const all = ['om-manualen', 'steg-1', 'steg-2', 'polisen'];

test('no parameter means the whole manual', () => {
  assert.deepEqual(readParts('', all), all);
  assert.equal(writeParts(all, all), '');
});

test('the chosen parts keep the manual’s order and drop unknown ids', () => {
  assert.deepEqual(readParts('?parts=polisen,steg-2,nonsense', all), ['steg-2', 'polisen']);
  assert.equal(writeParts(['polisen', 'steg-1'], all), '?parts=steg-1,polisen');
  assert.deepEqual(readParts('?parts=', all), []);
});

test('a responsibility block prints in full in an actor part only when its chapter is left out', async () => {
  const { blockInFull, EXTRA_PARTS } = await import('./packet.ts');
  assert.equal(blockInFull('steg-2', ['steg-2', 'polisen']), false);
  assert.equal(blockInFull('steg-2', ['steg-5', 'polisen']), true);
  assert.equal(blockInFull('steg-2', []), true);
  // The extra parts cannot be mistaken for chapter or actor ids.
  assert.deepEqual(readParts(`?parts=${EXTRA_PARTS.overview},steg-2`, [EXTRA_PARTS.contents, EXTRA_PARTS.overview, ...all]), [EXTRA_PARTS.overview, 'steg-2']);
});
