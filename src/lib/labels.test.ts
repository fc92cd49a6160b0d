import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fillLabel } from './labels.ts';

test('a label is filled with its values as they are, and an unknown key stays visible', () => {
  assert.equal(fillLabel('Valda delar: {n} av {total}.', { n: '2', total: '27' }), 'Valda delar: 2 av 27.');
  assert.equal(fillLabel('Texten finns i avsnitt {section}.', { section: "$'2.4$&" }), "Texten finns i avsnitt $'2.4$&.");
  assert.equal(fillLabel('{n} av {total}', { n: '1' }), '1 av {total}');
});
