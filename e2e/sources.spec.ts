/**
 * Sources readers can see: every section of the six step chapters ends with its own "Källor" / "Sources"
 * list of links, actor pages list theirs, and no page shows our research process ("har inte kunnat
 * bekräftas", "reportedly" …).
 */
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { actorSources, builtPages, chapters, researchPhrases, type Lang } from './content.ts';

const label: Record<Lang, string> = { sv: 'Källor', en: 'Sources' };

for (const lang of ['sv', 'en'] as const) {
  for (const c of chapters(lang).filter((x) => x.kind === 'step')) {
    test(`every section of ${c.url} ends with its sources as links (${lang})`, async ({ page }) => {
      await page.goto(c.url);
      expect(c.sections.length).toBeGreaterThan(0);
      for (const s of c.sections) {
        const own = c.sources.find((x) => x.sectionId === s.id);
        expect(own, `section ${s.id} has <Sources> in the MDX`).toBeTruthy();
        // The section's own list: a direct child of its <section>, not a subsection's.
        const list = page.locator(`section:has(> .section-head #${s.id}) > .sources`);
        await expect(list, `section ${s.id}`).toHaveCount(1);
        await expect(list.locator('.sources-label')).toHaveText(label[lang]);
        await expect(list.locator('.sources-label')).toBeVisible();
        const links = list.locator('li a');
        await expect(links).toHaveCount(own!.ids.length);
        for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
          expect(href, `a source of ${s.id} links to a web page`).toMatch(/^https?:\/\/[^/]+\.[a-z]+\//);
        }
      }
    });
  }
}

for (const a of actorSources()) {
  for (const lang of ['sv', 'en'] as const) {
    test(`the actor page of ${a.id} lists its sources (${lang})`, async ({ page }) => {
      await page.goto(`/${lang}/${lang === 'sv' ? 'aktorer' : 'actors'}/${a.slug[lang]}/`);
      const region = page.getByRole('region', { name: label[lang], exact: true });
      await expect(region.getByRole('heading', { name: label[lang] })).toBeVisible();
      await expect(region.locator('li a')).toHaveCount(a.sources.length);
    });
  }
}

const phrases = researchPhrases();
for (const path of builtPages()) {
  test(`${path} shows no research language`, async ({ page }) => {
    await page.goto(path);
    const lang = ((await page.locator('html').getAttribute('lang')) ?? 'sv') as Lang;
    const text = (await page.locator('body').innerText()).toLocaleLowerCase(lang);
    for (const phrase of [...phrases.sv, ...phrases.en]) {
      expect(text.includes(phrase.toLocaleLowerCase(lang)), `"${phrase}" on ${path}`).toBe(false);
    }
  });
}

/** A word that appears only in the title of one cited source, never in the text: search must still find the section. */
function sourceOnlyWord(): { word: string; sections: string[] } {
  const text = readdirSync('content/sv').map((f) => readFileSync(`content/sv/${f}`, 'utf8').replace(/<Sources[^>]*>/g, '')).join('\n').toLowerCase();
  const register = parse(readFileSync('content/data/sources.yaml', 'utf8')) as Array<{ id: string; title?: string; lang?: string }>;
  for (const s of register) {
    if (!s.title || s.lang) continue;
    for (const word of s.title.split(/[^\p{L}]+/u).filter((w) => w.length >= 10)) {
      if (text.includes(word.toLowerCase())) continue;
      const sections = chapters('sv').flatMap((c) => c.sources.filter((x) => x.ids.includes(s.id)).map((x) => x.sectionId));
      if (sections.length) return { word, sections };
    }
  }
  throw new Error('no source title has a word of its own');
}

test('a source is searchable: a word only in its title finds a section that cites it', async ({ page }) => {
  const { word, sections } = sourceOnlyWord();
  await page.goto(`/sv/sok/?q=${encodeURIComponent(word)}`);
  await expect(page.locator('.search-result').first()).toBeVisible();
  const hrefs = await page.locator('.search-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.some((h) => sections.some((id) => h.endsWith(`#${id}`))), `"${word}" → ${hrefs.join(', ')}`).toBe(true);
});
