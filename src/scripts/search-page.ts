/**
 * Browser code of the search page, on Pagefind's JS API (no framework, no third-party request).
 * The page's own language is searched; with "also" checked, a second Pagefind instance searches the
 * other language's index and its results are labelled with their language.
 * Results come in batches: the first PAGE_SIZE pages (of each language searched), then "Visa fler" / "Show
 * more" until every page counted in the status line is shown. Only the pages on screen have their data loaded.
 */
import { fillLabel } from '../lib/labels';
import {
  displayQuery, foundByKeywords, headingGrade, namedFirst, pageSections, quotedPhrases, readState, withHighlight, withoutQuotes, writeState,
  type ExcerptPart, type FilterKey, type PageData, type SearchState,
} from '../lib/search';

const PAGE_SIZE = 8;
/** Sections shown under a page; the others are one click away. */
const SECTIONS_SHOWN = 3;

interface Result {
  id: string;
  matchedMetaFields?: string[];
  data(): Promise<PageData>;
}
interface Instance {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: Result[] } | null>;
}
interface PagefindModule extends Instance {
  createInstance(o: Record<string, unknown>): Instance;
}
interface Labels {
  results: string;
  resultsOne: string;
  none: string;
  loading: string;
  error: string;
  showing: string;
  moreSections: string;
  moreSectionsOne: string;
  langLabel: Record<string, string>;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function decode(s: string): string {
  const t = document.createElement('textarea');
  t.innerHTML = s;
  return t.value;
}

/** Pagefind's page excerpt marks hits with <mark>; everything else becomes text (never HTML). */
function pageExcerpt(html: string): HTMLElement {
  return snippet(html.split(/(<mark>[\s\S]*?<\/mark>)/).filter(Boolean).map((part) => {
    const m = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    return { text: decode(m ? m[1]! : part), mark: Boolean(m) };
  }));
}

function snippet(parts: ExcerptPart[]): HTMLElement {
  const p = el('p', { class: 'search-excerpt' });
  for (const part of parts) p.append(part.mark ? el('mark', {}, part.text) : document.createTextNode(part.text));
  return p;
}

/** An instance of Pagefind that reads the index of another language (Pagefind picks it from <html lang>). */
function instanceFor(mod: PagefindModule, lang: string, base: string): Instance {
  const html = document.documentElement;
  const own = html.lang;
  html.lang = lang;
  try {
    return mod.createInstance({ basePath: `${base}pagefind/`, baseUrl: base });
  } finally {
    html.lang = own;
  }
}

export async function runSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const moreRow = document.querySelector<HTMLElement>('[data-search-more]');
  if (!form || !list || !status || !moreRow) return;
  const moreText = moreRow.querySelector<HTMLElement>('[data-search-showing]')!;
  const moreButton = moreRow.querySelector<HTMLButtonElement>('button')!;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const also = form.elements.namedItem('also') as HTMLInputElement;
  const selects = Object.fromEntries(['step', 'actor', 'type'].map((k) => [k, form.elements.namedItem(k) as HTMLSelectElement])) as Record<FilterKey, HTMLSelectElement>;
  const labels = JSON.parse(list.dataset.labels ?? '{}') as Labels;
  const base = list.dataset.base ?? '/';
  const lang = list.dataset.lang ?? 'sv';
  const other = list.dataset.other ?? 'en';

  let mod: PagefindModule;
  try {
    mod = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as PagefindModule;
    await mod.options({ baseUrl: base, excerptLength: 24 });
  } catch {
    status.textContent = labels.error;
    return;
  }
  let otherInstance: Instance | undefined;

  const current = (): SearchState => ({
    q: input.value,
    filters: Object.fromEntries(Object.entries(selects).filter(([, s]) => s.value).map(([k, s]) => [k, s.value])),
    also: also.checked,
  });

  const show = (state: SearchState) => {
    input.value = state.q;
    for (const [k, s] of Object.entries(selects)) s.value = state.filters[k as FilterKey] ?? '';
    also.checked = state.also;
  };

  /**
   * Every page found, those found through a section's search words first (Pagefind's order otherwise). A quoted
   * phrase finds the pages that contain it; Pagefind gives those no order, so they take the order (and the word
   * positions, for the snippets) of the same words searched without quotes.
   */
  const searchIn = async (instance: Instance, state: SearchState, resultLang: string) => {
    const found = await instance.search(state.q, { filters: state.filters });
    if (!found) return null;
    let results = found.results;
    if (quotedPhrases(state.q).length) {
      const loose = await instance.search(withoutQuotes(state.q), { filters: state.filters });
      const exact = new Set(results.map((r) => r.id));
      const ranked = (loose?.results ?? []).filter((r) => exact.has(r.id));
      const seen = new Set(ranked.map((r) => r.id));
      results = [...ranked, ...results.filter((r) => !seen.has(r.id))];
    }
    return { results: namedFirst(results, foundByKeywords), resultLang };
  };

  const render = (d: PageData, resultLang: string, q: string, showLang: boolean): { li: HTMLLIElement; named: number } => {
    const li = el('li', { class: 'search-result' });
    if (resultLang !== lang) li.setAttribute('lang', resultLang);
    const h = el('h2', { class: 'search-result-title' });
    h.append(el('a', { href: withHighlight(d.url, q) }, d.meta.title ?? d.url));
    if (showLang) h.append(' ', el('span', { class: 'search-result-lang' }, labels.langLabel[resultLang] ?? resultLang));
    li.append(h);
    const sections = pageSections(d, q);
    if (sections.length) {
      const ul = el('ul', { class: 'search-subresults' });
      for (const s of sections.slice(0, SECTIONS_SHOWN)) {
        const sli = el('li');
        sli.append(el('a', { href: withHighlight(s.url, q) }, s.title), snippet(s.excerpt));
        ul.append(sli);
      }
      li.append(ul);
      const rest = sections.slice(SECTIONS_SHOWN);
      if (rest.length) {
        const details = el('details', { class: 'search-more-sections' });
        details.append(el('summary', {}, fillLabel(rest.length === 1 ? labels.moreSectionsOne : labels.moreSections, { n: String(rest.length) })));
        const more = el('ul');
        for (const s of rest) {
          const item = el('li');
          item.append(el('a', { href: withHighlight(s.url, q) }, s.title));
          more.append(item);
        }
        details.append(more);
        li.append(details);
      }
    } else {
      li.append(pageExcerpt(d.excerpt));
    }
    return { li, named: Math.max(headingGrade(d.meta.title ?? '', q), ...sections.map((s) => s.named)) };
  };

  let seq = 0;
  /** Per language searched: every page found, and how many of them are on screen. */
  let queues: Array<{ results: Result[]; resultLang: string; shown: number }> = [];
  let shownState: SearchState | undefined;
  const count = (key: 'results' | 'shown') => queues.reduce((n, q) => n + (key === 'shown' ? q.shown : q.results.length), 0);

  /** Loads and shows the next batch of each language; within a language, the pages that name the query come first. */
  const showMore = async (mine: number, focus: boolean) => {
    const state = shownState!;
    const batches = queues.map((q) => ({ q, batch: q.results.slice(q.shown, q.shown + PAGE_SIZE) }));
    const data = await Promise.all(batches.map(({ batch }) => Promise.all(batch.map((r) => r.data()))));
    if (mine !== seq) return;
    const items = batches.flatMap(({ q, batch }, i) => namedFirst(batch.map((_, j) => render(data[i]![j]!, q.resultLang, state.q, state.also)), (x) => x.named));
    list.append(...items.map((x) => x.li));
    for (const { q, batch } of batches) q.shown += batch.length;
    const shown = count('shown');
    const total = count('results');
    moreRow.hidden = shown >= total;
    moreText.textContent = fillLabel(labels.showing, { shown: String(shown), n: String(total) });
    if (focus) items[0]?.li.querySelector('a')?.focus();
  };

  const run = async (state: SearchState) => {
    const mine = ++seq;
    if (!state.q.trim()) {
      list.replaceChildren();
      moreRow.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = labels.loading;
    // One after the other: the two Pagefind instances share a worker.
    const done = [await searchIn(mod, state, lang)];
    if (state.also) {
      otherInstance ??= instanceFor(mod, other, base);
      done.push(await searchIn(otherInstance, state, other));
    }
    if (mine !== seq) return;
    queues = done.flatMap((r) => (r ? [{ ...r, shown: 0 }] : []));
    shownState = state;
    list.replaceChildren();
    moreRow.hidden = true;
    const total = count('results');
    const q = displayQuery(state.q);
    status.textContent = total ? fillLabel(total === 1 ? labels.resultsOne : labels.results, { n: String(total), q }) : fillLabel(labels.none, { q });
    if (total) await showMore(mine, false);
  };

  moreButton.addEventListener('click', () => {
    if (moreButton.disabled) return;
    moreButton.disabled = true;
    void showMore(seq, true).finally(() => {
      moreButton.disabled = false;
    });
  });

  const update = (push: boolean) => {
    const state = current();
    const url = `${location.pathname}${writeState(state)}`;
    if (push) history.replaceState(null, '', url);
    void run(state);
  };

  const initial = readState(location.search);
  show(initial);
  if (initial.q) void run(initial);

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => update(true), 120);
  });
  form.addEventListener('change', (e) => {
    if (e.target !== input) update(true);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    update(true);
  });
}
