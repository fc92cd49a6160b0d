/**
 * /sv/andringar.xml and /en/changes.xml: the Atom feed of the dated changes since 2016 in each language, each entry
 * linked to the sections that note the change (src/lib/feed.ts). Every page of the language links to it in <head>,
 * and the change log links to it in the text.
 */
import type { APIRoute } from 'astro';
import { CHANGE_LOG_ID, chapter, chapterUrl, chapters, changes, outline, sections, site } from '../../lib/manual';
import { atomFeed, type FeedNote } from '../../lib/feed';
import { FEED_FILES, LANGS, feedUrl } from '../../lib/paths';
import { t } from '../../i18n/ui';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang, feed: FEED_FILES[lang].replace(/\.xml$/, '') } }));
}

export const GET: APIRoute = async ({ params, site: siteUrl }) => {
  const lang = params.lang === 'en' ? 'en' : 'sv';
  const s = await site();
  const log = (await chapter(lang, CHANGE_LOG_ID))!;
  const index = await sections(lang);
  // Every <ChangeNote> in reading order, as the section it stands in.
  const notes: FeedNote[] = [];
  for (const c of await chapters(lang)) {
    for (const u of outline(c).uses) {
      if (u.component !== 'ChangeNote' || !u.sectionId || typeof u.attrs.id !== 'string') continue;
      const sec = index.get(u.sectionId);
      if (sec) notes.push({ changeId: u.attrs.id, url: sec.url, title: `${c.data.title} – ${sec.number ? `${sec.number} ` : ''}${sec.title}` });
    }
  }
  const xml = atomFeed({
    lang,
    title: `${t(lang, 'feedTitle')} – ${s.title[lang]}`,
    subtitle: t(lang, 'feedSubtitle'),
    author: s.publisher.name[lang] || s.title[lang],
    selfPath: feedUrl(import.meta.env.BASE_URL, lang),
    logPath: chapterUrl(lang, log),
    logEntryPath: (id) => `${chapterUrl(lang, log)}#andring-${id}`,
    logEntryTitle: log.data.title,
    siteUrl: siteUrl?.href,
    changes: [...(await changes()).values()].map((c) => ({ id: c.id, date: c.date, title: c.title[lang], text: c.text[lang], pending: c.certainty === 'pending' })),
    notes,
    reviewed: log.data.lastReviewed,
    pendingLabel: t(lang, 'changePending'),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
