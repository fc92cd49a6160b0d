import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate } from './dates.ts';

test('dates read naturally in each language', () => {
  assert.equal(formatDate('sv', '2022-08-01'), '1 augusti 2022');
  assert.equal(formatDate('en', '2022-08-01'), '1 August 2022');
  assert.equal(formatDate('sv', '2025-12'), 'december 2025');
  assert.equal(formatDate('en', '2018'), '2018');
  assert.equal(formatDate('sv', new Date('2026-11-28')), '28 november 2026');
  assert.equal(formatDate('en', new Date('2026-11-28')), '28 November 2026');
});
