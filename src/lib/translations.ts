/**
 * Translation status: which version of each Swedish section the English text translates.
 *
 * content/translations.json records, for every section (and every chapter's own text: its title, summary,
 * lead and In brief box), a short hash of the Swedish source the English was last brought up to date with.
 * When the Swedish source changes, its hash no longer matches: the English section is "outdated" until a
 * translator updates it and records the new version (`npm run translations -- --update <id>`).
 *
 * What counts as a change: anything in the section's own MDX source, from its opening tag (id and title) to
 * its closing tag — words, punctuation, markdown, components and their attributes — except changes in spaces
 * and line breaks only (re-wrapping a paragraph, an extra blank line). A subsection has its own source, so a
 * change in a subsection marks only that subsection, not the section around it.
 * Pure apart from the hash function.
 */
import { createHash } from 'node:crypto';
import type { ContentProblem } from './check.ts';

/** The file, inside the content folder. */
export const TRANSLATIONS_FILE = 'translations.json';

/** Section id (or chapter id for a chapter's own text) → hash of the Swedish source the English translates. */
export type TranslationRecord = Record<string, string>;

/** One piece of the Swedish manual that an English piece translates. */
export interface TranslationUnit {
  /** the section id, or the chapter id for the chapter's own text */
  id: string;
  kind: 'chapter' | 'section';
  chapter: string;
  title: string;
  /** where the Swedish text is: file and line */
  file: string;
  line: number;
  hash: string;
}

/** Spaces and line breaks do not count: every run of them is one space. */
export function normaliseSource(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function sourceHash(text: string): string {
  return createHash('sha256').update(normaliseSource(text)).digest('hex').slice(0, 12);
}

const HASH = /^[0-9a-f]{12}$/;

/** What a chapter's own text is made of: the front-matter fields readers see, and the text outside its sections. */
export function chapterOwnSource(fields: { title?: unknown; navTitle?: unknown; summary?: unknown; timeFrame?: unknown }, intro: string): string {
  const lines = (['title', 'navTitle', 'summary', 'timeFrame'] as const).filter((k) => typeof fields[k] === 'string').map((k) => `${k}: ${String(fields[k])}`);
  return [...lines, intro].join('\n');
}

export interface SwedishChapter {
  id: string;
  file: string;
  title: string;
  ownSource: string;
  /** the sections, with their line in the file */
  sections: ReadonlyArray<{ id: string; title: string; line: number }>;
  own: ReadonlyMap<string, string>;
}

/** The units of the Swedish manual, in reading order: each chapter's own text, then its sections. */
export function translationUnits(chapters: readonly SwedishChapter[]): TranslationUnit[] {
  return chapters.flatMap((c) => [
    { id: c.id, kind: 'chapter' as const, chapter: c.id, title: c.title, file: c.file, line: 1, hash: sourceHash(c.ownSource) },
    ...c.sections.map((s) => ({ id: s.id, kind: 'section' as const, chapter: c.id, title: s.title, file: c.file, line: s.line, hash: sourceHash(c.own.get(s.id) ?? '') })),
  ]);
}

export interface TranslationStatus {
  /** the Swedish text changed since the English was recorded as up to date */
  outdated: TranslationUnit[];
  /** no entry in the file: a new section */
  missing: TranslationUnit[];
  /** entries for ids that are no longer in the Swedish manual */
  stale: string[];
}

export function compareTranslations(units: readonly TranslationUnit[], record: TranslationRecord): TranslationStatus {
  const known = new Set(units.map((u) => u.id));
  return {
    outdated: units.filter((u) => record[u.id] !== undefined && record[u.id] !== u.hash),
    missing: units.filter((u) => record[u.id] === undefined),
    stale: Object.keys(record).filter((id) => !known.has(id)),
  };
}

/** Reads the file's text; a file that cannot be read is a content error (it stops the build). */
export function parseTranslations(text: string, file: string): { record: TranslationRecord; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { record: {}, problems: [{ file, message: `the file is not JSON: ${(e as Error).message}`, fix: 'restore it from git (git checkout -- content/translations.json), then run npm run translations -- --update' }] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { record: {}, problems: [{ file, message: 'the file is not a JSON object of section ids', fix: 'restore it from git, then run npm run translations -- --update' }] };
  }
  const record: TranslationRecord = {};
  for (const [id, hash] of Object.entries(data as Record<string, unknown>)) {
    if (typeof hash === 'string' && HASH.test(hash)) record[id] = hash;
    else problems.push({ file, message: `entry "${id}" is ${JSON.stringify(hash)}, not a version hash (12 characters 0-9 a-f)`, fix: `do not edit the file by hand: run npm run translations -- --update ${id}` });
  }
  return { record, problems };
}

/** A missing entry or an entry for a section that is gone: a warning (the build goes on), naming the fix. */
export function translationWarnings(file: string, status: TranslationStatus): ContentProblem[] {
  return [
    ...status.missing.map((u) => ({
      file,
      message: `${u.kind === 'chapter' ? 'chapter' : 'section'} "${u.id}" (${u.file}:${u.line}) has no entry, so a change in its Swedish text would go unnoticed`,
      fix: `when its English text is a translation of the Swedish text as it is now, run npm run translations -- --update ${u.id}`,
    })),
    ...status.stale.map((id) => ({ file, message: `entry "${id}" names no section or chapter of the Swedish manual`, fix: `run npm run translations -- --update ${id} to remove it` })),
  ];
}

export type UpdateRequest = { ids: readonly string[] } | { all: true } | { tidy: true };

export interface UpdateResult {
  record: TranslationRecord;
  /** what was done, one line each */
  done: string[];
  /** ids that are neither in the manual nor in the file */
  unknown: string[];
}

/**
 * Records translations as up to date.
 * - ids: these sections (or chapters) translate the Swedish text as it is now; an id no longer in the manual is removed;
 * - all: every section (to start the file for a manual whose English is up to date);
 * - tidy: adds the sections that have no entry and removes entries of sections that are gone, and leaves
 *   outdated ones as they are.
 */
export function updateTranslations(units: readonly TranslationUnit[], record: TranslationRecord, request: UpdateRequest): UpdateResult {
  const next: TranslationRecord = { ...record };
  const done: string[] = [];
  const unknown: string[] = [];
  const byId = new Map(units.map((u) => [u.id, u]));
  const set = (u: TranslationUnit, why: string) => {
    if (next[u.id] === u.hash) return;
    next[u.id] = u.hash;
    done.push(`${u.id}: ${why}`);
  };
  const status = compareTranslations(units, record);
  if ('ids' in request) {
    for (const id of request.ids) {
      const u = byId.get(id);
      if (u) set(u, record[id] === undefined ? 'added' : 'recorded as translated');
      else if (id in next) {
        delete next[id];
        done.push(`${id}: removed (no longer in the Swedish manual)`);
      } else unknown.push(id);
    }
  } else if ('all' in request) {
    for (const u of units) set(u, record[u.id] === undefined ? 'added' : 'recorded as translated');
    for (const id of status.stale) {
      delete next[id];
      done.push(`${id}: removed (no longer in the Swedish manual)`);
    }
  } else {
    for (const u of status.missing) set(u, 'added');
    for (const id of status.stale) {
      delete next[id];
      done.push(`${id}: removed (no longer in the Swedish manual)`);
    }
  }
  return { record: next, done, unknown };
}

/** The file's text: entries in the manual's reading order, so a change shows as a small diff. */
export function serialiseTranslations(units: readonly TranslationUnit[], record: TranslationRecord): string {
  const ordered: TranslationRecord = {};
  for (const u of units) if (record[u.id] !== undefined) ordered[u.id] = record[u.id]!;
  for (const id of Object.keys(record).sort()) if (!(id in ordered)) ordered[id] = record[id]!;
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
