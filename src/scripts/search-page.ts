/**
 * Browser code of the search page, on top of Pagefind's JS API (no framework, no third-party request).
 * The index is the one of the page's language (Pagefind picks it from <html lang>).
 */

interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: SubResult[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: Array<{ data(): Promise<ResultData> }> } | null>;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind excerpts mark hits with <mark>; everything else is text. */
function excerpt(html: string): HTMLElement {
  const p = el('p', { class: 'search-excerpt' });
  const parts = html.split(/(<mark>[\s\S]*?<\/mark>)/);
  for (const part of parts) {
    const m = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    if (m) p.append(el('mark', {}, decode(m[1]!)));
    else p.append(document.createTextNode(decode(part)));
  }
  return p;
}
function decode(s: string): string {
  const t = document.createElement('textarea');
  t.innerHTML = s;
  return t.value;
}

export async function runSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  if (!form || !input || !list || !status) return;
  const labels = JSON.parse(list.dataset.labels ?? '{}') as Record<string, string>;
  const base = list.dataset.base ?? '/';
  let pagefind: Pagefind;
  try {
    const path = `${base}pagefind/pagefind.js`;
    pagefind = (await import(/* @vite-ignore */ path)) as Pagefind;
    await pagefind.options({ baseUrl: base, excerptLength: 24 });
  } catch {
    status.textContent = labels.error ?? '';
    return;
  }

  let seq = 0;
  const run = async (q: string) => {
    const mine = ++seq;
    list.replaceChildren();
    if (!q.trim()) {
      status.textContent = '';
      return;
    }
    status.textContent = labels.loading ?? '';
    const found = await pagefind.search(q);
    if (mine !== seq || !found) return;
    const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    if (mine !== seq) return;
    status.textContent = data.length ? (labels.results ?? '').replace('{n}', String(found.results.length)).replace('{q}', q) : (labels.none ?? '').replace('{q}', q);
    for (const d of data) {
      const li = el('li', { class: 'search-result' });
      const h = el('h2', { class: 'search-result-title' });
      h.append(el('a', { href: d.url }, d.meta.title ?? d.url));
      li.append(h);
      const subs = d.sub_results.filter((s) => s.url !== d.url && s.url.includes('#')).slice(0, 3);
      if (subs.length) {
        const ul = el('ul', { class: 'search-subresults' });
        for (const s of subs) {
          const sli = el('li');
          sli.append(el('a', { href: s.url }, s.title), excerpt(s.excerpt));
          ul.append(sli);
        }
        li.append(ul);
      } else {
        li.append(excerpt(d.excerpt));
      }
      list.append(li);
    }
  };

  const params = new URLSearchParams(location.search);
  const initial = params.get('q') ?? '';
  input.value = initial;
  if (initial) void run(initial);
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const url = new URL(location.href);
      if (input.value) url.searchParams.set('q', input.value);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      void run(input.value);
    }, 150);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
}
