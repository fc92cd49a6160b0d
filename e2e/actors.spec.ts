import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actors, builtPages, chapters } from './content.ts';

const PAGE_SLUG = { sv: 'aktorer', en: 'actors' } as const;
const MATRIX = { sv: '/sv/ansvarsmatris/', en: '/en/responsibility-matrix/' } as const;

const stepBlocks = (lang: 'sv' | 'en') => chapters(lang).filter((c) => c.kind === 'step').flatMap((c) => c.blocks.map((b) => ({ ...b, chapter: c })));

for (const lang of ['sv', 'en'] as const) {
  test(`every responsibility block is in the matrix (${lang})`, async ({ page }) => {
    const blocks = stepBlocks(lang);
    expect(blocks.length).toBeGreaterThan(20);
    await page.goto(MATRIX[lang]);
    for (const b of blocks) {
      await expect(page.locator(`.matrix a[href="${b.chapter.url}#${b.sectionId}--${b.actor}"]`), `${b.actor} in ${b.sectionId}`).toHaveCount(1);
    }
  });
  // One test per actor page, so no test loops over the whole site.
  for (const actor of actors(lang)) {
    test(`every block of ${actor.id} is on its actor page (${lang})`, async ({ page }) => {
      const own = stepBlocks(lang).filter((b) => b.actor === actor.id);
      await page.goto(`/${lang}/${PAGE_SLUG[lang]}/${actor.slug[lang]}/`);
      await expect(page.locator('h1')).toHaveText(actor.name[lang]);
      await expect(page.locator('[data-block]')).toHaveCount(own.length);
      for (const b of own) {
        const block = page.locator(`[data-block="${b.sectionId}--${b.actor}"]`);
        await expect(block.locator('a').first()).toHaveAttribute('href', `${b.chapter.url}#${b.sectionId}--${b.actor}`);
        await expect(block.locator('.actor-block-body')).not.toBeEmpty();
      }
    });
  }
}

test('an actor block on the actor page has the same text as in the chapter', async ({ page }) => {
  const c = chapters('sv').find((x) => x.id === 'steg-2')!;
  const b = c.blocks[0]!;
  await page.goto(c.url);
  const inChapter = (await page.locator(`#${b.sectionId}--${b.actor}`).innerText()).trim();
  const actor = actors().find((a) => a.id === b.actor)!;
  await page.goto(`/sv/aktorer/${actor.slug.sv}/`);
  const onActorPage = (await page.locator(`[data-block="${b.sectionId}--${b.actor}"] .actor-block-body`).innerText()).trim();
  expect(inChapter.endsWith(onActorPage)).toBe(true);
});

test('a block link from the actor page lands on the block in the chapter', async ({ page }) => {
  const actor = actors().find((a) => a.id === 'migrationsverket')!;
  await page.goto(`/en/actors/${actor.slug.en}/`);
  const link = page.locator('[data-block] a').first();
  const href = (await link.getAttribute('href'))!;
  await link.click();
  await expect(page).toHaveURL(href);
  await expect(page.locator(`#${href.split('#')[1]}`)).toBeInViewport();
});

test('each step chapter says who does what, linking to the blocks', async ({ page }) => {
  for (const c of chapters('sv').filter((x) => x.kind === 'step')) {
    await page.goto(c.url);
    const actorsHere = new Set(c.blocks.map((b) => b.actor));
    await expect(page.locator('.who-does-what li')).toHaveCount(actorsHere.size);
    for (const b of c.blocks) await expect(page.locator(`.who-does-what a[href="${c.url}#${b.sectionId}--${b.actor}"]`)).toHaveCount(1);
  }
});

test('the start page shows the six steps with time frames and actors, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const lang of ['sv', 'en'] as const) {
    await page.goto(`/${lang}/`);
    const steps = chapters(lang).filter((c) => c.kind === 'step');
    const items = page.locator('.process-step');
    await expect(items).toHaveCount(6);
    for (const [i, c] of steps.entries()) await expect(items.nth(i).locator('a')).toHaveAttribute('href', c.url);
  }
  await context.close();
});

test('every internal link on every page lands on an existing page and section', () => {
  const pages = new Set(builtPages());
  const ids = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    if (!ids.has(path)) {
      const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
      ids.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    }
    return ids.get(path)!;
  };
  const broken: string[] = [];
  for (const path of pages) {
    const html = readFileSync(join('dist', path, 'index.html'), 'utf8');
    for (const m of html.matchAll(/\shref="([^"]+)"/g)) {
      const href = m[1]!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      if (/\.(svg|css|js|xml|txt)$/.test(href) || href.startsWith('/_astro/')) continue;
      const [rawPath, hash] = href.split('#');
      const target = rawPath ? rawPath.split('?')[0]! : path;
      if (!pages.has(target)) {
        broken.push(`${path}: ${href} (no such page)`);
        continue;
      }
      if (hash && !idsOf(target).has(decodeURIComponent(hash))) broken.push(`${path}: ${href} (no such section)`);
    }
  }
  expect(broken).toEqual([]);
});
