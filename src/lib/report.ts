/**
 * The editors' report (npm run editors:report): per chapter and language, what needs an editor's attention —
 * chapters due for review, English sections whose Swedish text changed, open questions — and every external
 * address the manual links to, for checking. Pure: the command reads content/ and, if asked, the network.
 */
import type { Lang } from './legal.ts';
import type { OpenQuestion } from './schemas.ts';
import type { TranslationUnit } from './translations.ts';

/** A chapter is due for review this many months after its lastReviewed date, unless the command says otherwise. */
export const DEFAULT_REVIEW_MONTHS = 12;

export interface ReportChapter {
  id: string;
  lang: Lang;
  file: string;
  title: string;
  order: number;
  lastReviewed: Date;
  sections: ReadonlyArray<{ id: string; title: string; number?: string | undefined }>;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The day a review falls due: the same day of the month, `months` later (31 January + 1 month → 28 or 29 February). */
export function reviewDueOn(lastReviewed: Date, months: number): Date {
  const y = lastReviewed.getUTCFullYear();
  const m = lastReviewed.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(lastReviewed.getUTCDate(), lastDay)));
}

/** Due from the due day on (today counts). */
export function isReviewDue(lastReviewed: Date, now: Date, months: number): boolean {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return reviewDueOn(lastReviewed, months).getTime() <= today;
}

/** One use of an external address: where an editor finds it ("steg-2" or "content/data/laws.yaml: utl → url"). */
export interface LinkUse {
  url: string;
  where: string;
}

/** Only web addresses are checked (mailto: and tel: are not pages). */
export function isExternal(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** Each address once, with every place that uses it, in order of first use; places in order of first mention. */
export function groupLinks(uses: readonly LinkUse[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const u of uses) {
    if (!isExternal(u.url)) continue;
    const list = out.get(u.url) ?? [];
    if (!list.includes(u.where)) list.push(u.where);
    out.set(u.url, list);
  }
  return out;
}

/**
 * What an open question concerns, split into the file and the rest: "content/sv/steg-2.mdx#steg-2-barn (och
 * #steg-2-lagrum)" → ["content/sv/steg-2.mdx", "#steg-2-barn (och #steg-2-lagrum)"].
 */
export function questionPlace(q: Pick<OpenQuestion, 'where'>): [file: string, rest: string] {
  const where = q.where.trim();
  const file = /^[^\s#]+/.exec(where)?.[0] ?? where;
  return [file, where.slice(file.length).trim()];
}
const questionFile = (q: OpenQuestion) => questionPlace(q)[0];

export interface ReportInput {
  root: string;
  now: Date;
  months: number;
  chapters: readonly ReportChapter[];
  /** English sections (and chapters' own text) whose Swedish text changed: translation units */
  outdated: readonly TranslationUnit[];
  questions: readonly OpenQuestion[];
  links: readonly LinkUse[];
  /** address → "ok" or what went wrong, when the addresses were checked */
  linkStatus?: ReadonlyMap<string, string>;
}

export interface ReportEntry {
  chapter: ReportChapter;
  due: boolean;
  dueOn: Date;
  outdated: TranslationUnit[];
  questions: OpenQuestion[];
  links: number;
}

export interface Report {
  /** per chapter, Swedish then English */
  chapters: Array<{ id: string; title: string; entries: ReportEntry[] }>;
  /** questions about files that are not chapters (data files) */
  otherQuestions: Map<string, OpenQuestion[]>;
  links: Map<string, string[]>;
  totals: { due: number; outdated: number; questions: number; links: number; failing: number };
}

export function buildReport(input: ReportInput): Report {
  const byId = new Map<string, ReportChapter[]>();
  for (const c of [...input.chapters].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id) || (a.lang === 'sv' ? -1 : 1))) {
    byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
  }
  const files = new Set(input.chapters.map((c) => c.file));
  const links = groupLinks(input.links);
  const report: Report = { chapters: [], otherQuestions: new Map(), links, totals: { due: 0, outdated: 0, questions: input.questions.length, links: links.size, failing: 0 } };
  for (const [id, list] of byId) {
    const entries = list.map((c) => {
      const due = isReviewDue(c.lastReviewed, input.now, input.months);
      if (due) report.totals.due++;
      const outdated = c.lang === 'en' ? input.outdated.filter((u) => u.chapter === id) : [];
      report.totals.outdated += outdated.length;
      return {
        chapter: c,
        due,
        dueOn: reviewDueOn(c.lastReviewed, input.months),
        outdated,
        questions: input.questions.filter((q) => questionFile(q) === c.file),
        links: [...links.values()].filter((where) => where.includes(c.file)).length,
      };
    });
    report.chapters.push({ id, title: list[0]!.title, entries });
  }
  for (const q of input.questions) {
    const file = questionFile(q);
    if (!files.has(file)) report.otherQuestions.set(file, [...(report.otherQuestions.get(file) ?? []), q]);
  }
  if (input.linkStatus) report.totals.failing = [...links.keys()].filter((u) => (input.linkStatus!.get(u) ?? 'ok') !== 'ok').length;
  return report;
}

/**
 * Where an address is used, in short: "chapters kontakter, steg-1 (sv, en), steg-2 (sv); content/data/sources.yaml:
 * nspm-om". Chapter files are named by chapter id with their languages.
 */
export function describeUses(where: readonly string[]): string {
  const chapters = new Map<string, string[]>();
  const other: string[] = [];
  for (const w of where) {
    const m = /(?:^|\/)(sv|en)\/([^/]+)\.mdx$/.exec(w);
    if (m) chapters.set(m[2]!, [...(chapters.get(m[2]!) ?? []), m[1]!]);
    else other.push(w);
  }
  // Chapters used in the same languages are listed together.
  const byLangs = new Map<string, string[]>();
  for (const [id, langs] of chapters) byLangs.set(langs.join(', '), [...(byLangs.get(langs.join(', ')) ?? []), id]);
  const parts = [...byLangs].map(([langs, ids]) => `${ids.join(', ')} (${langs})`);
  return [...(parts.length ? [`chapters ${parts.join('; ')}`] : []), ...other].join('; ');
}

/** The report as text for a terminal, in plain words. */
export function formatReport(report: Report, input: Pick<ReportInput, 'root' | 'now' | 'months' | 'linkStatus'>): string {
  const out: string[] = [];
  const t = report.totals;
  out.push(`Editors' report for ${input.root}/, ${iso(input.now)}`);
  out.push(`A chapter is due for review ${input.months} months after its lastReviewed date (change with --months=N).`);
  out.push('');
  out.push(`  ${t.due} chapter version(s) due for review`);
  out.push(`  ${t.outdated} English section(s) to bring up to date with the Swedish text`);
  out.push(`  ${t.questions} open question(s)`);
  out.push(`  ${t.links} external address(es)${input.linkStatus ? `, ${t.failing} not answering` : ' (not checked; add --check-links to ask each one over the network)'}`);

  for (const ch of report.chapters) {
    out.push('', `${ch.title} (${ch.id})`);
    for (const e of ch.entries) {
      const c = e.chapter;
      const reviewed = `last reviewed ${iso(c.lastReviewed)}`;
      out.push(`  ${c.lang}  ${c.file}`);
      if (e.due) {
        out.push(`      DUE FOR REVIEW: ${reviewed}, due ${iso(e.dueOn)}. Check each section against its sources, then set lastReviewed to the day you did:`);
        for (const s of c.sections) out.push(`        - ${s.number ? `${s.number} ` : ''}${s.title} (#${s.id})`);
      } else {
        out.push(`      ${reviewed}; next review due ${iso(e.dueOn)}`);
      }
      if (e.outdated.length) {
        out.push(`      The Swedish text changed in ${e.outdated.length} section(s); bring the English up to date, then run npm run translations -- --update ${e.outdated.map((u) => u.id).join(' ')}`);
        for (const u of e.outdated) out.push(`        - ${u.kind === 'chapter' ? 'the chapter’s title, summary, lead or In brief' : `${u.title} (#${u.id})`}, Swedish text at ${u.file}:${u.line}`);
      }
      if (e.questions.length) {
        out.push(`      Open questions (${e.questions.length}):`);
        for (const q of e.questions) {
          const rest = questionPlace(q)[1];
          out.push(`        - [${q.id}] ${rest ? `${rest}: ` : ''}${q.question}`);
        }
      }
      if (e.links) out.push(`      ${e.links} external address(es) (listed at the end)`);
    }
  }

  if (report.otherQuestions.size) {
    out.push('', 'Open questions about other files');
    for (const [file, list] of report.otherQuestions) {
      out.push(`  ${file}`);
      for (const q of list) {
        const rest = questionPlace(q)[1];
        out.push(`    - [${q.id}] ${rest ? `${rest}: ` : ''}${q.question}`);
      }
    }
  }

  out.push('', input.linkStatus ? 'External addresses, checked now' : 'External addresses to check (add --check-links to ask each one over the network)');
  for (const [url, where] of report.links) {
    const status = input.linkStatus?.get(url);
    out.push(`  ${status && status !== 'ok' ? `NOT ANSWERING (${status}): ` : status ? 'ok  ' : ''}${url}`);
    out.push(`      used in ${describeUses(where)}`);
  }
  return `${out.join('\n')}\n`;
}
