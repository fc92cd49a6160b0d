/**
 * Reads content/ from disk and runs the whole content contract over it: the zod schemas for front
 * matter and data, then the cross-reference and parity check. Used by the build (an integration in
 * astro.config.mjs, so a bad file stops `astro build` and `astro dev` before any page renders) and by
 * `npm run check:content`.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { checkChapters, checkContactCard, checkDataRefs, checkDataText, checkPublisher, checkSearchTerms, checkSourceRegister, type ChapterSource, type KnownSections, type ContentProblem, type DataIds, type DataRefs, type TextRules } from './check.ts';
import { actorSchema, changeSchema, chapterSchema, contactSchema, glossarySchema, lawSchema, openQuestionSchema, searchTermsSchema, siteSchema, sourceSchema, type GlossaryTerm, type OpenQuestion } from './schemas.ts';
import type { Lang } from './legal.ts';
import { RESEARCH_PHRASES, RESEARCH_PHRASE_REASON } from './style-rules.ts';
import { isSwedishPhone } from './phone.ts';
import { isValidProvision } from './legal.ts';
import { numberSections, parseOutline } from './outline.ts';
import { chapterLinks, dataLinks, type LinkData } from './links.ts';
import type { LinkUse, ReportChapter } from './report.ts';
import { chapterOwnSource, compareTranslations, parseTranslations, translationUnits, translationWarnings, TRANSLATIONS_FILE, type SwedishChapter, type TranslationRecord, type TranslationStatus, type TranslationUnit } from './translations.ts';

export interface SplitFile {
  frontmatter: string;
  body: string;
  bodyLine: number;
}

/** Splits "---\nyaml\n---\nbody". */
export function splitFrontmatter(source: string): SplitFile | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) return null;
  return { frontmatter: m[1]!, body: source.slice(m[0].length), bodyLine: m[0].split('\n').length - 1 };
}

function issues(file: string, error: z.ZodError, prefix = ''): ContentProblem[] {
  return error.issues.map((i) => {
    const field = prefix + (i.path.length ? i.path.join('.') : '(whole entry)');
    return { file, message: `field "${field}": ${i.message}`, fix: i.code === 'unrecognized_keys' ? 'remove the field or correct its spelling (see content/README.md)' : 'correct the field as described (see content/README.md)' };
  });
}

interface Entry {
  id?: unknown;
  [k: string]: unknown;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a text file that must be UTF-8. Bytes in another encoding (Latin-1 from an old editor, say) would
 * otherwise reach readers as U+FFFD; this names the line instead.
 */
export function readUtf8(path: string, file: string, problems: ContentProblem[]): string {
  const bytes = readFileSync(path);
  try {
    return utf8.decode(bytes);
  } catch {
    // Reported once, at the first bad byte; the rest of the file is still read so nothing else is reported twice.
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const at = lossy.indexOf('\uFFFD');
    const line = at < 0 ? 1 : lossy.slice(0, at).split('\n').length;
    problems.push({ file, line, message: 'the file is not UTF-8 (a character here was saved in another encoding)', fix: 'save the file as UTF-8 in your editor and retype the character' });
    return lossy;
  }
}

/** A data file that could not be read: every id counts as known, so its one problem is not followed by hundreds. */
class AnyId extends Set<string> {
  override has(): boolean {
    return true;
  }
}

interface ReadList {
  entries: Entry[];
  loaded: boolean;
}

function readList(root: string, name: string, problems: ContentProblem[], folder = 'data', emptyOk = false): ReadList {
  const path = join(root, folder, name);
  const file = relative(process.cwd(), path) || path;
  const failed: ReadList = { entries: [], loaded: false };
  if (!existsSync(path)) {
    problems.push({ file, message: 'the data file is missing', fix: `create content/data/${name} (see content/README.md)` });
    return failed;
  }
  const text = readUtf8(path, file, problems);
  try {
    const data = parseYaml(text) as unknown;
    if (emptyOk && (data === null || data === undefined)) return { entries: [], loaded: true };
    if (!Array.isArray(data)) {
      problems.push({ file, message: 'the file is not a list', fix: 'write a YAML list: one "- id: …" entry per item' });
      return failed;
    }
    return { entries: data as Entry[], loaded: true };
  } catch (e) {
    problems.push({ file, message: `YAML does not parse: ${(e as Error).message.split('\n')[0]}`, fix: 'correct the YAML syntax at the line named' });
    return failed;
  }
}

type Validated<T> = T[] & {
  /** the ids references may point at: the valid entries, and those with an error already reported (no follow-on problems) */
  ids: Set<string>;
};

function validateList<S extends z.ZodType>(root: string, name: string, schema: S, problems: ContentProblem[], folder = 'data', emptyOk = false): Validated<z.infer<S>> {
  const file = relative(process.cwd(), join(root, folder, name));
  const read = readList(root, name, problems, folder, emptyOk);
  const out = Object.assign([] as Array<z.infer<S>>, { ids: read.loaded ? new Set<string>() : new AnyId() });
  const seen = new Set<string>();
  read.entries.forEach((entry, i) => {
    const label = typeof entry?.id === 'string' ? `entry "${entry.id}"` : `entry ${i + 1}`;
    if (typeof entry?.id === 'string') out.ids.add(entry.id);
    const r = schema.safeParse(entry);
    if (!r.success) {
      problems.push(...issues(file, r.error, `${label} → `));
      return;
    }
    const id = (r.data as { id: string }).id;
    if (seen.has(id)) {
      // Reported once; the second copy is not checked again (no follow-on problems).
      problems.push({ file, message: `${label} appears twice`, fix: 'give every entry its own id, or delete the second copy' });
      return;
    }
    seen.add(id);
    out.push(r.data);
  });
  return out;
}

export interface CheckOptions {
  /** the SITE_URL of the build: a site built for publication must name its publisher (content/data/site.yaml) */
  siteUrl?: string | undefined;
}

export function checkContent(root: string, options: CheckOptions = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const actors = validateList(root, 'actors.yaml', actorSchema, problems);
  const contacts = validateList(root, 'contacts.yaml', contactSchema, problems);
  const laws = validateList(root, 'laws.yaml', lawSchema, problems);
  const glossary = validateList(root, 'glossary.yaml', glossarySchema, problems);
  const changes = validateList(root, 'changes.yaml', changeSchema, problems);
  const sites = validateList(root, 'site.yaml', siteSchema, problems);
  const sources = validateList(root, 'sources.yaml', sourceSchema, problems);
  const searchTerms = validateList(root, 'search-terms.yaml', searchTermsSchema, problems);
  validateList(root, 'open-questions.yaml', openQuestionSchema, problems, '.', true);
  const rules = textRules(glossary);

  const ids: DataIds = { actors: actors.ids, laws: laws.ids, contacts: contacts.ids, changes: changes.ids, sources: sources.ids };
  const sourceLaws = new Map(sources.flatMap((s) => (s.law ? [[s.id, s.law] as const] : [])));

  const rel = (name: string) => relative(process.cwd(), join(root, 'data', name));
  for (const c of contacts) {
    if ((c.type === 'phone' || c.type === 'fax') && !(c.value && isSwedishPhone(c.value))) {
      problems.push({ file: rel('contacts.yaml'), message: `entry "${c.id}" → field "value": "${c.value ?? ''}" is not a phone number in Swedish national format`, fix: 'write it as "020-39 00 00" or a short number such as "114 14"' });
    }
    if (c.type === 'email' && !(c.value && /^[^@\s]+@[^@\s]+\.[a-z]+$/.test(c.value))) problems.push({ file: rel('contacts.yaml'), message: `entry "${c.id}" → field "value": not an e-mail address`, fix: 'write the address, e.g. "name@example.se"' });
    if (c.type === 'web' && !(c.value && /^https?:\/\//.test(c.value))) problems.push({ file: rel('contacts.yaml'), message: `entry "${c.id}" → field "value": not a web address`, fix: 'write the full address starting with https://' });
    if (c.type === 'service' && c.value) problems.push({ file: rel('contacts.yaml'), message: `entry "${c.id}" → field "value": a service has no single number or address`, fix: 'remove value, or change type' });
  }
  problems.push(...checkContactCard(rel('contacts.yaml'), contacts));
  const lawProvisions = (where: string, file: string, refs: Array<{ law?: string; id?: string; p?: string | undefined }>) => {
    for (const r of refs) if (r.p !== undefined && !isValidProvision(r.p)) problems.push({ file: rel(file), message: `${where}: provision "${r.p}" cannot be read`, fix: 'write it the Swedish way: "5 kap. 15 §", "6 §", "artikel 11"' });
  };
  const dataRefs: DataRefs[] = [
    {
      file: rel('actors.yaml'),
      refs: actors.flatMap((a) => [
        ...a.legalBasis.map((l) => ({ where: `entry "${a.id}" → legalBasis`, id: l.law, kind: 'laws' as const })),
        ...a.contacts.map((c) => ({ where: `entry "${a.id}" → contacts`, id: c, kind: 'contacts' as const })),
      ]),
    },
    {
      file: rel('contacts.yaml'),
      refs: contacts.flatMap((c) => [
        ...(c.actor ? [{ where: `entry "${c.id}" → actor`, id: c.actor, kind: 'actors' as const }] : []),
        ...(c.card?.via ? [{ where: `entry "${c.id}" → card.via`, id: c.card.via, kind: 'contacts' as const }] : []),
      ]),
    },
    { file: rel('glossary.yaml'), refs: glossary.flatMap((g) => (g.law ? [{ where: `entry "${g.id}" → law`, id: g.law.id, kind: 'laws' as const }] : [])) },
    { file: rel('changes.yaml'), refs: changes.flatMap((c) => c.laws.map((l) => ({ where: `entry "${c.id}" → laws`, id: l, kind: 'laws' as const }))) },
  ];
  problems.push(...checkDataRefs(dataRefs, ids));
  for (const a of actors) {
    for (const sid of a.sources) {
      if (!ids.sources.has(sid)) problems.push({ file: rel('actors.yaml'), message: `entry "${a.id}" → sources: unknown source id "${sid}"`, fix: /^https?:/.test(sid) ? 'add the address to content/data/sources.yaml and name its id here' : 'use an id from content/data/sources.yaml' });
    }
  }

  // Text readers see in the data: no research language, and the glossary's terms.
  const both = (where: string, v: { sv: string; en: string } | undefined, terms = true) =>
    v ? (['sv', 'en'] as const).map((lang) => ({ where: `${where}.${lang}`, lang, text: v[lang], terms })) : [];
  const lists = (where: string, v: { sv: string[]; en: string[] }) => (['sv', 'en'] as const).flatMap((lang) => v[lang].map((text, i) => ({ where: `${where}.${lang}[${i}]`, lang, text })));
  problems.push(
    ...checkDataText(rel('actors.yaml'), actors.flatMap((a) => [...both(`entry "${a.id}" → name`, a.name, false), ...both(`entry "${a.id}" → summary`, a.summary), ...lists(`entry "${a.id}" → about`, a.about)]), rules),
    ...checkDataText(rel('contacts.yaml'), contacts.flatMap((c) => [...both(`entry "${c.id}" → name`, c.name, false), ...both(`entry "${c.id}" → description`, c.description), ...both(`entry "${c.id}" → hours`, c.hours), ...both(`entry "${c.id}" → card.text`, c.card?.text)]), rules),
    ...checkDataText(rel('laws.yaml'), laws.flatMap((l) => [...both(`entry "${l.id}" → title`, l.title, false), ...both(`entry "${l.id}" → summary`, l.summary), ...both(`entry "${l.id}" → note`, l.note)]), rules),
    ...checkDataText(rel('glossary.yaml'), glossary.flatMap((g) => both(`entry "${g.id}" → definition`, g.definition)), rules),
    ...checkDataText(rel('changes.yaml'), changes.flatMap((c) => [...both(`entry "${c.id}" → title`, c.title), ...both(`entry "${c.id}" → text`, c.text)]), rules),
    ...checkDataText(rel('site.yaml'), sites.flatMap((x) => [...both('edition → title', x.title, false), ...both('edition → basis', x.basis)]), rules),
  );
  for (const x of sites) problems.push(...checkPublisher(rel('site.yaml'), x.publisher, options.siteUrl));
  for (const a of actors) lawProvisions(`entry "${a.id}" → legalBasis`, 'actors.yaml', a.legalBasis);
  for (const g of glossary) if (g.law) lawProvisions(`entry "${g.id}" → law`, 'glossary.yaml', [g.law]);
  // One term, one entry: the same Swedish or English term under two ids would give readers two definitions.
  for (const lang of ['sv', 'en'] as const) {
    const first = new Map<string, string>();
    for (const g of glossary) {
      const key = g[lang].trim().toLocaleLowerCase(lang);
      const earlier = first.get(key);
      if (earlier) problems.push({ file: rel('glossary.yaml'), message: `entry "${g.id}" → ${lang}: the term "${g[lang]}" is already defined by entry "${earlier}"`, fix: 'merge the two entries into one, or name the terms apart' });
      else first.set(key, g.id);
    }
  }

  const chapters: ChapterSource[] = [];
  const slugSeen = new Map<string, string>();
  for (const lang of ['sv', 'en'] as const) {
    const dir = join(root, lang);
    if (!existsSync(dir)) {
      problems.push({ file: relative(process.cwd(), dir), message: 'the language folder is missing', fix: `create content/${lang}/ with one .mdx file per chapter` });
      continue;
    }
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.mdx')) continue;
      const path = join(dir, name);
      const file = relative(process.cwd(), path);
      const split = splitFrontmatter(readUtf8(path, file, problems));
      if (!split) {
        problems.push({ file, line: 1, message: 'no front matter', fix: 'start the file with ---, the fields of content/README.md, and ---' });
        continue;
      }
      let fm: unknown;
      let frontmatterBroken = false;
      try {
        fm = parseYaml(split.frontmatter);
      } catch (e) {
        problems.push({ file, line: 2, message: `front matter does not parse: ${(e as Error).message.split('\n')[0]}`, fix: 'correct the YAML between the --- lines' });
        frontmatterBroken = true;
      }
      const r = frontmatterBroken ? null : chapterSchema.safeParse(fm);
      if (r && !r.success) problems.push(...issues(file, r.error));
      const data = (r?.success ? r.data : (fm ?? {})) as Record<string, unknown>;
      const id = name.replace(/\.mdx$/, '');
      // The chapter's body is still read, so its sections exist for links from other chapters (no follow-on problems).
      chapters.push({
        file,
        lang,
        id,
        order: typeof data.order === 'number' ? data.order : undefined,
        kind: typeof data.kind === 'string' ? data.kind : undefined,
        step: typeof data.step === 'number' ? data.step : undefined,
        body: split.body,
        bodyLine: split.bodyLine,
        ...(frontmatterBroken || (r && !r.success) ? { frontmatterBroken: true } : {}),
      });
      // Slugs are unique within a language.
      const slug = typeof data.slug === 'string' ? data.slug : undefined;
      const key = `${lang}/${slug}`;
      if (slug && slugSeen.has(key)) problems.push({ file, message: `slug "${slug}" is also used by ${slugSeen.get(key)}`, fix: 'give each chapter its own slug' });
      else if (slug) slugSeen.set(key, file);
    }
  }
  const cited = { ids: new Set<string>(), complete: true };
  const known: KnownSections = { ids: new Set(), unread: new Set() };
  problems.push(...checkChapters(chapters, ids, rules, sourceLaws, cited, known));
  problems.push(...checkSearchTerms(rel('search-terms.yaml'), searchTerms, known));
  for (const a of actors) for (const sid of a.sources) cited.ids.add(sid);
  // A chapter the parser could not read cites nothing we can see: then no source is called uncited (one root problem).
  problems.push(...checkSourceRegister(rel('sources.yaml'), sources, cited.complete ? cited.ids : new Set(sources.map((s) => s.id)), ids.laws));
  problems.push(...readTranslationState(root).problems);
  return problems;
}

/** What the build reports without stopping: a section without a translation entry, an entry for a section that is gone. */
export function contentWarnings(root: string): ContentProblem[] {
  return readTranslationState(root).warnings;
}

export interface TranslationState {
  file: string;
  units: TranslationUnit[];
  record: TranslationRecord;
  status: TranslationStatus;
  /** the file is missing or cannot be read: these stop the build */
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

/** The Swedish chapters as the translation record sees them (src/lib/translations.ts), in reading order. */
export function readSwedishChapters(root: string): { chapters: SwedishChapter[]; complete: boolean } {
  const dir = join(root, 'sv');
  const chapters: Array<SwedishChapter & { order: number }> = [];
  let complete = true;
  if (!existsSync(dir)) return { chapters, complete: false };
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.mdx')) continue;
    const file = relative(process.cwd(), join(dir, name));
    const split = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
    if (!split) {
      complete = false;
      continue;
    }
    let fm: Record<string, unknown> = {};
    try {
      fm = (parseYaml(split.frontmatter) ?? {}) as Record<string, unknown>;
    } catch {
      complete = false;
    }
    const o = parseOutline(split.body, split.bodyLine);
    if (o.unreadable) complete = false;
    chapters.push({
      id: name.replace(/\.mdx$/, ''),
      file,
      title: typeof fm.title === 'string' ? fm.title : name,
      order: typeof fm.order === 'number' ? fm.order : Number.MAX_SAFE_INTEGER,
      ownSource: chapterOwnSource(fm, o.intro),
      sections: o.sections,
      own: o.own,
    });
  }
  return { chapters: chapters.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id)), complete };
}

/** content/translations.json against the Swedish chapters as they are on disk now (committed or not). */
export function readTranslationState(root: string): TranslationState {
  const path = join(root, TRANSLATIONS_FILE);
  const file = relative(process.cwd(), path) || path;
  const { chapters, complete } = readSwedishChapters(root);
  const units = translationUnits(chapters);
  const empty: TranslationStatus = { outdated: [], missing: [], stale: [] };
  if (!existsSync(path)) {
    return { file, units, record: {}, status: empty, warnings: [], problems: [{ file, message: 'the translation record is missing', fix: 'when the English text is up to date with the Swedish, run npm run translations -- --update --all and commit the file' }] };
  }
  const problems: ContentProblem[] = [];
  const { record, problems: bad } = parseTranslations(readUtf8(path, file, problems), file);
  problems.push(...bad);
  const status = compareTranslations(units, record);
  // A chapter that cannot be read has its own error; its sections are not called missing or gone on top of it.
  return { file, units, record, status, problems, warnings: complete ? translationWarnings(file, status) : [] };
}

/** The research phrases (src/lib/style-rules.ts) and the glossary's avoided forms, as the chapter and data checks use them. */
function textRules(glossary: GlossaryTerm[]): TextRules {
  const avoid = (lang: Lang) => glossary.flatMap((g) => (g.avoid?.[lang] ?? []).map((form) => ({ form, preferred: g[lang] })));
  return { phrases: RESEARCH_PHRASES, reason: RESEARCH_PHRASE_REASON, avoid: { sv: avoid('sv'), en: avoid('en') } };
}

/** The editors' list of open questions (content/open-questions.yaml). */
export function readOpenQuestions(root: string): { questions: OpenQuestion[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const questions = validateList(root, 'open-questions.yaml', openQuestionSchema, problems, '.', true);
  return { questions, problems };
}

export interface EditorsContent {
  chapters: ReportChapter[];
  links: LinkUse[];
  questions: OpenQuestion[];
  translations: TranslationState;
}

/**
 * What the editors' report reads (npm run editors:report): the chapters of both languages with their review
 * dates and numbered sections, every external address with where it is used, the open questions and the
 * translation status. Run the content check first: this assumes content that passes it.
 */
export function readEditorsContent(root: string): EditorsContent {
  const problems: ContentProblem[] = [];
  const data: LinkData = {
    laws: validateList(root, 'laws.yaml', lawSchema, problems),
    contacts: validateList(root, 'contacts.yaml', contactSchema, problems),
    actors: validateList(root, 'actors.yaml', actorSchema, problems),
    sources: validateList(root, 'sources.yaml', sourceSchema, problems),
    changes: validateList(root, 'changes.yaml', changeSchema, problems),
  };
  const dataDir = relative(process.cwd(), join(root, 'data')) || join(root, 'data');
  const chapters: ReportChapter[] = [];
  const links: LinkUse[] = [];
  for (const lang of ['sv', 'en'] as const) {
    const dir = join(root, lang);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.mdx')) continue;
      const file = relative(process.cwd(), join(dir, name));
      const split = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
      const fm = split ? chapterSchema.safeParse(parseYaml(split.frontmatter)) : null;
      if (!split || !fm?.success) continue;
      const o = parseOutline(split.body, split.bodyLine);
      const numbers = numberSections(o.sections, fm.data.step);
      chapters.push({
        id: name.replace(/\.mdx$/, ''),
        lang,
        file,
        title: fm.data.title,
        order: fm.data.order,
        lastReviewed: fm.data.lastReviewed,
        sections: o.sections.map((x) => ({ id: x.id, title: x.title, number: numbers.get(x.id) })),
      });
      links.push(...chapterLinks(file, lang, o, data));
    }
  }
  links.push(...dataLinks(data, dataDir));
  return { chapters, links, questions: readOpenQuestions(root).questions, translations: readTranslationState(root) };
}
