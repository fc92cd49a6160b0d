/**
 * A build for publication: SITE_URL and BASE_PATH set, the publisher filled in (e2e/deploy.ts). The site then has
 * robots.txt and a sitemap with both languages and their alternates, every page has absolute canonical and hreflang
 * addresses, the change feeds link absolutely, and the accessibility statement names the publisher. Everything
 * here is read from the built files (no server), the XML parsed by the browser.
 */
import { astroBuild } from './astro-build.ts';
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, chapter } from './content.ts';
import { PUBLISHER, publishedContent } from './deploy.ts';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

const SITE = 'https://intranat.example.se';
const BASE = '/handbok/';
const ROOT = `${SITE}${BASE}`;
const OUT = join('.astro-fixture', 'dist-site-url');
const CONTENT = join('.astro-fixture', 'content-site-url');

test.beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  publishedContent(CONTENT);
  const env = { ...process.env, SITE_URL: SITE, BASE_PATH: BASE, CONTENT_DIR: CONTENT, ASTRO_CACHE_DIR: join('.astro-fixture', 'cache-site-url'), ASTRO_TELEMETRY_DISABLED: '1' };
  const b = astroBuild(OUT, env);
  expect(b.status, `${b.stdout}\n${b.stderr}`.slice(-2000)).toBe(0);
});

const read = (path: string) => readFileSync(join(OUT, path), 'utf8');

const pages = () => builtPages(OUT, '');

/** Parses XML in the browser; a document that is not well-formed fails the test. */
async function parseXml<T>(page: Page, xml: string, read: (doc: Document) => T): Promise<T> {
  return page.evaluate(
    ({ xml, body }) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const error = doc.getElementsByTagName('parsererror')[0];
      if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
      return new Function('doc', `return (${body})(doc);`)(doc);
    },
    { xml, body: read.toString() },
  ) as Promise<T>;
}

test('robots.txt allows reading and points to the sitemap under the base', () => {
  expect(read('robots.txt')).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${ROOT}sitemap-index.xml\n`);
});

test('the sitemap lists every page of both languages, each with its language versions as alternates', async ({ page }) => {
  const index = await parseXml(page, read('sitemap-index.xml'), (doc) => [...doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')].map((l) => l.textContent));
  expect(index).toEqual([`${ROOT}sitemap-0.xml`]);
  const urls = await parseXml(page, read('sitemap-0.xml'), (doc) =>
    [...doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'url')].map((u) => ({
      loc: u.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')[0]!.textContent!,
      alternates: [...u.getElementsByTagNameNS('http://www.w3.org/1999/xhtml', 'link')].map((l) => `${l.getAttribute('hreflang')} ${l.getAttribute('href')}`),
    })),
  );
  // Every page but the root (it only sends readers on to /sv/) and the 404 page.
  const expected = pages().filter((p) => p !== '' && p !== '404/').map((p) => `${ROOT}${p}`);
  expect(urls.map((u) => u.loc).sort()).toEqual(expected);
  const sv = chapter('sv', 'steg-2');
  const en = chapter('en', 'steg-2');
  const entry = urls.find((u) => u.loc === `${SITE}${BASE}sv/${sv.slug}/`)!;
  expect(entry.alternates.sort()).toEqual([`en ${ROOT}en/${en.slug}/`, `sv ${ROOT}sv/${sv.slug}/`]);
  // Both languages of every page are listed with each other.
  for (const u of urls) {
    expect(u.alternates.length, `${u.loc} has both language versions`).toBe(2);
    expect(u.alternates, `${u.loc} lists itself`).toContain(`${u.loc.slice(ROOT.length, ROOT.length + 2)} ${u.loc}`);
    for (const a of u.alternates) expect(expected, `${u.loc}: alternate ${a} is a page of the site`).toContain(a.split(' ')[1]);
  }
});

test('every page has an absolute canonical address and absolute hreflang alternates under SITE_URL and the base', () => {
  const bad: string[] = [];
  for (const path of pages().filter((p) => p !== '404/')) {
    const html = read(`${path}index.html`);
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    if (path === '') {
      if (canonical !== `${ROOT}sv/`) bad.push(`root: canonical ${canonical}`);
      continue;
    }
    if (canonical !== `${ROOT}${path}`) bad.push(`${path}: canonical ${canonical}`);
    const hreflang = [...html.matchAll(/<link rel="alternate" hreflang="(sv|en)" href="([^"]+)"/g)].map((m) => m[2]!);
    if (hreflang.length !== 2 || hreflang.some((h) => !h.startsWith(ROOT))) bad.push(`${path}: hreflang ${hreflang.join(' ')}`);
    const feed = /<link rel="alternate" type="application\/atom\+xml" href="([^"]+)"/.exec(html)?.[1];
    if (feed !== `${ROOT}${path.startsWith('en/') ? 'en/changes.xml' : 'sv/andringar.xml'}`) bad.push(`${path}: feed ${feed}`);
  }
  expect(bad).toEqual([]);
});

for (const [lang, file] of [['sv', 'andringar.xml'], ['en', 'changes.xml']] as const) {
  test(`the ${lang} change feed links absolutely, under the base, to pages that exist`, async ({ page }) => {
    expect(existsSync(join(OUT, lang, file))).toBe(true);
    const feed = await parseXml(page, read(`${lang}/${file}`), (doc) => ({
      self: doc.querySelector('feed > link[rel="self"]')?.getAttribute('href'),
      author: doc.querySelector('feed > author > name')?.textContent,
      links: [...doc.querySelectorAll('entry > link')].map((l) => l.getAttribute('href')!),
    }));
    expect(feed.self).toBe(`${ROOT}${lang}/${file}`);
    expect(feed.author).toBe(PUBLISHER.name[lang]);
    expect(feed.links.length).toBeGreaterThan(10);
    for (const href of feed.links) {
      expect(href.startsWith(`${ROOT}${lang}/`), href).toBe(true);
      const [path, id] = href.slice(ROOT.length).split('#') as [string, string];
      expect(read(`${path}index.html`), href).toContain(`id="${id}"`);
    }
  });
}

test('the accessibility statement names the publisher and links its contact and feedback addresses', () => {
  const sv = read(`sv/${chapter('sv', 'tillganglighet').slug}/index.html`);
  expect(sv).toContain(`<span data-publisher="name">${PUBLISHER.name.sv}</span>`);
  expect(sv).toContain(`href="${PUBLISHER.contact}" data-publisher="contact"`);
  expect(sv).toContain(`href="mailto:${PUBLISHER.feedback}" data-publisher="feedback"`);
  expect(sv).not.toContain('data-publisher-missing');
  const en = read(`en/${chapter('en', 'tillganglighet').slug}/index.html`);
  expect(en).toContain(`<span data-publisher="name">${PUBLISHER.name.en}</span>`);
});
