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
