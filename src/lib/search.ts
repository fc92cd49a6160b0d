/**
 * Pure parts of the search page: reading and writing the shareable address; which sections of a page
 * match (by their text, their heading or their search words from content/data/search-terms.yaml) and in
 * what order; their snippets; the status line.
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

/** Pagefind metadata that carries a section's search words (content/data/search-terms.yaml): keywords-<section id>. */
export const KEYWORDS_PREFIX = 'keywords-';

/** The data-pagefind-meta value of a section with search words: "keywords-<id>:word, phrase, …". */
export function keywordsMeta(id: string, words: readonly string[]): string {
  return `${KEYWORDS_PREFIX}${id}:${words.join(', ')}`;
}

/** Words that ask rather than name ("vem betalar vården", "who pays for …"): left out when matching headings and search words. */
const STOP_WORDS = new Set([
  'och', 'eller', 'att', 'en', 'ett', 'av', 'för', 'på', 'som', 'det', 'den', 'de', 'till', 'med', 'om', 'vid', 'från', 'hos', 'är', 'har',
  'vem', 'vad', 'hur', 'när', 'var', 'vilka', 'vilken', 'vilket', 'varför', 'kan', 'får', 'ska', 'måste', 'jag', 'du', 'man',
  'the', 'a', 'an', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'and', 'or', 'is', 'are', 'be', 'it', 'its', 'this', 'that',
  'who', 'what', 'how', 'when', 'where', 'which', 'why', 'does', 'do', 'can', 'may', 'must', 'should', 'will', 'i', 'you', 'my',
]);

/** The words of a query, lower case, without quotes or punctuation. */
export function queryWords(q: string): string[] {
  return q.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
}

/** The query words that name something: without question and filler words, unless that leaves nothing. */
export function meaningfulWords(q: string): string[] {
  const words = queryWords(q);
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  return kept.length ? kept : words;
}

/**
 * How a query word matches the words of a title: 2 when it is one of them, 1 when it begins one, is part of a
 * compound in one, or is one with an inflected ending of up to two letters; 0 otherwise.
 */
function wordGrade(w: string, titleWords: readonly string[]): 0 | 1 | 2 {
  if (titleWords.includes(w)) return 2;
  const stem = w.length > 5 ? w.slice(0, w.length - 2) : w;
  return titleWords.some((t) => t.startsWith(stem) || (stem.length >= 5 && t.includes(stem)) || (t.length >= 3 && w.startsWith(t) && w.length - t.length <= 2)) ? 1 : 0;
}

/**
 * How well a heading (with the section's search words, if any) names what the reader asked for: 2 when every
 * query word that names something is a word of it, 1 when every such word at least begins a word of it, is
 * part of a compound in it ("personsäkerhetsarbete") or differs by an inflected ending; 0 otherwise.
 */
export function headingGrade(title: string, q: string): 0 | 1 | 2 {
  const words = meaningfulWords(q);
  if (!words.length) return 0;
  const titleWords = queryWords(title);
  return words.reduce<0 | 1 | 2>((g, w) => Math.min(g, wordGrade(w, titleWords)) as 0 | 1 | 2, 2);
}

/**
 * How well a section names the query: by its heading, or by its heading with one of its search words. A search
 * phrase that says more than the query ("ringa polisen" for "polisen") counts as a partial match (at most 1),
 * so general words in phrases do not put their section first.
 */
export function sectionGrade(title: string, keywords: readonly string[], q: string): 0 | 1 | 2 {
  const words = meaningfulWords(q);
  let best = headingGrade(title, q);
  for (const phrase of keywords) {
    if (best === 2) break;
    const g = headingGrade(`${title} ${phrase}`, q);
    const covered = meaningfulWords(phrase).every((pw) => words.some((w) => wordGrade(w, [pw]) > 0));
    best = Math.max(best, covered ? g : Math.min(g, 1)) as 0 | 1 | 2;
  }
  return best;
}

/** The search words of a section as Pagefind returns them (the value keywordsMeta wrote). */
export function readKeywords(value: string | undefined): string[] {
  return (value ?? '').split(',').map((w) => w.trim()).filter(Boolean);
}

/** Whether a heading (with the section's search words) names the query at all (headingGrade above 0). */
export function headingMatches(title: string, q: string): boolean {
  return headingGrade(title, q) > 0;
}

/** Pagefind's position of a heading (or another element with an id) in the page's words. */
export interface Anchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}

/** One matched word: where it is in the page's words and how much it counts. */
export interface Hit {
  location: number;
  balanced_score: number;
  weight?: number;
}

/** A section result as Pagefind gives it. */
export interface RankedSub {
  title: string;
  url: string;
  excerpt: string;
  anchor?: Anchor;
  weighted_locations?: Hit[];
}

/** What the search page reads of a Pagefind result. */
export interface PageData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  anchors?: Anchor[];
  sub_results: RankedSub[];
}

/** A piece of a snippet: plain text, or matched words to mark. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/** A section of a page in the results. */
export interface SectionHit {
  title: string;
  url: string;
  excerpt: ExcerptPart[];
  /** how well its heading or search words name the query (headingGrade): 0 not at all */
  named: 0 | 1 | 2;
  score: number;
}

/**
 * The snippet of a section: its own words after the heading (so the heading is not repeated), around its
 * strongest hit, with every hit in view marked; "…" where words are left out. With no hit in the text (the
 * heading or a search word matched), the section's first words.
 */
export function sectionExcerpt(words: readonly string[], from: number, to: number, hits: readonly Hit[], length = 24): ExcerptPart[] {
  const inText = hits.filter((h) => h.location >= from && h.location < to);
  let start = from;
  if (inText.length) {
    const best = inText.reduce((a, b) => (b.balanced_score > a.balanced_score || (b.balanced_score === a.balanced_score && b.location < a.location) ? b : a));
    start = Math.max(from, Math.min(best.location - Math.floor(length / 3), to - length));
  }
  const end = Math.min(to, start + length);
  const marked = new Set(inText.map((h) => h.location));
  const parts: ExcerptPart[] = [];
  const add = (text: string, mark: boolean) => {
    const last = parts[parts.length - 1];
    if (last && !last.mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > from) add('… ', false);
  for (let i = start; i < end; i++) {
    if (i > start) add(' ', false);
    add(words[i] ?? '', marked.has(i));
  }
  if (end < to) add(' …', false);
  return parts;
}

const QUOTES = /["”“„]/g;

/** The quoted phrases of a query, as lists of words: '"god man" barn' → [['god', 'man']]. */
export function quotedPhrases(q: string): string[][] {
  const parts = q.split(QUOTES);
  // Odd parts are inside quotes; an unclosed quote at the end is not a phrase.
  return parts.filter((_, i) => i % 2 === 1 && i < parts.length - 1).map(queryWords).filter((p) => p.length > 1);
}

/** The query with its quotes taken away, for ranking the pages that contain the phrase. */
export function withoutQuotes(q: string): string {
  return q.replace(QUOTES, ' ').replace(/\s+/g, ' ').trim();
}

/** Whether words[from..to) (Pagefind's words of a page) contain the phrase, word after word (a word may be inflected). */
export function containsPhrase(words: readonly string[], from: number, to: number, phrase: readonly string[]): boolean {
  const tokens = words.slice(from, to).flatMap(queryWords);
  return tokens.some((_, i) => phrase.every((p, j) => tokens[i + j]?.startsWith(p)));
}

/**
 * The sections of a page that match, strongest first: those whose heading or search words name the query (a whole
 * word before a word begun or inflected), then by Pagefind's score. A section found only by its search words (they
 * are not in the page's text) is added here from the page's headings. The page's own lead (no #id) is left out.
 * With a quoted phrase, only the sections that contain it in their text, heading or search words.
 */
export function pageSections(d: PageData, q: string, phrases: readonly string[][] = quotedPhrases(q)): SectionHit[] {
  const words = d.content.split(/\s+/);
  const headings = (d.anchors ?? []).filter((a) => /^h[1-6]$/i.test(a.element) && a.id).sort((a, b) => a.location - b.location);
  const range = (a: Anchor, title: string): [number, number] => {
    const next = headings.find((h) => h.location > a.location);
    const headingWords = (a.text ?? title).split(/\s+/).filter(Boolean).length;
    return [a.location + headingWords, next ? next.location : words.length];
  };
  const keywords = (id: string) => readKeywords(d.meta[`${KEYWORDS_PREFIX}${id}`]);
  const found: SectionHit[] = [];
  const seen = new Set<string>();
  for (const s of d.sub_results) {
    if (!s.anchor || !s.url.includes('#')) continue;
    seen.add(s.anchor.id);
    const hits = s.weighted_locations ?? [];
    const [from, to] = range(s.anchor, s.title);
    found.push({
      title: s.title,
      url: s.url,
      excerpt: sectionExcerpt(words, from, to, hits),
      named: sectionGrade(s.title, keywords(s.anchor.id), q),
      score: hits.reduce((sum, h) => sum + h.balanced_score, 0),
    });
  }
  for (const [key, value] of Object.entries(d.meta)) {
    if (!key.startsWith(KEYWORDS_PREFIX) || !value) continue;
    const id = key.slice(KEYWORDS_PREFIX.length);
    const a = headings.find((h) => h.id === id);
    if (seen.has(id) || !a) continue;
    const title = a.text ?? id;
    const named = sectionGrade(title, readKeywords(value), q);
    if (!named) continue;
    const [from, to] = range(a, title);
    found.push({ title, url: `${d.url.split('#')[0]}#${id}`, excerpt: sectionExcerpt(words, from, to, []), named, score: 0 });
  }
  const hasPhrases = (s: SectionHit) => {
    const id = s.url.split('#')[1] ?? '';
    const a = headings.find((h) => h.id === id);
    const [from, to] = a ? [a.location, headings.find((h) => h.location > a.location)?.location ?? words.length] : [0, 0];
    const names = [s.title, ...keywords(id)].map((n) => n.split(/\s+/));
    return phrases.every((p) => containsPhrase(words, from, to, p) || names.some((n) => containsPhrase(n, 0, n.length, p)));
  };
  return found
    .filter((s) => !phrases.length || hasPhrases(s))
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.named - a.s.named || b.s.score - a.s.score || a.i - b.i)
    .map((x) => x.s);
}

/** Whether Pagefind found a page through a section's search words (before its data is loaded). */
export function foundByKeywords(result: { matchedMetaFields?: readonly string[] | undefined }): boolean {
  return (result.matchedMetaFields ?? []).some((f) => f.startsWith(KEYWORDS_PREFIX));
}

/** Items that name the query best first; otherwise the order is kept (a stable sort on the grade). */
export function namedFirst<T>(items: readonly T[], named: (item: T) => number | boolean): T[] {
  return items
    .map((item, i) => ({ item, i, g: Number(named(item)) }))
    .sort((a, b) => b.g - a.g || a.i - b.i)
    .map((x) => x.item);
}

/** Adds the highlight parameter before the #id, so the page reached marks the search term. */
export function withHighlight(url: string, q: string, param = 'highlight'): string {
  if (!q.trim()) return url;
  const [path, hash] = url.split('#');
  const sep = path!.includes('?') ? '&' : '?';
  return `${path}${sep}${param}=${encodeURIComponent(q.trim())}${hash ? `#${hash}` : ''}`;
}


/** The query as the status line quotes it: without the quotes the reader typed around a phrase, so it is quoted once. */
export function displayQuery(q: string): string {
  const t = q.trim();
  const m = /^["”“„'](.*)["”“']$/su.exec(t);
  return m ? m[1]!.trim() : t;
}
