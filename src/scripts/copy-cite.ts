/**
 * The copy buttons beside headings (src/components/CopyCite.astro): a click puts the address of the section,
 * block or actor page and a citation on the clipboard, and says so in a status message that screen readers
 * announce and that goes away after a while. Where the browser gives no clipboard (an intranet over plain
 * http is not a secure context), the citation is shown selected in a field for the reader to copy.
 * The words come from the page ([data-copy-ui], src/i18n/ui.ts) and src/lib/cite.ts.
 */
import { citation, citationLead, localDay } from '../lib/cite';

/** How long a confirmation stays on screen. */
export const STATUS_MS = 10_000;

async function toClipboard(text: string): Promise<boolean> {
  if (!window.isSecureContext || typeof navigator.clipboard?.writeText !== 'function') return false;
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

let fields = 0;

export function initCopyCite(): void {
  const ui = document.querySelector<HTMLElement>('[data-copy-ui]');
  if (!ui) return;
  const lang = document.documentElement.lang === 'en' ? 'en' : 'sv';
  const words = ui.dataset;

  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-cite]:not([data-copy-ready])')) {
    button.dataset.copyReady = '';
    const row = button.closest<HTMLElement>('.copy-cite-row') ?? button;
    const status = document.createElement('div');
    status.className = 'copy-cite-status';
    status.setAttribute('role', 'status');
    status.dataset.pagefindIgnore = '';
    row.after(status);
    let timer: ReturnType<typeof setTimeout> | undefined;
    let fallback: HTMLElement | null = null;

    const say = (message: string) => {
      clearTimeout(timer);
      status.textContent = message;
      timer = setTimeout(() => (status.textContent = ''), STATUS_MS);
    };
    const closeFallback = (refocus: boolean) => {
      fallback?.remove();
      fallback = null;
      if (refocus) button.focus();
    };
    const showFallback = (text: string) => {
      if (!fallback) {
        const id = `copy-cite-field-${++fields}`;
        fallback = document.createElement('div');
        fallback.className = 'copy-cite-fallback';
        fallback.dataset.pagefindIgnore = '';
        const label = document.createElement('label');
        label.htmlFor = id;
        label.textContent = words.field ?? '';
        const field = document.createElement('textarea');
        field.id = id;
        field.readOnly = true;
        field.rows = 3;
        const close = document.createElement('button');
        close.type = 'button';
        close.textContent = words.close ?? '';
        close.addEventListener('click', () => closeFallback(true));
        fallback.addEventListener('keydown', (e) => {
          if (e.key === 'Escape') closeFallback(true);
        });
        fallback.append(label, field, close);
        status.after(fallback);
      }
      const field = fallback.querySelector('textarea')!;
      field.value = text;
      field.focus();
      field.select();
    };

    button.addEventListener('click', async () => {
      const part = button.dataset.part ?? '';
      const lead = citationLead(words.work ?? '', words.edition ?? '', part);
      const text = citation(lang, lead, new URL(button.dataset.href ?? '', location.href).href, localDay(new Date()));
      if (await toClipboard(text)) {
        closeFallback(false);
        say(`${words.done}: ${part}.`);
      } else {
        showFallback(text);
        say(words.fallback ?? '');
      }
    });
    button.hidden = false;
  }
}
