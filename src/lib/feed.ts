/**
 * The change feed: an Atom feed (RFC 4287) per language of the dated changes since 2016 (content/data/changes.yaml),
 * each entry linking to the section of the manual that notes the change (<ChangeNote>), so an intranet can show
 * "what changed in the manual". Pure: the endpoint (src/pages/[lang]/[feed].xml.ts) gathers the data.
 *
 * Ids: Atom ids must be absolute and must never change, not even when the site moves to another address. They are
 * therefore name-based UUIDs (RFC 9562, version 5) of the language and the change id, in a namespace of our own:
 * the same in every deployment and with or without SITE_URL.
 * Links: absolute when SITE_URL is set. Without it they are paths from the site root (with BASE_PATH), which a
 * feed reader resolves against the address it fetched the feed from (RFC 4287 allows relative references).
 */
import { createHash } from 'node:crypto';
import type { Lang } from './legal.ts';

/** The namespace of this manual's feed ids (a random UUID chosen once; never change it). */
export const FEED_NAMESPACE = '0f6b7c1e-3a52-4d0b-9a8e-5c2d7e41b9a3';

/** A name-based UUID, version 5 (SHA-1), as RFC 9562 defines it. */
export function uuidV5(name: string, namespace: string = FEED_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new Error(`not a UUID: ${namespace}`);
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  const b = Buffer.from(hash.subarray(0, 16));
  b[6] = (b[6]! & 0x0f) | 0x50;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * An RFC 3339 date-time for Atom from a change's date ("2018", "2022-08" or "2022-08-01") or a Date: a partial date
 * stands for its first day, at midnight UTC.
 */
export function atomDate(date: string | Date): string {
  if (date instanceof Date) return `${date.toISOString().slice(0, 19)}Z`;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(date);
  if (!m) throw new Error(`not a date: "${date}" (write YYYY, YYYY-MM or YYYY-MM-DD)`);
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}T00:00:00Z`;
}

export interface FeedChange {
  id: string;
  /** "YYYY", "YYYY-MM" or "YYYY-MM-DD" */
  date: string;
  title: string;
  text: string;
  /** a proposal or a deadline still to come */
  pending: boolean;
}

/** A section that notes a change with <ChangeNote>, in reading order. */
export interface FeedNote {
  changeId: string;
  /** the section's address, e.g. "/sv/steg-2-akut-skydd/#steg-2-betanketid" (with the base) */
  url: string;
  /** what a reader sees, e.g. "Steg 2: Akut skydd – 2.3 Betänketid" */
  title: string;
}

export interface FeedInput {
  lang: Lang;
  title: string;
  subtitle: string;
  /** who publishes the feed: the site's publisher, or the manual's title while none is given */
  author: string;
  /** the feed's own address and the change log page's, as paths with the base */
  selfPath: string;
  logPath: string;
  /** the change log's entry for a change, e.g. "/sv/andringar-sedan-2016/#andring-<id>" */
  logEntryPath: (changeId: string) => string;
  /** SITE_URL: links become absolute */
  siteUrl?: string | undefined;
  changes: readonly FeedChange[];
  notes: readonly FeedNote[];
  /** when the change log was last reviewed: the feed is at least that recent */
  reviewed: Date;
  /** added to the title of a pending change, e.g. "förslag eller kommande tidsfrist" */
  pendingLabel: string;
  /** the title of the link to the change log's entry */
  logEntryTitle: string;
}

export interface FeedLink {
  href: string;
  title: string;
}

export interface FeedEntry {
  id: string;
  title: string;
  updated: string;
  /** the section that notes the change (the first in reading order), or the change log's entry when none does */
  link: FeedLink;
  /** every other section that notes it, and the change log's entry */
  related: FeedLink[];
  summary: string;
  pending: boolean;
}

function address(path: string, siteUrl: string | undefined): string {
  return siteUrl ? new URL(path, siteUrl).href : path;
}

/** The entries, newest first (ties by id), each linked to the sections that note its change. */
export function feedEntries(input: FeedInput): FeedEntry[] {
  const at = (path: string) => address(path, input.siteUrl);
  const entries = input.changes.map((c): FeedEntry => {
    const seen = new Set<string>();
    const notes = input.notes.filter((n) => n.changeId === c.id && !seen.has(n.url) && seen.add(n.url));
    const log: FeedLink = { href: at(input.logEntryPath(c.id)), title: input.logEntryTitle };
    const [first, ...rest] = notes.map((n) => ({ href: at(n.url), title: n.title }));
    return {
      id: `urn:uuid:${uuidV5(`${input.lang}/change/${c.id}`)}`,
      title: c.pending ? `${c.title} (${input.pendingLabel})` : c.title,
      updated: atomDate(c.date),
      link: first ?? log,
      related: first ? [...rest, log] : [],
      summary: c.text,
      pending: c.pending,
    };
  });
  return entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.id.localeCompare(b.id));
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The whole Atom document. */
export function atomFeed(input: FeedInput): string {
  const entries = feedEntries(input);
  const reviewed = atomDate(input.reviewed);
  const updated = entries.reduce((latest, e) => (e.updated > latest ? e.updated : latest), reviewed);
  const at = (path: string) => escapeXml(address(path, input.siteUrl));
  const link = (rel: string, l: FeedLink) => `    <link rel="${rel}" type="text/html" hreflang="${input.lang}" href="${escapeXml(l.href)}" title="${escapeXml(l.title)}"/>`;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${input.lang}">`,
    `  <id>urn:uuid:${uuidV5(`${input.lang}/changes`)}</id>`,
    `  <title>${escapeXml(input.title)}</title>`,
    `  <subtitle>${escapeXml(input.subtitle)}</subtitle>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(input.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${at(input.selfPath)}"/>`,
    `  <link rel="alternate" type="text/html" hreflang="${input.lang}" href="${at(input.logPath)}"/>`,
    ...entries.flatMap((e) => [
      '  <entry>',
      `    <id>${e.id}</id>`,
      `    <title>${escapeXml(e.title)}</title>`,
      `    <updated>${e.updated}</updated>`,
      link('alternate', e.link),
      ...e.related.map((r) => link('related', r)),
      `    <category term="${e.pending ? 'pending' : 'confirmed'}"/>`,
      `    <summary>${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}
