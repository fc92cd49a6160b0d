/**
 * The external addresses of the manual, where each is used, and asking one of them whether it still answers.
 * Used by npm run check:links and npm run editors:report.
 */
import type { Lang } from './legal.ts';
import type { Outline } from './outline.ts';
import type { LinkUse } from './report.ts';
import type { Actor, Change, Contact, Law, Source } from './schemas.ts';

export interface LinkData {
  laws: readonly Law[];
  contacts: readonly Contact[];
  actors: readonly Actor[];
  sources: readonly Source[];
  changes: readonly Change[];
}

const lawUrls = (l: Law): string[] => (typeof l.url === 'string' ? [l.url] : [l.url.sv, l.url.en]);

/** Every address in the data files, named by file and entry ("content/data/laws.yaml: utl"). */
export function dataLinks(data: LinkData, dir = 'content/data'): LinkUse[] {
  const at = (file: string, id: string) => `${dir}/${file}: ${id}`;
  return [
    ...data.sources.flatMap((s) => (s.url ? [{ url: s.url, where: at('sources.yaml', s.id) }] : [])),
    ...data.laws.flatMap((l) => [...lawUrls(l), l.source].map((url) => ({ url, where: at('laws.yaml', l.id) }))),
    ...data.contacts.flatMap((c) => [...(c.type === 'web' && c.value ? [c.value] : []), c.source].map((url) => ({ url, where: at('contacts.yaml', c.id) }))),
    ...data.actors.flatMap((a) => (a.website ? [{ url: a.website, where: at('actors.yaml', a.id) }] : [])),
    ...data.changes.map((c) => ({ url: c.source, where: at('changes.yaml', c.id) })),
  ];
}

/**
 * The addresses a chapter sends its readers to: its markdown links, the sources it cites, the acts it cites
 * with <Law> and the web addresses it shows with <Contact>, in the chapter's language.
 */
export function chapterLinks(file: string, lang: Lang, outline: Pick<Outline, 'uses' | 'sources' | 'links'>, data: LinkData): LinkUse[] {
  const laws = new Map(data.laws.map((l) => [l.id, l]));
  const contacts = new Map(data.contacts.map((c) => [c.id, c]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const lawUrl = (id: string | undefined) => {
    const l = id ? laws.get(id) : undefined;
    return l ? [typeof l.url === 'string' ? l.url : l.url[lang]] : [];
  };
  const sourceUrl = (id: string) => {
    const s = sources.get(id);
    return s ? (s.url ? [s.url] : lawUrl(s.law)) : [];
  };
  const attr = (v: string | true | undefined) => (typeof v === 'string' ? v : '');
  const urls: string[] = [
    ...outline.links.map((l) => l.url),
    ...outline.sources.flatMap((s) => s.ids.flatMap(sourceUrl)),
    ...outline.uses.flatMap((u) => {
      if (u.component === 'Law') return lawUrl(attr(u.attrs.id));
      if (u.component === 'SourceLink') return sourceUrl(attr(u.attrs.id));
      if (u.component === 'Contact') {
        const c = contacts.get(attr(u.attrs.id));
        return c?.type === 'web' && c.value ? [c.value] : [];
      }
      return [];
    }),
  ];
  return urls.map((url) => ({ url, where: file }));
}

/** What a request to an address gives: "ok", "HTTP 404", or "unreachable (…)". HEAD first, then GET. */
export async function urlStatus(url: string, fetchFn: typeof fetch = fetch, timeoutMs = 15_000): Promise<string> {
  let last = 'unreachable';
  for (const method of ['HEAD', 'GET'] as const) {
    try {
      const r = await fetchFn(url, { method, redirect: 'follow', signal: AbortSignal.timeout(timeoutMs) });
      if (r.ok) return 'ok';
      last = `HTTP ${r.status}`;
    } catch (e) {
      last = `unreachable (${(e as Error).message})`;
    }
  }
  return last;
}

/** Asks every address, a few at a time. */
export async function checkUrls(urls: readonly string[], fetchFn: typeof fetch = fetch, parallel = 4): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      out.set(url, await urlStatus(url, fetchFn));
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, urls.length) }, worker));
  return new Map(urls.map((u) => [u, out.get(u)!]));
}
