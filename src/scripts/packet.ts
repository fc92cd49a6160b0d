/** The training-packet builder on the whole-manual page (see ManualView.astro). */
import { blockInFull, readParts, writeParts } from '../lib/packet';
import { fillLabel } from '../lib/labels';

export function runPacketBuilder(): void {
  const form = document.querySelector<HTMLFormElement>('[data-packet-form]');
  if (!form) return;
  // The controls work: show them, and drop the note that says how to print without them.
  form.hidden = false;
  document.querySelector<HTMLElement>('[data-packet-noscript]')?.setAttribute('hidden', '');
  const manual = form.closest<HTMLElement>('.whole-manual');
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="parts"]')];
  const all = boxes.map((b) => b.value);
  const status = form.querySelector<HTMLElement>('[data-packet-status]');
  const note = document.querySelector<HTMLElement>('[data-packet-note]');
  const printUrl = document.querySelector<HTMLElement>('[data-print-url]');

  const apply = (chosen: string[]) => {
    for (const b of boxes) b.checked = chosen.includes(b.value);
    let first = true;
    for (const part of document.querySelectorAll<HTMLElement>('[data-part]')) {
      part.hidden = !chosen.includes(part.dataset.part ?? '');
      // The first part printed starts on the cover's sheet in a packet; every later one on a sheet of its own.
      part.toggleAttribute('data-first-part', first && !part.hidden);
      if (!part.hidden) first = false;
    }
    for (const link of document.querySelectorAll<HTMLElement>('[data-part-link]')) link.hidden = !chosen.includes(link.dataset.partLink ?? '');
    for (const block of document.querySelectorAll<HTMLElement>('[data-block-chapter]')) {
      const full = blockInFull(block.dataset.blockChapter ?? '', chosen);
      block.querySelector<HTMLElement>('[data-block-body]')!.hidden = !full;
      block.querySelector<HTMLElement>('[data-block-ref]')!.hidden = full;
    }
    const packet = chosen.length !== all.length;
    if (note) note.hidden = !packet;
    manual?.toggleAttribute('data-packet', packet);
    const query = writeParts(chosen, all);
    history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
    // The paper says where it was printed from, choice included, so the same packet can be printed again.
    if (printUrl) printUrl.textContent = location.href;
    if (status) status.textContent = fillLabel(status.dataset.template ?? '{n} / {total}', { n: String(chosen.length), total: String(all.length) });
  };
  const chosenNow = () => boxes.filter((b) => b.checked).map((b) => b.value);

  apply(readParts(location.search, all));
  form.addEventListener('change', () => apply(chosenNow()));
  form.querySelector('[data-packet-all]')?.addEventListener('click', () => apply(all));
  form.querySelector('[data-packet-none]')?.addEventListener('click', () => apply([]));
  form.querySelector('[data-packet-print]')?.addEventListener('click', () => window.print());
}
