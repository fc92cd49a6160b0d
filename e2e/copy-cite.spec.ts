/**
 * The copy button beside a heading: a click puts the address and a citation on the clipboard and says so
 * (visibly and to screen readers); without a clipboard the citation is shown selected in a field; without
 * JavaScript only the "#" link is there; it works with the keyboard and is hidden on paper.
 * The clock is fixed at 00.30 in Stockholm on 2 December 2026 (still 1 December in UTC): the citation carries
 * the reader's own day.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { actors, chapter, type Lang } from './content.ts';
import { numberSections } from '../src/lib/outline.ts';

test.use({ timezoneId: 'Europe/Stockholm' });

const NOW = new Date('2026-12-02T00:30:00+01:00');
const DAY = { sv: '2 december 2026', en: '2 December 2026' };
const WORDS = {
  sv: { section: 'avsnitt', responsibility: 'ansvar', actor: 'aktör', retrieved: 'hämtad', name: 'Kopiera adress och källhänvisning', done: 'Adressen och källhänvisningen är kopierade' },
  en: { section: 'section', responsibility: 'responsibility', actor: 'actor', retrieved: 'retrieved', name: 'Copy address and citation', done: 'Address and citation copied' },
};
const edition = (parse(readFileSync('content/data/site.yaml', 'utf8')) as Array<{ title: Record<Lang, string>; edition: Record<Lang, string> }>)[0]!;
/** "Manual vid misstanke om människohandel, webbutgåva 2026" */
const work = (lang: Lang) => `${edition.title[lang]}, ${edition.edition[lang].replace(/^./, (c) => c.toLowerCase())}`;

/** Section number and title in a step chapter. */
function sectionOf(lang: Lang, id: string) {
  const c = chapter(lang, 'steg-2');
  const numbers = numberSections(c.sections.map((s) => ({ ...s, level: s.level as 2 | 3, line: 0 })), 2);
  const s = c.sections.find((x) => x.id === id)!;
  return { chapter: c, number: numbers.get(id)!, title: s.title, part: `${WORDS[lang].section} ${numbers.get(id)} ${s.title}` };
}

const polisen = actors().find((a) => a.id === 'polisen')!;
const actorPath = (lang: Lang) => `/${lang}/${lang === 'sv' ? 'aktorer' : 'actors'}/${polisen.slug[lang]}/`;

interface Case {
  what: string;
  path: (lang: Lang) => string;
  button: (page: Page, lang: Lang) => Locator;
  /** what the citation cites, and the address it gives (site path + #id) */
  expected: (lang: Lang) => { part: string; href: string };
}

const cases: Case[] = [
  {
    what: 'a chapter section',
    path: (lang) => sectionOf(lang, 'steg-2-risk-och-sakerhet').chapter.url,
    button: (page) => page.locator('.section-head:has(#steg-2-risk-och-sakerhet) > button.copy-cite'),
    expected: (lang) => {
      const s = sectionOf(lang, 'steg-2-risk-och-sakerhet');
      return { part: s.part, href: `${s.chapter.url}#steg-2-risk-och-sakerhet` };
    },
  },
  {
    what: 'a subsection',
    path: (lang) => sectionOf(lang, 'steg-2-betanketid-vem').chapter.url,
    button: (page) => page.locator('.section-head:has(#steg-2-betanketid-vem) > button.copy-cite'),
    expected: (lang) => {
      const s = sectionOf(lang, 'steg-2-betanketid-vem');
      return { part: s.part, href: `${s.chapter.url}#steg-2-betanketid-vem` };
    },
  },
  {
    what: 'a responsibility block in a subsection of a chapter',
    path: (lang) => sectionOf(lang, 'steg-2-betanketid-vem').chapter.url,
    button: (page) => page.locator('#steg-2-betanketid-vem--polisen .responsibility-actor button.copy-cite'),
    expected: (lang) => {
      const s = sectionOf(lang, 'steg-2-betanketid-vem');
      return { part: `${s.part}, ${WORDS[lang].responsibility}: ${polisen.name[lang]}`, href: `${s.chapter.url}#steg-2-betanketid-vem--polisen` };
    },
  },
  {
    what: 'an actor page',
    path: actorPath,
    button: (page) => page.locator('.page-head:has(h1) > button.copy-cite'),
    expected: (lang) => ({ part: `${WORDS[lang].actor}: ${polisen.name[lang]}`, href: actorPath(lang) }),
  },
  {
    what: 'a responsibility block on an actor page',
    path: actorPath,
    button: (page) => page.locator('[data-block="steg-2-risk-och-sakerhet--polisen"] button.copy-cite'),
    expected: (lang) => {
      const s = sectionOf(lang, 'steg-2-risk-och-sakerhet');
      return { part: `${s.part}, ${WORDS[lang].responsibility}: ${polisen.name[lang]}`, href: `${s.chapter.url}#steg-2-risk-och-sakerhet--polisen` };
    },
  },
];

const citationFor = (lang: Lang, part: string, href: string, baseURL: string) => `${work(lang)}, ${part}, ${new URL(href, baseURL).href}, ${WORDS[lang].retrieved} ${DAY[lang]}`;

/** The status next to a button: the first one after the heading row it stands in. */
const statusOf = (button: Locator) => button.locator('xpath=ancestor::*[contains(concat(" ", @class, " "), " copy-cite-row ")][1]/following-sibling::*[@role="status"][1]');

test.describe('with a clipboard', () => {
  test.beforeEach(async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.clock.install({ time: NOW });
  });

  for (const lang of ['sv', 'en'] as const) {
    for (const c of cases) {
      test(`${c.what} (${lang}): the address and the citation are copied, and the page says so`, async ({ page, baseURL }) => {
        await page.goto(c.path(lang));
        const { part, href } = c.expected(lang);
        const button = c.button(page, lang);
        await expect(button).toBeVisible();
        await expect(button).toHaveAccessibleName(`${WORDS[lang].name}: ${part}`);
        const box = (await button.boundingBox())!;
        expect(box.width, 'target at least 24 CSS px wide').toBeGreaterThanOrEqual(24);
        expect(box.height, 'target at least 24 CSS px high').toBeGreaterThanOrEqual(24);
        await button.click();
        const status = statusOf(button);
        await expect(status).toHaveText(`${WORDS[lang].done}: ${part}.`);
        await expect(status).toBeVisible();
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citationFor(lang, part, href, baseURL!));
        // The confirmation goes away after a while.
        await page.clock.runFor(11_000);
        await expect(status).toHaveText('');
      });
    }
  }

  test('the keyboard reaches the button right after the "#" link, Enter and Space copy, focus is visible', async ({ page, baseURL }) => {
    const s = sectionOf('sv', 'steg-2-risk-och-sakerhet');
    await page.goto(s.chapter.url);
    await page.locator('.section-head:has(#steg-2-risk-och-sakerhet) > a.section-anchor').focus();
    await page.keyboard.press('Tab');
    const button = page.locator('.section-head:has(#steg-2-risk-och-sakerhet) > button.copy-cite');
    await expect(button).toBeFocused();
    const outline = await button.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline, 'focus is visible').not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(statusOf(button)).toHaveText(`${WORDS.sv.done}: ${s.part}.`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citationFor('sv', s.part, `${s.chapter.url}#steg-2-risk-och-sakerhet`, baseURL!));
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.keyboard.press('Space');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('#steg-2-risk-och-sakerhet,');
  });

  test('the buttons are not on paper', async ({ page }) => {
    await page.goto(sectionOf('en', 'steg-2-risk-och-sakerhet').chapter.url);
    const button = page.locator('.section-head:has(#steg-2-risk-och-sakerhet) > button.copy-cite');
    await button.click();
    await page.emulateMedia({ media: 'print' });
    await expect(button).toBeHidden();
    await expect(statusOf(button)).toBeHidden();
  });
});

test.describe('without the Clipboard API (plain http on an intranet)', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install({ time: NOW });
    await page.addInitScript(() => {
      delete (Navigator.prototype as { clipboard?: unknown }).clipboard;
    });
  });

  for (const lang of ['sv', 'en'] as const) {
    test(`the citation is shown selected in a field to copy (${lang})`, async ({ page, baseURL }) => {
      const s = sectionOf(lang, 'steg-2-risk-och-sakerhet');
      await page.goto(s.chapter.url);
      expect(await page.evaluate(() => 'clipboard' in navigator)).toBe(false);
      const button = page.locator('.section-head:has(#steg-2-risk-och-sakerhet) > button.copy-cite');
      await button.click();
      const field = page.getByRole('textbox', { name: lang === 'sv' ? 'Adress och källhänvisning att kopiera' : 'Address and citation to copy' });
      const text = citationFor(lang, s.part, `${s.chapter.url}#steg-2-risk-och-sakerhet`, baseURL!);
      await expect(field).toHaveValue(text);
      await expect(field).toBeFocused();
      expect(await field.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd])).toEqual([0, text.length]);
      await expect(statusOf(button)).toContainText(lang === 'sv' ? 'Texten är markerad i fältet nedan' : 'The text is selected in the field below');
      // Escape closes the field and gives focus back to the button.
      await page.keyboard.press('Escape');
      await expect(field).toHaveCount(0);
      await expect(button).toBeFocused();
    });
  }
});

test('the confirmation and the field to copy from pass axe (WCAG 2.2 AA) where they appear', async ({ page }) => {
  await page.clock.install({ time: NOW });
  await page.addInitScript(() => {
    delete (Navigator.prototype as { clipboard?: unknown }).clipboard;
  });
  await page.goto(sectionOf('sv', 'steg-2-risk-och-sakerhet').chapter.url);
  await page.locator('.section-head:has(#steg-2-risk-och-sakerhet) > button.copy-cite').click();
  await expect(page.locator('.copy-cite-fallback textarea')).toBeFocused();
  const results = await new AxeBuilder({ page }).include('section[aria-labelledby="steg-2-risk-och-sakerhet"]').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const lang of ['sv', 'en'] as const) {
    test(`the "#" link is there and no copy button (${lang})`, async ({ page }) => {
      await page.goto(sectionOf(lang, 'steg-2-risk-och-sakerhet').chapter.url);
      await expect(page.locator('.section-head:has(#steg-2-risk-och-sakerhet) > a.section-anchor')).toBeVisible();
      await expect(page.getByRole('button', { name: WORDS[lang].name })).toHaveCount(0);
      await expect(page.locator('button.copy-cite:visible')).toHaveCount(0);
      await page.goto(actorPath(lang));
      await expect(page.getByRole('button', { name: WORDS[lang].name })).toHaveCount(0);
    });
  }
});
