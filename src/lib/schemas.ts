/**
 * The content contract: zod schemas for chapter front matter and the data files.
 * Used by src/content.config.ts (the build) and by the content check (npm run check:content).
 */
import { z } from 'astro/zod';
import { readCalendarDate } from './dates.ts';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower case a–z, digits and hyphens only, e.g. "steg-2-akut-skydd"');
const id = slug;
/** A calendar date that exists and is not in the future (see readCalendarDate). */
const isoDate = z.unknown().transform((value, ctx) => {
  const r = readCalendarDate(value);
  if ('error' in r) {
    ctx.addIssue({ code: 'custom', message: r.error });
    return z.NEVER;
  }
  return r.date;
});
const text = z.string().trim().min(1, 'must not be empty');
const bilingual = z.object({ sv: text, en: text }, { error: 'needs both languages: { sv: "…", en: "…" }' });
const url = z.url({ error: 'must be a full https:// address' }).refine((u) => u.startsWith('https://') || u.startsWith('http://'), 'must be a web address');

export const chapterSchema = z
  .object({
    title: text,
    navTitle: text.optional(),
    slug,
    summary: text,
    /** site: about this web site, not part of the manual (the accessibility statement): linked from the footer, not listed among the chapters */
    kind: z.enum(['start', 'intro', 'step', 'reference', 'site']),
    step: z.number().int().min(1).max(6).optional(),
    timeFrame: text.optional(),
    order: z.number().int().min(0),
    lastReviewed: isoDate,
  })
  .strict()
  .superRefine((c, ctx) => {
    if (c.kind === 'step' && c.step === undefined) ctx.addIssue({ code: 'custom', path: ['step'], message: 'a step chapter needs step: 1–6' });
    if (c.kind === 'step' && c.timeFrame === undefined) ctx.addIssue({ code: 'custom', path: ['timeFrame'], message: 'a step chapter needs timeFrame: "…"' });
    if (c.kind !== 'step' && c.step !== undefined) ctx.addIssue({ code: 'custom', path: ['step'], message: 'only kind: step has a step number; remove step' });
  });
export type ChapterData = z.infer<typeof chapterSchema>;

export const ACTOR_GROUPS = ['state', 'municipal', 'regional', 'civil-society', 'international', 'judicial'] as const;

export const lawRef = z.object({ law: id, p: text.optional() }).strict();

export const actorSchema = z
  .object({
    id,
    name: bilingual,
    short: bilingual,
    slug: z.object({ sv: slug, en: slug }),
    group: z.enum(ACTOR_GROUPS),
    summary: bilingual,
    about: z.object({ sv: z.array(text).min(1), en: z.array(text).min(1) }),
    legalBasis: z.array(lawRef).default([]),
    contacts: z.array(id).default([]),
    website: url.optional(),
    /** ids in content/data/sources.yaml, shown as the actor page's sources */
    sources: z.array(text).min(1, 'name at least one source id from content/data/sources.yaml'),
  })
  .strict();
export type Actor = z.infer<typeof actorSchema>;

const short = z.string().trim().min(1, 'must not be empty').max(200, 'keep it short (at most 200 characters): the full text is in description');
/** A contact's place on the printable contact card: one A4 sheet, so each entry says only how and when. */
const cardSchema = z
  .object({
    /** 1 is the first and most prominent entry. */
    position: z.number().int().positive(),
    /** When to use it, or how to reach it when there is no single number. */
    text: z.object({ sv: short, en: short }, { error: 'needs both languages: { sv: "…", en: "…" }' }),
    /** The contact through which this one is reached (for entries without a number of their own). */
    via: id.optional(),
  })
  .strict();

export const contactSchema = z
  .object({
    id,
    name: bilingual,
    type: z.enum(['phone', 'email', 'fax', 'web', 'service']),
    value: text.optional(),
    international: z.string().regex(/^\+46( \d{1,3}){2,5}$/, 'write it as "+46 20 39 00 00"').optional(),
    hours: bilingual.optional(),
    description: bilingual,
    actor: id.optional(),
    urgent: z.boolean().default(false),
    card: cardSchema.optional(),
    source: url,
  })
  .strict();
export type Contact = z.infer<typeof contactSchema>;

export const lawSchema = z
  .object({
    id,
    type: z.enum(['act', 'ordinance', 'regulation', 'eu-directive', 'convention', 'protocol']),
    sfs: z.string().regex(/^\d{4}:\d+$/, 'write the SFS number as "2005:716"').optional(),
    celex: z.string().optional(),
    name: bilingual,
    title: bilingual,
    url: z.union([url, z.object({ sv: url, en: url })]),
    summary: bilingual,
    repealed: isoDate.optional(),
    note: bilingual.optional(),
    source: url,
  })
  .strict();
export type Law = z.infer<typeof lawSchema>;

export const glossarySchema = z
  .object({
    id,
    sv: text,
    en: text,
    definition: bilingual,
    law: z.object({ id, p: text.optional() }).strict().optional(),
    /** forms the content contract rejects in reader text, per language (case-sensitive, whole words) */
    avoid: z.object({ sv: z.array(text).optional(), en: z.array(text).optional() }).strict().optional(),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof glossarySchema>;

export const changeSchema = z
  .object({
    id: z.string().regex(/^\d{4}(-[a-z0-9]+)+$/, 'start the id with the year: "2022-08-01-betanketid-socialnamnden"'),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write the date as "YYYY", "YYYY-MM" or "YYYY-MM-DD"'),
    title: bilingual,
    text: bilingual,
    /** confirmed: in force or decided, with its source; pending: a proposal or a deadline still to come */
    certainty: z.enum(['confirmed', 'pending'], { error: 'certainty is confirmed (with its source) or pending (a proposal or a deadline still to come)' }),
    laws: z.array(id).default([]),
    source: url,
  })
  .strict();
export type Change = z.infer<typeof changeSchema>;

/** An e-mail address or a web address, or empty while the deploying agency has not filled it in. */
const contactPoint = z
  .string()
  .trim()
  .refine((v) => v === '' || /^[^@\s/]+@[^@\s]+\.[a-z]{2,}$/i.test(v) || /^https:\/\/[^\s]+$/.test(v), 'write an e-mail address (name@agency.se) or a web address starting with https://');

/**
 * Who publishes this deployment of the site. Each agency that deploys the site fills it in; the build refuses
 * empty fields when SITE_URL is set (a published site), see checkPublisher in src/lib/check.ts.
 */
export const publisherSchema = z
  .object({
    /** the agency's name in both languages */
    name: z.object({ sv: z.string().trim(), en: z.string().trim() }, { error: 'needs both languages: { sv: "…", en: "…" }' }).strict(),
    /** where readers reach the agency: its contact page or e-mail address */
    contact: contactPoint,
    /** where readers report an accessibility problem or ask for content in another format: a web form or an e-mail address */
    feedback: contactPoint,
  })
  .strict();
export type Publisher = z.infer<typeof publisherSchema>;

export const ACCESSIBILITY_STATUSES = ['full', 'partial', 'none'] as const;

export const siteSchema = z
  .object({
    id: z.literal('edition'),
    title: bilingual,
    edition: bilingual,
    published: isoDate,
    basis: bilingual,
    publisher: publisherSchema,
    /** the accessibility statement's data (content/{sv,en}/tillganglighet.mdx): compliance status and the day of the assessment */
    accessibility: z
      .object({
        status: z.enum(ACCESSIBILITY_STATUSES, { error: 'status is full, partial or none (helt, delvis or inte förenlig)' }),
        assessed: isoDate,
      })
      .strict(),
  })
  .strict();
export type Site = z.infer<typeof siteSchema>;

export const SOURCE_KINDS = ['law', 'preparatory', 'guidance', 'international', 'report', 'court'] as const;

/** content/data/sources.yaml: what a section cites. A law source points into laws.yaml, which holds its title and address. */
export const sourceSchema = z
  .object({
    id,
    kind: z.enum(SOURCE_KINDS, { error: `kind is one of ${SOURCE_KINDS.join(', ')}` }),
    law: id.optional(),
    publisher: text.optional(),
    title: text.optional(),
    /** the language of the title and the page when it is not Swedish (en, nb …), so screen readers say it right */
    lang: z.string().regex(/^[a-z]{2,3}$/, 'write a language code such as "en" or "nb"').optional(),
    url: url.optional(),
    consulted: isoDate,
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.kind === 'law') {
      if (!s.law) ctx.addIssue({ code: 'custom', path: ['law'], message: 'a law source names its act: law: <id in laws.yaml>' });
      for (const f of ['publisher', 'title', 'url', 'lang'] as const) if (s[f] !== undefined) ctx.addIssue({ code: 'custom', path: [f], message: `a law source takes its ${f === 'url' ? 'address' : f} from laws.yaml; remove ${f}` });
    } else {
      if (s.law !== undefined) ctx.addIssue({ code: 'custom', path: ['law'], message: 'only kind: law has law:; remove it or set kind: law' });
      for (const f of ['publisher', 'title', 'url'] as const) if (s[f] === undefined) ctx.addIssue({ code: 'custom', path: [f], message: `needs ${f}` });
    }
  });
export type Source = z.infer<typeof sourceSchema>;

/** One search word or phrase: Pagefind reads the list as "key:value", so no colon; items are joined with commas. */
const searchTerm = text.regex(/^[^,:]+$/, 'write one word or phrase per item, without commas or colons');

/**
 * content/data/search-terms.yaml: the words readers type that a section's own text does not use (synonyms,
 * agent nouns, common misspellings, questions), per language. Indexed for search with the section; never shown.
 */
export const searchTermsSchema = z
  .object({
    /** the id of the <Section> the words lead to */
    id,
    sv: z.array(searchTerm).default([]),
    en: z.array(searchTerm).default([]),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (!e.sv.length && !e.en.length) ctx.addIssue({ code: 'custom', path: ['sv'], message: 'list at least one search word in sv or en' });
    for (const lang of ['sv', 'en'] as const) {
      const seen = new Set<string>();
      e[lang].forEach((term, i) => {
        const key = term.toLocaleLowerCase(lang);
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [lang, i], message: `"${term}" is listed twice` });
        seen.add(key);
      });
    }
  });
export type SearchTerms = z.infer<typeof searchTermsSchema>;

/** content/open-questions.yaml: the editors' list. Never rendered. */
export const openQuestionSchema = z
  .object({
    id,
    where: text,
    question: text,
    tried: text.optional(),
    raised: isoDate,
  })
  .strict();
export type OpenQuestion = z.infer<typeof openQuestionSchema>;
