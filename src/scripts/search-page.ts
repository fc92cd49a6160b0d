/**
 * Browser code of the search page, on Pagefind's JS API (no framework, no third-party request).
 * The page's own language is searched; with "also" checked, a second Pagefind instance searches the
 * other language's index and its results are labelled with their language.
 */
import { displayQuery, fillLabel, pagesByHeadingMatch, readState, rankSubResults, withHighlight, writeState, type FilterKey, type RankedSub, type SearchState } from '../lib/search';

interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: RankedSub[];
}
interface Instance {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: Array<{ data(): Promise<ResultData> }> } | null>;
}
interface PagefindModule extends Instance {
  createInstance(o: Record<string, unknown>): Instance;
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

/** Pagefind excerpts mark hits with <mark>; everything else becomes text (never HTML). */
function excerpt(html: string): HTMLElement {
  const p = el('p', { class: 'search-excerpt' });
  for (const part of html.split(/(<mark>[\s\S]*?<\/mark>)/)) {
    const m = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (m) p.append(el('mark', {}, decode(m[1]!)));
    else if (part) p.append(document.createTextNode(decode(part)));
  }
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
  if (!form || !list || !status) return;
  const input = form.elements.namedItem('q') as HTMLInputElement;
  const also = form.elements.namedItem('also') as HTMLInputElement;
  const selects = Object.fromEntries(['step', 'actor', 'type'].map((k) => [k, form.elements.namedItem(k) as HTMLSelectElement])) as Record<FilterKey, HTMLSelectElement>;
  const labels = JSON.parse(list.dataset.labels ?? '{}') as { results: string; resultsOne: string; none: string; loading: string; error: string; langLabel: Record<string, string> };
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

  const searchIn = async (instance: Instance, state: SearchState, resultLang: string) => {
    const found = await instance.search(state.q, { filters: state.filters });
    if (!found) return null;
    const data = pagesByHeadingMatch(await Promise.all(found.results.slice(0, 8).map((r) => r.data())), state.q);
    return { total: found.results.length, items: data.map((d) => ({ d, resultLang })) };
  };

  let seq = 0;
  const run = async (state: SearchState) => {
    const mine = ++seq;
    if (!state.q.trim()) {
      list.replaceChildren();
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
    const found = done.filter((x) => x !== null);
    const total = found.reduce((n, r) => n + r.total, 0);
    const items = found.flatMap((r) => r.items);
    list.replaceChildren();
    const shown = displayQuery(state.q);
    status.textContent = total
      ? fillLabel(total === 1 ? labels.resultsOne : labels.results, { n: String(total), q: shown })
      : fillLabel(labels.none, { q: shown });
    for (const { d, resultLang } of items) {
      const li = el('li', { class: 'search-result' });
      if (resultLang !== lang) li.setAttribute('lang', resultLang);
      const h = el('h2', { class: 'search-result-title' });
      h.append(el('a', { href: withHighlight(d.url, state.q) }, d.meta.title ?? d.url));
      if (state.also) h.append(' ', el('span', { class: 'search-result-lang' }, labels.langLabel[resultLang] ?? resultLang));
      li.append(h);
      const subs = rankSubResults(d.sub_results, d.url, 3, state.q);
      if (subs.length) {
        const ul = el('ul', { class: 'search-subresults' });
        for (const s of subs) {
          const sli = el('li');
          sli.append(el('a', { href: withHighlight(s.url, state.q) }, s.title), excerpt(s.excerpt));
          ul.append(sli);
        }
        li.append(ul);
      } else {
        li.append(excerpt(d.excerpt));
      }
      list.append(li);
    }
  };

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
