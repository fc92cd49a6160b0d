/**
 * Published addresses: every page and every linkable id on it. Agencies link to these from their
 * intranets, so the committed list (content/published-addresses.json) may grow on purpose but never
 * lose an entry silently.
 */

export type AddressList = Record<string, string[]>;

/** The linkable ids of one built page: sections, responsibility blocks, glossary terms, contacts, changes, laws. */
export function linkableIds(html: string): string[] {
  const ids = new Set<string>();
  for (const m of html.matchAll(/<h[2-5] id="([^"]+)" class="section-heading"/g)) ids.add(m[1]!);
  for (const m of html.matchAll(/<div class="responsibility" data-resp-actor="[^"]+" id="([^"]+)"/g)) ids.add(m[1]!);
  for (const m of html.matchAll(/\sid="((?:term|kontakt|andring|lag)-[^"]+)"/g)) ids.add(m[1]!);
  return [...ids].sort();
}

export interface AddressDiff {
  /** "path" or "path#id" that were published and are gone */
  missing: string[];
  /** "path" or "path#id" that are new */
  added: string[];
}

export function diffAddresses(published: AddressList, current: AddressList): AddressDiff {
  const flat = (list: AddressList) => new Set(Object.entries(list).flatMap(([path, ids]) => [path, ...ids.map((id) => `${path}#${id}`)]));
  const before = flat(published);
  const now = flat(current);
  return {
    missing: [...before].filter((a) => !now.has(a)).sort(),
    added: [...now].filter((a) => !before.has(a)).sort(),
  };
}

export function sortedList(list: AddressList): AddressList {
  return Object.fromEntries(Object.keys(list).sort().map((k) => [k, [...list[k]!].sort()]));
}
