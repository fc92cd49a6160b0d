/** The training packet's choice of parts, kept in the address: ?parts=steg-2,steg-5,polisen. */

/** Parts besides chapters and actor pages: the contents list and the six-step overview (ids no chapter or actor has). */
export const EXTRA_PARTS = { contents: 'innehall', overview: 'oversikt' } as const;

/** The chosen parts, in the manual's order; no parameter means every part. Unknown ids are dropped. */
export function readParts(search: string, all: readonly string[]): string[] {
  const raw = new URLSearchParams(search).get('parts');
  if (raw === null) return [...all];
  const wanted = new Set(raw.split(',').map((s) => s.trim()).filter(Boolean));
  return all.filter((id) => wanted.has(id));
}

export function writeParts(chosen: readonly string[], all: readonly string[]): string {
  if (chosen.length === all.length && all.every((id) => chosen.includes(id))) return '';
  return `?parts=${all.filter((id) => chosen.includes(id)).join(',')}`;
}

/**
 * A responsibility block in an actor's part prints in full only when its chapter is not in the printout;
 * otherwise the chapter prints it and the actor's part points to it.
 */
export function blockInFull(chapterId: string, chosen: readonly string[]): boolean {
  return !chosen.includes(chapterId);
}
