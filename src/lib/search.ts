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

/** The page's sections that match, strongest first; the page itself (no #id) is left out. */
export function rankSubResults<T extends RankedSub>(subs: T[], pageUrl: string, max = 3): T[] {
  const score = (s: T) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
  return subs
    .filter((s) => s.url !== pageUrl && s.url.includes('#'))
    .map((s, i) => ({ s, i, score: score(s) }))
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, max)
    .map((x) => x.s);
}

/** Adds the highlight parameter before the #id, so the page reached marks the search term. */
export function withHighlight(url: string, q: string, param = 'highlight'): string {
  if (!q.trim()) return url;
  const [path, hash] = url.split('#');
  const sep = path!.includes('?') ? '&' : '?';
  return `${path}${sep}${param}=${encodeURIComponent(q.trim())}${hash ? `#${hash}` : ''}`;
}
