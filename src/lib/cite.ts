/**
 * The citation a reader copies with the button beside a heading (src/scripts/copy-cite.ts):
 * "Manual vid misstanke om människohandel, webbutgåva 2026, avsnitt 2.4 Risk- och säkerhetsbedömning,
 * https://…/sv/steg-2-akut-skydd/#steg-2-risk, hämtad 2 december 2026".
 * Pure, so the build (which writes the part a button cites) and the browser (which adds the address and
 * the day of copying) use the same words.
 */
import { formatDate } from './dates.ts';
import type { Lang } from './legal.ts';

const WORDS = {
  sv: { section: 'avsnitt', responsibility: 'ansvar', actor: 'aktör', retrieved: 'hämtad' },
  en: { section: 'section', responsibility: 'responsibility', actor: 'actor', retrieved: 'retrieved' },
} as const satisfies Record<Lang, Record<string, string>>;

/**
 * What a section is called in a citation: "avsnitt 2.4 Risk- och säkerhetsbedömning". A section without a
 * number (the chapters that are not steps) is named with its chapter: "Om manualen, avsnitt Citera manualen".
 */
export function sectionPart(lang: Lang, number: string | undefined, title: string, chapterTitle?: string): string {
  const words = WORDS[lang];
  if (number) return `${words.section} ${number} ${title}`;
  return chapterTitle ? `${chapterTitle}, ${words.section} ${title}` : `${words.section} ${title}`;
}

/** One actor's responsibility block in a section: "avsnitt 2.4 Risk- och säkerhetsbedömning, ansvar: Polismyndigheten". */
export function blockPart(lang: Lang, section: string, actorName: string): string {
  return `${section}, ${WORDS[lang].responsibility}: ${actorName}`;
}

/** An actor's page: "aktör: Polismyndigheten". */
export function actorPart(lang: Lang, actorName: string): string {
  return `${WORDS[lang].actor}: ${actorName}`;
}

/**
 * The edition in running text starts with a small letter ("Webbutgåva 2026" → "webbutgåva 2026"); a word that
 * is capitalised all through (an abbreviation such as "EU") stays as it is.
 */
function inRunningText(words: string): string {
  const [first = '', second = ''] = [...words];
  return second && second === second.toLocaleLowerCase() ? first.toLocaleLowerCase() + words.slice(first.length) : words;
}

/** The citation up to the address: the manual, its edition and the part cited. */
export function citationLead(work: string, edition: string, part: string): string {
  return `${work}, ${inRunningText(edition)}, ${part}`;
}

/** The whole citation: lead, absolute address, and the day of copying ("YYYY-MM-DD") in the language's date format. */
export function citation(lang: Lang, lead: string, url: string, day: string): string {
  return `${lead}, ${url}, ${WORDS[lang].retrieved} ${formatDate(lang, day)}`;
}

/** The reader's own calendar day ("YYYY-MM-DD"), not the UTC one: a citation copied at 00.30 in Stockholm carries that day. */
export function localDay(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
