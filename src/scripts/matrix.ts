/**
 * The matrix shows a section's title when a number is hovered or focused (CSS). Escape hides the title shown
 * (WCAG 1.4.13: content on hover or focus can be dismissed) until the pointer or focus moves to another number.
 */
export function runMatrixTitles(): void {
  const table = document.querySelector<HTMLElement>('[data-matrix]');
  if (!table) return;
  let dismissed: Element | null = null;
  const release = (e: Event) => {
    const link = (e.target as Element | null)?.closest?.('.matrix-section') ?? null;
    if (link !== dismissed) {
      table.removeAttribute('data-titles-dismissed');
      dismissed = null;
    }
  };
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    const shown = table.querySelector('.matrix-section:hover, .matrix-section:focus-visible');
    if (!shown) return;
    dismissed = shown;
    table.setAttribute('data-titles-dismissed', '');
  });
  table.addEventListener('focusin', release);
  table.addEventListener('pointerover', release);
}
