import { expect, test } from '@playwright/test';
import { builtPages, chapter, chapters, contacts, manualChapters } from './content.ts';

test.describe('every page', () => {
  for (const path of builtPages()) {
    test(`${path} has a language, one h1 and a title, and fits 320 px`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const lang = await page.locator('html').getAttribute('lang');
      expect(['sv', 'en']).toContain(lang);
      if (path !== '/') {
        expect(path.startsWith(`/${lang}/`)).toBe(true);
      }
      await expect(page.locator('h1')).toHaveCount(1);
      expect((await page.title()).trim().length).toBeGreaterThan(3);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'no sideways scrolling at 320 px').toBeLessThanOrEqual(0);
    });
  }
});

test('the root leads to Swedish and offers English', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/sv\/$/);
  await expect(page.locator('[data-language-switch]')).toHaveAttribute('href', '/en/');
});

for (const lang of ['sv', 'en'] as const) {
  test(`navigation lists every chapter in order with the steps numbered (${lang})`, async ({ page }) => {
    const expected = manualChapters(lang);
    await page.goto(expected[0]!.url);
    const links = page.locator('.chapter-nav ol > li > a');
    await expect(links).toHaveCount(expected.length);
    for (const [i, c] of expected.entries()) {
      await expect(links.nth(i)).toHaveAttribute('href', c.url);
      if (c.step) await expect(links.nth(i)).toContainText(`${lang === 'sv' ? 'Steg' : 'Step'} ${c.step}`);
    }
    await expect(links.filter({ has: page.locator('[aria-current="page"]') }).or(page.locator('.chapter-nav a[aria-current="page"]'))).toHaveCount(1);
  });
}

test('the language switch lands on the same page and section, both ways', async ({ page }) => {
  const sv = chapter('sv', 'om-manualen');
  const en = chapter('en', 'om-manualen');
  const target = sv.sections.at(-1)!;
  await page.goto(sv.url);
  await page.locator('.toc').getByRole('link', { name: target.title }).click();
  await expect(page).toHaveURL(`${sv.url}#${target.id}`);
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(`${en.url}#${target.id}`);
  await expect(page.locator(`#${target.id} .section-title`)).toHaveText(en.sections.find((s) => s.id === target.id)!.title);
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(`${sv.url}#${target.id}`);
});

test('a chapter has breadcrumb, table of contents, section links and previous/next', async ({ page }) => {
  for (const lang of ['sv', 'en'] as const) {
    const c = chapter(lang, 'om-manualen');
    await page.goto(c.url);
    await expect(page.locator('.breadcrumb a').first()).toHaveAttribute('href', `/${lang}/`);
    await expect(page.locator('.toc a')).toHaveCount(c.sections.length);
    for (const s of c.sections) {
      await expect(page.locator(`#${s.id}`)).toBeVisible();
      await expect(page.locator(`.section-head:has(#${s.id}) > a.section-anchor`)).toHaveAttribute('href', `#${s.id}`);
    }
    await expect(page.locator('.pagination a[rel="next"]')).toHaveAttribute('href', chapters(lang).find((x) => x.order === c.order + 1)!.url);
  }
});

test('the footer shows the national support line from the contacts data', async ({ page }) => {
  const line = contacts().find((c) => c.id === 'stodtelefon')!;
  await page.goto('/sv/');
  const link = page.locator('.site-footer .footer-support a[href^="tel:"]');
  await expect(link).toHaveText(line.value!);
  await expect(link).toHaveAttribute('href', 'tel:+4620390000');
});

test('the search page finds the chapter in the reader’s language and takes ?q=', async ({ page }) => {
  await page.goto('/sv/sok/?q=GRETA');
  await expect(page.locator('#search-q')).toHaveValue('GRETA');
  await expect(page.locator('.search-results a[href^="/sv/om-manualen/"]').first()).toBeVisible();
  await expect(page.locator('.search-results a[href^="/en/"]')).toHaveCount(0);
  await page.goto('/en/search/?q=GRETA');
  await expect(page.locator('.search-results a[href^="/en/about-the-manual/"]').first()).toBeVisible();
  await expect(page.locator('.search-results a[href^="/sv/"]')).toHaveCount(0);
});

test('the header search sends the query to the search page', async ({ page }) => {
  await page.goto('/sv/om-manualen/');
  await page.locator('#site-search-q').fill('GRETA');
  await page.locator('#site-search-q').press('Enter');
  await expect(page).toHaveURL(/\/sv\/sok\/\?q=GRETA$/);
  await expect(page.locator('.search-results li').first()).toBeVisible();
});

test('the skip link moves focus to the content', async ({ page }) => {
  await page.goto('/sv/om-manualen/');
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

// One test per chapter and language, so a busy machine never runs a whole-site loop inside one test's time limit.
for (const sv of chapters('sv')) {
  for (const lang of ['sv', 'en'] as const) {
    const c = lang === 'sv' ? sv : chapter('en', sv.id);
    test(`${c.url} is built with all its sections, the same ids as in the other language`, async ({ page }) => {
      expect(chapter('en', sv.id).sections.map((s) => s.id)).toEqual(sv.sections.map((s) => s.id));
      await page.goto(c.url);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const built = await page.locator('.section-heading').evaluateAll((hs) => hs.map((h) => [h.id, h.querySelector('.section-title')!.textContent!.trim()]));
      expect(built, c.url).toEqual(c.sections.map((s) => [s.id, s.title]));
    });
  }
  const target = sv.sections[Math.floor(sv.sections.length / 2)];
  if (target) {
    test(`the language switch on ${sv.url} keeps the section #${target.id}`, async ({ page }) => {
      await page.goto(`${sv.url}#${target.id}`);
      await page.locator('[data-language-switch]').click();
      await expect(page).toHaveURL(`${chapter('en', sv.id).url}#${target.id}`);
      await expect(page.locator(`#${target.id}`)).toBeInViewport();
    });
  }
}

test('the 404 page answers in both languages and leads back to both editions', async ({ page }) => {
  await page.goto('/404.html');
  await expect(page.locator('h1')).toHaveCount(1);
  for (const lang of ['sv', 'en'] as const) {
    await expect(page.locator(`main > [lang="${lang}"] a[href="/${lang}/"]`)).toHaveCount(1);
    await expect(page.locator(`main > [lang="${lang}"] a[href^="tel:"]`)).toHaveText(contacts().find((c) => c.id === 'larm-112')!.value!);
  }
  expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
});

for (const path of ['/sv/steg-5-straffrattsligt-forfarande/', '/en/step-5-criminal-proceedings/', '/sv/aktorer/jamstalldhetsmyndigheten/']) {
  test(`on a 320 px phone the breadcrumb keeps each "›" beside its item on ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    const offsets = await page.locator('.breadcrumb li').evaluateAll((lis) => lis.map((li) => (li.lastElementChild ?? li).getBoundingClientRect().top - li.getBoundingClientRect().top));
    expect(offsets.length).toBeGreaterThan(1);
    for (const o of offsets) expect(o, 'the item text starts on the separator\'s line').toBeLessThan(4);
  });
}

for (const lang of ['sv', 'en'] as const) {
  test(`on a 320 px phone the header search placeholder is shown whole (${lang})`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/${lang}/`);
    const fit = await page.locator('#site-search-q').evaluate((input: HTMLInputElement) => {
      const s = getComputedStyle(input);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
      const room = input.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight);
      return { text: ctx.measureText(input.placeholder).width, room };
    });
    expect(fit.text, `placeholder ${fit.text}px in ${fit.room}px`).toBeLessThanOrEqual(fit.room);
  });
}
