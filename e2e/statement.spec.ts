/**
 * The accessibility statement (content/{sv,en}/tillganglighet.mdx): reachable from every page's footer in both
 * languages and with the language switch, with its status and dates from content/data/site.yaml, its sources, and
 * found by search. It is about the web site, so it is not listed among the manual's chapters.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { actors, chapter } from './content.ts';

const site = (parse(readFileSync('content/data/site.yaml', 'utf8')) as Array<{ accessibility: { status: string; assessed: string } }>)[0]!;
const STATUS = {
  sv: { full: 'helt förenlig', partial: 'delvis förenlig', none: 'inte förenlig' },
  en: { full: 'fully complies', partial: 'partially complies', none: 'does not comply' },
} as const;

for (const lang of ['sv', 'en'] as const) {
  test(`every page's footer links to the accessibility statement (${lang})`, async ({ page }) => {
    const statement = chapter(lang, 'tillganglighet');
    const a = actors(lang)[0]!;
    for (const path of [`/${lang}/`, chapter(lang, 'steg-4').url, `/${lang}/${lang === 'sv' ? 'aktorer' : 'actors'}/${a.slug[lang]}/`, `/${lang}/${lang === 'sv' ? 'sok' : 'search'}/`]) {
      await page.goto(path);
      await expect(page.locator('.site-footer [data-statement-link]'), path).toHaveAttribute('href', statement.url);
    }
    await page.locator('.site-footer [data-statement-link]').click();
    await expect(page).toHaveURL(statement.url);
    await expect(page.locator('h1')).toHaveText(statement.title);
  });

  test(`the statement gives its status, the dates and its sources, and is not a chapter of the manual (${lang})`, async ({ page }) => {
    const statement = chapter(lang, 'tillganglighet');
    await page.goto(statement.url);
    const status = page.locator('[data-accessibility-status]');
    await expect(status).toHaveAttribute('data-accessibility-status', site.accessibility.status);
    await expect(status).toContainText(STATUS[lang][site.accessibility.status as 'full' | 'partial' | 'none']);
    await expect(status.locator('time').first()).toHaveAttribute('datetime', site.accessibility.assessed);
    await expect(status.locator('a.law')).toHaveAttribute('href', /sfs-2018-1937/);
    // Every section names its sources, and the complaint route leads to Digg's page.
    const section = (id: string) => page.locator(`section[aria-labelledby="${id}"]`);
    await expect(section('tillganglighet-tillsyn').locator('p a[href="https://www.digg.se/tdosanmalan"]')).toBeVisible();
    for (const id of ['tillganglighet-status', 'tillganglighet-brister', 'tillganglighet-utanfor', 'tillganglighet-meddela', 'tillganglighet-tillsyn', 'tillganglighet-testning']) {
      await expect(section(id).locator('.sources a').first(), `${id} names its sources`).toBeVisible();
    }
    await expect(page.locator('.chapter-nav a', { hasText: statement.title })).toHaveCount(0);
    await expect(page.locator('.pagination')).toHaveCount(0);
  });
}

test('the language switch leads from the statement to its translation', async ({ page }) => {
  const sv = chapter('sv', 'tillganglighet');
  const en = chapter('en', 'tillganglighet');
  await page.goto(`${sv.url}#tillganglighet-meddela`);
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(`${en.url}#tillganglighet-meddela`);
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(`${sv.url}#tillganglighet-meddela`);
});

test('search finds the accessibility statement', async ({ page }) => {
  await page.goto(`/sv/sok/?q=${encodeURIComponent('tillgänglighetsredogörelse')}`);
  await expect(page.locator('.search-result-title a').first()).toHaveAttribute('href', new RegExp(`^${chapter('sv', 'tillganglighet').url}`));
  await page.goto(`/en/search/?q=${encodeURIComponent('accessibility statement')}`);
  await expect(page.locator('.search-result-title a').first()).toHaveAttribute('href', new RegExp(`^${chapter('en', 'tillganglighet').url}`));
});
