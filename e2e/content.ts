/** What the tests expect, read from content/ itself, so a test follows the content rather than a copy of it. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter } from '../src/lib/load-content.ts';
import { parseOutline } from '../src/lib/outline.ts';
import { RESEARCH_PHRASES } from '../src/lib/style-rules.ts';

export type Lang = 'sv' | 'en';

export interface ChapterInfo {
  id: string;
  slug: string;
  title: string;
  kind: string;
  step?: number;
  order: number;
  url: string;
  sections: Array<{ id: string; title: string; level: number }>;
  blocks: Array<{ actor: string; sectionId: string }>;
  /** each section's own <Sources ids="…"> */
  sources: Array<{ sectionId: string; ids: string[] }>;
}

export function chapters(lang: Lang): ChapterInfo[] {
  const dir = join('content', lang);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const split = splitFrontmatter(readFileSync(join(dir, f), 'utf8'))!;
      const fm = parse(split.frontmatter) as { slug: string; title: string; kind: string; step?: number; order: number };
      const o = parseOutline(split.body);
      const id = f.replace(/\.mdx$/, '');
      return {
        id,
        ...fm,
        url: fm.kind === 'start' ? `/${lang}/` : `/${lang}/${fm.slug}/`,
        sections: o.sections.map((s) => ({ id: s.id, title: s.title, level: s.level })),
        blocks: o.blocks.map((b) => ({ actor: b.actor, sectionId: b.sectionId })),
        sources: o.sources.filter((x) => x.sectionId).map((x) => ({ sectionId: x.sectionId!, ids: x.ids })),
      };
    })
    .sort((a, b) => a.order - b.order);
}

/** The chapters of the manual itself, as the navigation and the whole manual list them: not the start page, and not the pages about the web site (kind: site). */
export function manualChapters(lang: Lang): ChapterInfo[] {
  return chapters(lang).filter((c) => c.kind !== 'start' && c.kind !== 'site');
}

export function chapter(lang: Lang, id: string): ChapterInfo {
  const c = chapters(lang).find((x) => x.id === id);
  if (!c) throw new Error(`no chapter ${id} in ${lang}`);
  return c;
}

export interface ActorInfo {
  id: string;
  name: Record<Lang, string>;
  slug: Record<Lang, string>;
}

/** The actors as the site lists them: alphabetically by name in the given language. */
export function actors(lang: Lang = 'sv'): ActorInfo[] {
  return (parse(readFileSync('content/data/actors.yaml', 'utf8')) as ActorInfo[]).sort((a, b) => a.name[lang].localeCompare(b.name[lang], lang));
}

export function contacts(): Array<{ id: string; value?: string; name: Record<Lang, string> }> {
  return parse(readFileSync('content/data/contacts.yaml', 'utf8'));
}

/** Every built HTML page of a build in `dir`, as a path after `prefix` ("/sv/kontakter/"), sorted. */
export function builtPages(dir = 'dist', prefix = '/'): string[] {
  const out: string[] = [];
  const walk = (at: string, path: string) => {
    for (const e of readdirSync(at, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (e.name === 'pagefind' || e.name === '_astro') continue;
        walk(join(at, e.name), `${path}${e.name}/`);
      } else if (e.name === 'index.html') out.push(path);
    }
  };
  walk(dir, prefix);
  return out.sort();
}

/** The research phrases the content contract refuses (src/lib/style-rules.ts). */
export function researchPhrases(): Record<Lang, readonly string[]> {
  return RESEARCH_PHRASES;
}

export function actorSources(): Array<{ id: string; slug: Record<Lang, string>; sources: string[] }> {
  return parse(readFileSync('content/data/actors.yaml', 'utf8'));
}
