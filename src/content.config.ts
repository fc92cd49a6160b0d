/**
 * Content collections. The schemas live in src/lib/schemas.ts (shared with the content check).
 * Chapters: content/sv/*.mdx and content/en/*.mdx, paired by file name (the chapter id).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { actorSchema, changeSchema, chapterSchema, contactSchema, glossarySchema, lawSchema, searchTermsSchema, siteSchema, sourceSchema } from './lib/schemas.ts';

/** The content folder; a test builds a copy of it (CONTENT_DIR) to prove what a change to content does. */
const contentDir = process.env.CONTENT_DIR ?? 'content';
/** Loaders resolve paths against the project: keep an absolute CONTENT_DIR absolute, make a relative one explicit. */
const root = contentDir.startsWith('/') ? contentDir : `./${contentDir}`;

const chapters = (lang: 'sv' | 'en') =>
  defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${root}/${lang}`, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
    schema: chapterSchema,
  });

export const collections = {
  sv: chapters('sv'),
  en: chapters('en'),
  actors: defineCollection({ loader: file(`${root}/data/actors.yaml`), schema: actorSchema }),
  contacts: defineCollection({ loader: file(`${root}/data/contacts.yaml`), schema: contactSchema }),
  laws: defineCollection({ loader: file(`${root}/data/laws.yaml`), schema: lawSchema }),
  glossary: defineCollection({ loader: file(`${root}/data/glossary.yaml`), schema: glossarySchema }),
  changes: defineCollection({ loader: file(`${root}/data/changes.yaml`), schema: changeSchema }),
  sources: defineCollection({ loader: file(`${root}/data/sources.yaml`), schema: sourceSchema }),
  searchTerms: defineCollection({ loader: file(`${root}/data/search-terms.yaml`), schema: searchTermsSchema }),
  site: defineCollection({ loader: file(`${root}/data/site.yaml`), schema: siteSchema }),
};
