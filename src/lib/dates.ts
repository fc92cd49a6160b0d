/** Dates as readers see them. ISO dates stay in metadata only. */
import type { Lang } from './legal.ts';

/** "28 november 2026" / "28 November 2026"; partial dates ("2022-08", "2018") stay partial. */
export function formatDate(lang: Lang, date: Date | string): string {
  if (typeof date === 'string') {
    const [y, m, d] = date.split('-');
    if (!m) return y!;
    const month = new Date(Date.UTC(2000, Number(m) - 1, 1)).toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { month: 'long', timeZone: 'UTC' });
    return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
  }
  return date.toLocaleDateString(lang === 'sv' ? 'sv-SE' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * Reads a date from content: "YYYY-MM-DD" that exists in the calendar (no 30 February) and is not in the
 * future (a review or consultation date is a day that has happened). A Date from a YAML parser is accepted
 * as it is. Returns the date at midnight UTC, or the reason it cannot be one.
 */
export function readCalendarDate(value: unknown, now: Date = new Date()): { date: Date } | { error: string } {
  let date: Date;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { error: 'is not a date; write YYYY-MM-DD' };
    date = value;
  } else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value.trim())) {
    const [y, m, d] = value.trim().split('-').map(Number) as [number, number, number];
    date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
      return { error: `"${value}" is not a day in the calendar; write an existing date as YYYY-MM-DD` };
    }
  } else {
    return { error: `${JSON.stringify(value)} is not a date; write it as YYYY-MM-DD, e.g. 2026-12-01` };
  }
  const endOfToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), 23, 59, 59);
  if (date.getTime() > endOfToday) return { error: `${date.toISOString().slice(0, 10)} is in the future; use the day it happened (today at the latest)` };
  return { date };
}
