import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupQuestions } from './questions.ts';

const q = (id: string, where: string) => ({ id, where, question: 'Q?', raised: new Date('2026-12-01') });

test('groups questions by file, sorted, keeping their order within a file', () => {
  const g = groupQuestions([q('b-1', 'content/sv/steg-2.mdx#steg-2-betanketid'), q('a-1', 'content/data/contacts.yaml'), q('b-2', 'content/sv/steg-2.mdx')]);
  assert.deepEqual([...g.keys()], ['content/data/contacts.yaml', 'content/sv/steg-2.mdx']);
  assert.deepEqual(g.get('content/sv/steg-2.mdx')!.map((x) => x.id), ['b-1', 'b-2']);
});
