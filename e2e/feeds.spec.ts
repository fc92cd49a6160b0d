/**
 * The change feeds (/sv/andringar.xml, /en/changes.xml) on the built site: well-formed Atom with the elements
 * RFC 4287 requires, every entry's link lands on a section that exists, every page of a language points to its
 * feed, and the change log links to it. Also what a build without SITE_URL leaves out: canonical and hreflang
 * addresses (they must be absolute), robots.txt and the sitemap.
 */
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { actors, chapter } from './content.ts';

const FEEDS = { sv: '/sv/andringar.xml', en: '/en/changes.xml' } as const;
const ATOM = 'http://www.w3.org/2005/Atom';
const changeCount = (readFileSync('content/data/changes.yaml', 'utf8').match(/^- id: /gm) ?? []).length;

interface Feed {
  root: string;
  feed: Record<string, string | null>;
  authorName: string | null;
  selfHref: string | null;
  entries: Array<{ id: string | null; title: string | null; updated: string | null; alternates: string[]; summary: string | null }>;
}

/** Fetches a feed and reads it with the browser's XML parser; a document that is not well-formed fails. */
async function readFeed(page: Page, path: string): Promise<Feed> {
  const response = await page.request.get(path);
  expect(response.status()).toBe(200);
  // Static hosts name the type from the file extension (.xml); feed readers read the document itself.
  expect(response.headers()['content-type']).toMatch(/^(application\/atom\+xml|application\/xml|text\/xml)/);
  const xml = await response.text();
  await page.goto('/sv/');
  return page.evaluate(
    ({ xml, ns }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0];
      if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
      const root = doc.documentElement;
      const own = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === ns && c.localName === name);
      const text = (el: Element, name: string) => own(el, name)[0]?.textContent ?? null;
      return {
        root: `${root.namespaceURI} ${root.localName}`,
        feed: { id: text(root, 'id'), title: text(root, 'title'), updated: text(root, 'updated') },
        authorName: own(root, 'author')[0] ? text(own(root, 'author')[0]!, 'name') : null,
        selfHref: own(root, 'link').find((l) => l.getAttribute('rel') === 'self')?.getAttribute('href') ?? null,
        entries: own(root, 'entry').map((e) => ({
          id: text(e, 'id'),
          title: text(e, 'title'),
          updated: text(e, 'updated'),
          alternates: own(e, 'link').filter((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate').map((l) => l.getAttribute('href')!),
          summary: text(e, 'summary'),
        })),
      };
    },
    { xml, ns: ATOM },
  );
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

for (const lang of ['sv', 'en'] as const) {
  test(`the ${lang} feed is well-formed Atom with the required feed and entry elements`, async ({ page }) => {
    const f = await readFeed(page, FEEDS[lang]);
    expect(f.root).toBe(`${ATOM} feed`);
    expect(f.feed.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(f.feed.title?.trim()).toBeTruthy();
    expect(f.feed.updated).toMatch(RFC3339);
    expect(f.authorName?.trim()).toBeTruthy();
    expect(f.selfHref).toBe(FEEDS[lang]);
    // One entry per dated change, newest first, each with a unique id.
    expect(f.entries).toHaveLength(changeCount);
    expect(new Set(f.entries.map((e) => e.id)).size).toBe(changeCount);
    for (const e of f.entries) {
      expect(e.id, e.title ?? '').toMatch(/^urn:uuid:/);
      expect(e.title?.trim(), e.id ?? '').toBeTruthy();
      expect(e.updated, e.id ?? '').toMatch(RFC3339);
      expect(e.alternates, `${e.title}: one alternate link`).toHaveLength(1);
      expect(e.summary?.trim(), e.id ?? '').toBeTruthy();
    }
    const dates = f.entries.map((e) => e.updated!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(f.feed.updated! >= dates[0]!).toBe(true);
  });

  test(`every entry of the ${lang} feed links to a section that exists on the built site`, async ({ page }) => {
    const f = await readFeed(page, FEEDS[lang]);
    const byPage = new Map<string, Set<string>>();
    for (const e of f.entries) {
      const [path, id] = e.alternates[0]!.split('#') as [string, string];
      expect(path.startsWith(`/${lang}/`), e.alternates[0]).toBe(true);
      expect(id, `${e.title}: the link names a section`).toBeTruthy();
      byPage.set(path, (byPage.get(path) ?? new Set()).add(id));
    }
    for (const [path, ids] of byPage) {
      await page.goto(path);
      await expect(page.locator('h1')).toHaveCount(1);
      for (const id of ids) await expect(page.locator(`[id="${id}"]`), `${path}#${id}`).toHaveCount(1);
    }
  });

  test(`pages in ${lang} point to the ${lang} feed, and the change log links to it`, async ({ page }) => {
    const a = actors(lang)[0]!;
    const paths = [`/${lang}/`, chapter(lang, 'steg-2').url, `/${lang}/${lang === 'sv' ? 'aktorer' : 'actors'}/${a.slug[lang]}/`, chapter(lang, 'tillganglighet').url];
    for (const path of paths) {
      await page.goto(path);
      await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]'), path).toHaveAttribute('href', FEEDS[lang]);
    }
    await page.goto(chapter(lang, 'andringar').url);
    const link = page.locator('[data-change-feed]');
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', FEEDS[lang]);
    await link.click();
    expect(new URL(page.url()).pathname).toBe(FEEDS[lang]);
  });
}

test('without SITE_URL there is no canonical or hreflang address, no robots.txt and no sitemap', async ({ page }) => {
  for (const path of ['/sv/', chapter('en', 'steg-3').url, chapter('sv', 'tillganglighet').url]) {
    await page.goto(path);
    await expect(page.locator('link[rel="canonical"]'), path).toHaveCount(0);
    await expect(page.locator('link[hreflang]'), path).toHaveCount(0);
  }
  for (const file of ['robots.txt', 'sitemap-index.xml', 'sitemap-0.xml']) {
    expect(existsSync(`dist/${file}`), file).toBe(false);
    expect((await page.request.get(`/${file}`)).status(), file).toBe(404);
  }
});

test('without SITE_URL and without JavaScript, the printed-from line shows the page’s own address', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const c = chapter('sv', 'steg-2');
  await page.goto(c.url);
  await expect(page.locator('[data-print-url]')).toHaveText(c.url);
  await context.close();
});
