/**
 * The little JavaScript every page has (a reading page works without it):
 * - "/" moves focus to the search field in the header;
 * - arriving from a search result (?highlight=term), the term is marked on the page.
 */

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function initPage(base: string): void {
  // The chapter list is folded on phones (public/nav-fold.js); a window widened to desktop shows it again.
  const nav = document.querySelector<HTMLDetailsElement>('[data-nav-toggle]');
  const wide = matchMedia('(min-width: 64rem)');
  wide.addEventListener('change', () => {
    if (nav && wide.matches && !nav.closest('.page-wide')) nav.open = true;
  });

  // On paper: the address this copy was printed from and the day it was printed.
  const url = document.querySelector('[data-print-url]');
  if (url) url.textContent = location.href.replace(/[?&]highlight=[^&#]*/, '');
  const date = document.querySelector('[data-print-date]');
  if (date) date.textContent = new Date().toLocaleDateString(document.documentElement.lang === 'sv' ? 'sv-SE' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

  document.addEventListener('keydown', (e) => {
    if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    const field = document.getElementById('site-search-q');
    if (field) {
      e.preventDefault();
      field.focus();
    }
  });

  if (new URLSearchParams(location.search).has('highlight')) {
    import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`)
      .then((m: { default: new (o: Record<string, unknown>) => unknown }) => new m.default({ highlightParam: 'highlight', addStyles: false }))
      .catch(() => undefined);
  }
}
