/**
 * The manual as pages see it: chapters in order, their outlines, section numbers, and the data sets.
 * Reads the content collections (Astro), so it is not unit-tested itself; the logic it uses is.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { numberSections, parseOutline, type Outline, type OutlineSection } from './outline.ts';
import { pageUrl, PAGE_SLUGS } from './paths.ts';
import type { Lang } from './legal.ts';
import type { Actor, Change, Contact, GlossaryTerm, Law, SearchTerms, Site, Source } from './schemas.ts';
import { readTranslationState } from './load-content.ts';

export type Chapter = CollectionEntry<'sv'> | CollectionEntry<'en'>;

const base = import.meta.env.BASE_URL;

const memo = new Map<string, Promise<unknown>>();
function once<T>(key: string, make: () => Promise<T>): Promise<T> {
  if (!memo.has(key)) memo.set(key, make());
  return memo.get(key) as Promise<T>;
}

/** All chapters of a language in reading order, the start page first. */
export function chapters(lang: Lang): Promise<Chapter[]> {
  return once(`chapters:${lang}`, async () => {
    const list: Chapter[] = lang === 'sv' ? await getCollection('sv') : await getCollection('en');
    return list.sort((a, b) => a.data.order - b.data.order);
  });
}

/**
 * The chapters of the manual itself, in reading order: every chapter but the start page and the pages about the
 * web site (kind: site, the accessibility statement), which the footer links to instead.
 */
export async function manualChapters(lang: Lang): Promise<Chapter[]> {
  return (await chapters(lang)).filter((c) => c.data.kind !== 'start' && c.data.kind !== 'site');
}

/** The accessibility statement's chapter id (content/{sv,en}/tillganglighet.mdx), linked from every footer. */
export const STATEMENT_ID = 'tillganglighet';

/** The change log's chapter id (content/{sv,en}/andringar.mdx), where every dated change has its entry. */
export const CHANGE_LOG_ID = 'andringar';

export async function chapter(lang: Lang, id: string): Promise<Chapter | undefined> {
  return (await chapters(lang)).find((c) => c.id === id);
}

export function chapterUrl(lang: Lang, c: Chapter): string {
  return c.data.kind === 'start' ? pageUrl(base, lang) : pageUrl(base, lang, c.data.slug);
}

export function pageLink(lang: Lang, page: keyof typeof PAGE_SLUGS, ...rest: string[]): string {
  return pageUrl(base, lang, PAGE_SLUGS[page][lang], ...rest);
}

export function outline(c: Chapter): Outline {
  const key = `${c.collection}/${c.id}`;
  let o = outlines.get(key);
  if (!o) {
    o = parseOutline(c.body ?? '');
    outlines.set(key, o);
  }
  return o;
}
const outlines = new Map<string, Outline>();

export interface SectionInfo extends OutlineSection {
  number: string | undefined;
  chapter: Chapter;
  url: string;
}

/** Every section of the manual in a language, by id (ids are unique across the manual). */
export function sections(lang: Lang): Promise<Map<string, SectionInfo>> {
  return once(`sections:${lang}`, async () => {
    const map = new Map<string, SectionInfo>();
    for (const c of await chapters(lang)) {
      const o = outline(c);
      const numbers = numberSections(o.sections, c.data.step);
      for (const s of o.sections) {
        map.set(s.id, { ...s, number: numbers.get(s.id), chapter: c, url: `${chapterUrl(lang, c)}#${s.id}` });
      }
    }
    return map;
  });
}

export async function section(lang: Lang, id: string): Promise<SectionInfo> {
  const s = (await sections(lang)).get(id);
  if (!s) throw new Error(`No section with id "${id}" in ${lang} (the content check should have caught this)`);
  return s;
}

function dataMap<T extends { id: string }>(name: 'actors' | 'contacts' | 'laws' | 'glossary' | 'changes' | 'sources' | 'searchTerms'): Promise<Map<string, T>> {
  return once(`data:${name}`, async () => {
    const list = (await getCollection(name)) as Array<{ data: unknown }>;
    return new Map(list.map((e) => [(e.data as T).id, e.data as T]));
  });
}

export const actors = () => dataMap<Actor>('actors');
export const contacts = () => dataMap<Contact>('contacts');
export const laws = () => dataMap<Law>('laws');
export const glossary = () => dataMap<GlossaryTerm>('glossary');
export const changes = () => dataMap<Change>('changes');
export const sources = () => dataMap<Source>('sources');
/** content/data/search-terms.yaml, by section id */
export const searchTerms = () => dataMap<SearchTerms>('searchTerms');

export interface ResolvedSource {
  title: string;
  url: string;
  publisher?: string | undefined;
  /** the language of the linked page when it differs from the reader's */
  hreflang?: string | undefined;
  /** the language of the title when it differs from the reader's */
  lang?: string | undefined;
  /** ISO date */
  consulted: string;
}

/** A source as readers see it: a law source takes its title and address from laws.yaml. */
export async function resolveSource(s: Source, lang: Lang): Promise<ResolvedSource> {
  const consulted = s.consulted.toISOString().slice(0, 10);
  if (s.kind === 'law') {
    const law = (await laws()).get(s.law!)!;
    return { title: law.title[lang], url: lawUrl(law, lang), consulted, hreflang: lang === 'en' && typeof law.url === 'string' ? 'sv' : undefined };
  }
  const sourceLang = s.lang ?? 'sv';
  return { title: s.title!, url: s.url!, publisher: s.publisher, consulted, ...(sourceLang !== lang ? { lang: sourceLang, hreflang: sourceLang } : {}) };
}

export async function site(): Promise<Site> {
  const [entry] = await getCollection('site');
  return entry!.data;
}

/** The actors in the order readers look for them: alphabetically by name in the page's language. */
export async function actorsInOrder(lang: Lang): Promise<Actor[]> {
  return [...(await actors()).values()].sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang));
}

export async function actor(id: string): Promise<Actor> {
  const a = (await actors()).get(id);
  if (!a) throw new Error(`No actor with id "${id}"`);
  return a;
}

export function actorUrl(lang: Lang, a: Actor): string {
  return pageLink(lang, 'actors', a.slug[lang]);
}

export function lawUrl(law: Law, lang: Lang): string {
  return typeof law.url === 'string' ? law.url : law.url[lang];
}

/** The same page in the other language (chapters pair by id; other pages by their fixed slugs). */
export function langOf(value: string | undefined): Lang {
  return value === 'en' ? 'en' : 'sv';
}

/**
 * The ids (sections, and chapters for their own text) whose English translates an older version of the
 * Swedish text (src/lib/translations.ts). Read from the content folder on disk, as `npm run translations` does.
 */
export function outdatedTranslations(): Promise<ReadonlySet<string>> {
  return once('translations', async () => new Set(readTranslationState(process.env.CONTENT_DIR ?? 'content').status.outdated.map((u) => u.id)));
}
