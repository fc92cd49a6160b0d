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
