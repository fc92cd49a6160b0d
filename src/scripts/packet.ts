/** The training-packet builder on the whole-manual page (see ManualView.astro). */
import { readParts, writeParts } from '../lib/packet';

export function runPacketBuilder(): void {
  const form = document.querySelector<HTMLFormElement>('[data-packet-form]');
  if (!form) return;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="parts"]')];
  const all = boxes.map((b) => b.value);
  const status = form.querySelector<HTMLElement>('[data-packet-status]');
  const note = document.querySelector<HTMLElement>('[data-packet-note]');

  const apply = (chosen: string[]) => {
    for (const b of boxes) b.checked = chosen.includes(b.value);
    for (const part of document.querySelectorAll<HTMLElement>('[data-part]')) part.hidden = !chosen.includes(part.dataset.part ?? '');
    for (const link of document.querySelectorAll<HTMLElement>('[data-part-link]')) link.hidden = !chosen.includes(link.dataset.partLink ?? '');
    if (note) note.hidden = chosen.length === all.length;
    const query = writeParts(chosen, all);
    history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
    if (status) status.textContent = `${chosen.length} / ${all.length}`;
  };
  const chosenNow = () => boxes.filter((b) => b.checked).map((b) => b.value);

  apply(readParts(location.search, all));
  form.addEventListener('change', () => apply(chosenNow()));
  form.querySelector('[data-packet-all]')?.addEventListener('click', () => apply(all));
  form.querySelector('[data-packet-none]')?.addEventListener('click', () => apply([]));
  form.querySelector('[data-packet-print]')?.addEventListener('click', () => window.print());
}
