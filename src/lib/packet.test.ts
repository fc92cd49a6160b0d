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
