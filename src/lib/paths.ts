/** Site addresses. Every internal link is built here, so the site also works under a sub-path (base). */
import type { Lang } from './legal.ts';

export const LANGS: readonly Lang[] = ['sv', 'en'];
export const DEFAULT_LANG: Lang = 'sv';

export function isLang(value: unknown): value is Lang {
  return value === 'sv' || value === 'en';
}

export function otherLang(lang: Lang): Lang {
  return lang === 'sv' ? 'en' : 'sv';
}

/** Joins the base ("/" or "/manual/") with path segments and ends with a slash: pageUrl("/", "sv", "kontakter") → "/sv/kontakter/". */
export function pageUrl(base: string, ...segments: string[]): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = segments.filter(Boolean).map((s) => s.replace(/^\/+|\/+$/g, '')).join('/');
  return path ? `${root}${path}/` : root;
}

/** Fixed, localised slugs of the pages that are not chapters. */
export const PAGE_SLUGS = {
  search: { sv: 'sok', en: 'search' },
  actors: { sv: 'aktorer', en: 'actors' },
  matrix: { sv: 'ansvarsmatris', en: 'responsibility-matrix' },
  manual: { sv: 'hela-manualen', en: 'whole-manual' },
  card: { sv: 'kontaktkort', en: 'contact-card' },
} as const satisfies Record<string, Record<Lang, string>>;

/** The Atom feed of the dated changes, one per language: /sv/andringar.xml and /en/changes.xml (stable names). */
export const FEED_FILES = { sv: 'andringar.xml', en: 'changes.xml' } as const satisfies Record<Lang, string>;

/** The address of a language's change feed under the base: feedUrl("/manual/", "sv") → "/manual/sv/andringar.xml". */
export function feedUrl(base: string, lang: Lang): string {
  return `${pageUrl(base, lang)}${FEED_FILES[lang]}`;
}
