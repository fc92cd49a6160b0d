/** The training packet's choice of parts, kept in the address: ?parts=steg-2,steg-5,polisen. */

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
