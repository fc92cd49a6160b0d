/**
 * Pure parts of the search page: reading and writing the shareable address, and ordering sub-results
 * (sections) by how strongly they match, so the best section of a page comes first.
 */

export const FILTER_KEYS = ['step', 'actor', 'type'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
  also: boolean;
}

export function readState(search: string): SearchState {
  const p = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const k of FILTER_KEYS) {
    const v = p.get(k);
    if (v) filters[k] = v;
  }
  return { q: p.get('q') ?? '', filters, also: p.get('also') === '1' };
}

export function writeState(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const k of FILTER_KEYS) if (state.filters[k]) p.set(k, state.filters[k]!);
  if (state.also) p.set('also', '1');
  const s = p.toString();
  return s ? `?${s}` : '';
}

export interface RankedSub {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: Array<{ weight: number; balanced_score: number }>;
}

/** The words of a query, lower case, without quotes or punctuation. */
export function queryWords(q: string): string[] {
  return q.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
}

/**
 * Whether a heading names what the reader asked for: every query word begins a word of the title, or is
 * part of a compound in it ("personsäkerhetsarbete"), allowing for an inflected ending.
 */
export function headingMatches(title: string, q: string): boolean {
  const words = queryWords(q);
  if (!words.length) return false;
  const titleWords = queryWords(title);
  return words.every((w) => {
    const stem = w.length > 5 ? w.slice(0, w.length - 2) : w;
    return titleWords.some((t) => t.startsWith(stem) || (stem.length >= 5 && t.includes(stem)));
  });
}

/** The page's sections that match, strongest first (a heading that names the query before the rest); the page itself (no #id) is left out. */
export function rankSubResults<T extends RankedSub>(subs: T[], pageUrl: string, max = 3, q = ''): T[] {
  const score = (s: T) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
  return subs
    .filter((s) => s.url !== pageUrl && s.url.includes('#'))
    .map((s, i) => ({ s, i, score: score(s), heading: headingMatches(s.title, q) }))
    .sort((a, b) => Number(b.heading) - Number(a.heading) || b.score - a.score || a.i - b.i)
    .slice(0, max)
    .map((x) => x.s);
}

/** Pages with a section whose heading names the query come first; otherwise Pagefind's order is kept. */
export function pagesByHeadingMatch<T extends { sub_results: RankedSub[] }>(pages: T[], q: string): T[] {
  return pages
    .map((p, i) => ({ p, i, heading: p.sub_results.some((s) => s.url.includes('#') && headingMatches(s.title, q)) }))
    .sort((a, b) => Number(b.heading) - Number(a.heading) || a.i - b.i)
    .map((x) => x.p);
}

/** Adds the highlight parameter before the #id, so the page reached marks the search term. */
export function withHighlight(url: string, q: string, param = 'highlight'): string {
  if (!q.trim()) return url;
  const [path, hash] = url.split('#');
  const sep = path!.includes('?') ? '&' : '?';
  return `${path}${sep}${param}=${encodeURIComponent(q.trim())}${hash ? `#${hash}` : ''}`;
}

/**
 * Fills a status template such as "{n} sidor innehåller ”{q}”." Values are inserted as they are: a query
 * containing $' or $& is shown literally (String.replace would otherwise read them as patterns).
 */
export function fillLabel(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? values[key]! : whole));
}

/** The query as the status line quotes it: without the quotes the reader typed around a phrase, so it is quoted once. */
export function displayQuery(q: string): string {
  const t = q.trim();
  const m = /^["”“„'](.*)["”“']$/su.exec(t);
  return m ? m[1]!.trim() : t;
}
