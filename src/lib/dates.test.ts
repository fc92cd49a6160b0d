import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, readCalendarDate } from './dates.ts';

test('dates read naturally in each language', () => {
  assert.equal(formatDate('sv', '2022-08-01'), '1 augusti 2022');
  assert.equal(formatDate('en', '2022-08-01'), '1 August 2022');
  assert.equal(formatDate('sv', '2025-12'), 'december 2025');
  assert.equal(formatDate('en', '2018'), '2018');
  assert.equal(formatDate('sv', new Date('2026-11-28')), '28 november 2026');
  assert.equal(formatDate('en', new Date('2026-11-28')), '28 November 2026');
});

test('a content date must exist in the calendar and not lie in the future', () => {
  const now = new Date('2026-12-01T10:00:00Z');
  assert.deepEqual(readCalendarDate('2026-12-01', now), { date: new Date('2026-12-01T00:00:00Z') });
  assert.match((readCalendarDate('2026-02-30', now) as { error: string }).error, /not a day in the calendar/);
  assert.match((readCalendarDate(2026, now) as { error: string }).error, /2026 is not a date; write it as YYYY-MM-DD/);
  assert.match((readCalendarDate('1 dec 2026', now) as { error: string }).error, /not a date/);
  assert.match((readCalendarDate('2026-12-02', now) as { error: string }).error, /in the future/);
  assert.deepEqual(readCalendarDate(new Date('2025-07-01T00:00:00Z'), now), { date: new Date('2025-07-01T00:00:00Z') });
});
