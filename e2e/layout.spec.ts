/**
 * What the reader sees, measured: every page type fits the width it is read at, on screen and on paper.
 * - Screen, 1024/1280/1440 px: nothing in the page reaches past the viewport (no sideways scrolling).
 * - Paper (print emulation at the A4 content box's width): nothing reaches past the box, and no box is
 *   overflowed by its own content (a word too long for its column shows up here, since print never breaks
 *   words at an arbitrary letter).
 * - The PDF Chromium prints: every sheet has text of the page besides the running head, the running foot and
 *   page number, and the "printed from" line; the sheet count stays within a budget per page type.
 * Screenshots of the matrix at 1280 px and of its first printed sheet are attached to the report.
 */
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { actors, chapter, type Lang } from './content.ts';

const SITE = (parse(readFileSync('content/data/site.yaml', 'utf8')) as Array<{ title: Record<Lang, string>; edition: Record<Lang, string> }>)[0]!;

const dir = mkdtempSync(join(tmpdir(), 'manual-layout-'));
const MM = 96 / 25.4;
/** The A4 content box of the @page rules (print.css: margins 16 mm left and right). */
const CONTENT_WIDTH = { portrait: Math.floor((210 - 32) * MM), landscape: Math.floor((297 - 32) * MM) };

interface PageType {
  name: string;
  path: Record<Lang, string>;
  orientation: 'portrait' | 'landscape';
  /** Most sheets the printout may take. */
  sheets: number;
}

const polisen = actors().find((a) => a.id === 'polisen')!;
const PAGES: PageType[] = [
  { name: 'chapter', path: { sv: chapter('sv', 'steg-2').url, en: chapter('en', 'steg-2').url }, orientation: 'portrait', sheets: 28 },
  { name: 'actor', path: { sv: `/sv/aktorer/${polisen.slug.sv}/`, en: `/en/actors/${polisen.slug.en}/` }, orientation: 'portrait', sheets: 8 },
  { name: 'matrix', path: { sv: '/sv/ansvarsmatris/', en: '/en/responsibility-matrix/' }, orientation: 'landscape', sheets: 3 },
  { name: 'whole manual', path: { sv: '/sv/hela-manualen/', en: '/en/whole-manual/' }, orientation: 'portrait', sheets: 250 },
  { name: 'packet', path: { sv: '/sv/hela-manualen/?parts=steg-2,polisen', en: '/en/whole-manual/?parts=steg-2,polisen' }, orientation: 'portrait', sheets: 34 },
  { name: 'contact card', path: { sv: '/sv/kontaktkort/', en: '/en/contact-card/' }, orientation: 'portrait', sheets: 1 },
];

/** Elements that reach past `width`, or that their own content overflows; described for the failure message. */
async function overflowing(page: Page, width: number): Promise<string[]> {
  return page.evaluate((limit) => {
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const clipped = (el: Element | null): boolean => !!el && (getComputedStyle(el).getPropertyValue('clip') !== 'auto' || clipped(el.parentElement));
    const out: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || style.position === 'fixed') continue;
      const r = el.getBoundingClientRect();
      // Visually hidden text (1 px, clipped) is read by screen readers and takes no room.
      if (r.width <= 1 || r.height <= 1 || clipped(el)) continue;
      if (r.right > limit + 1 || r.left < -1) out.push(`${name(el)} spans ${Math.round(r.left)}–${Math.round(r.right)} px of ${limit}`);
      else if (style.display !== 'inline' && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && style.overflowX === 'visible') {
        out.push(`${name(el)} holds content ${el.scrollWidth} px wide in ${el.clientWidth} px`);
      }
    }
    return out.slice(0, 10);
  }, width);
}

/** The printed sheets as text (pdftotext, from poppler-utils) and the first sheet as a picture. */
async function print(page: Page, file: string): Promise<{ sheets: string[]; pdf: string }> {
  const pdf = join(dir, `${file}.pdf`);
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const sheets = text.split('\f');
  if (sheets.at(-1)!.trim() === '') sheets.pop();
  return { sheets, pdf };
}

async function attachFirstSheet(info: TestInfo, pdf: string, name: string) {
  const prefix = join(dir, name);
  execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
  await info.attach(`${name}.png`, { body: readFileSync(`${prefix}.png`), contentType: 'image/png' });
}

for (const type of PAGES) {
  for (const lang of ['sv', 'en'] as const) {
    test(`${type.name} (${lang}) fits the screen at 1024, 1280 and 1440 px`, async ({ page }, info) => {
      for (const width of [1024, 1280, 1440]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(type.path[lang]);
        const wide = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        expect(wide[0], `no sideways scrolling at ${width} px`).toBeLessThanOrEqual(wide[1]!);
        expect(await overflowing(page, width), `at ${width} px`).toEqual([]);
        if (type.name === 'matrix' && width === 1280) {
          await info.attach(`matrix-${lang}-1280.png`, { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
        }
      }
    });

    test(`${type.name} (${lang}) fits the A4 content box on paper`, async ({ page }) => {
      test.setTimeout(type.sheets > 50 ? 180_000 : 60_000);
      const width = CONTENT_WIDTH[type.orientation];
      await page.setViewportSize({ width, height: 1000 });
      await page.goto(type.path[lang]);
      await page.emulateMedia({ media: 'print' });
      expect(await overflowing(page, width)).toEqual([]);
    });

    test(`${type.name} (${lang}) prints on at most ${type.sheets} sheets, each with text of its own`, async ({ page }, info) => {
      test.setTimeout(type.sheets > 50 ? 180_000 : 60_000);
      await page.goto(type.path[lang]);
      await page.emulateMedia({ media: 'print' });
      const words = (s: string) => s.replace(/\s+/g, ' ').trim();
      const meta = words((await page.locator('.print-meta').textContent()) ?? '');
      const head = `${SITE.title[lang]} – ${SITE.edition[lang]}`;
      const { sheets, pdf } = await print(page, `${type.name.replace(' ', '-')}-${lang}`);
      expect(sheets.length, 'sheets').toBeLessThanOrEqual(type.sheets);
      expect(sheets.length).toBeGreaterThan(0);
      sheets.forEach((sheet, i) => {
        const own = sheet
          .split('\n')
          .map(words)
          .filter((line) => line && line !== head && !/(Sida|Page) \d+ (av|of) \d+$/.test(line) && !meta.includes(line));
        expect(own.length, `sheet ${i + 1} of ${sheets.length} has text of the page, not only head, foot and address:\n${sheet}`).toBeGreaterThanOrEqual(2);
      });
      if (type.name === 'matrix') await attachFirstSheet(info, pdf, `matrix-${lang}-sheet-1`);
    });
  }
}

for (const lang of ['sv', 'en'] as const) {
  test(`the matrix (${lang}) prints the header row on every sheet and every actor's row whole on one sheet`, async ({ page }) => {
    await page.goto(PAGES.find((p) => p.name === 'matrix')!.path[lang]);
    await page.emulateMedia({ media: 'print' });
    const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
    // What each row prints, in reading order: the actor, then per step the sections or the dash.
    const { header, rows } = await page.evaluate(() => ({
      header: [...document.querySelectorAll<HTMLElement>('.matrix thead th')].map((th) => th.innerText).join(' '),
      rows: [...document.querySelectorAll('.matrix tbody tr')].map((tr) =>
        [...tr.children].map((cell) => (cell.classList.contains('empty') ? '–' : [...cell.querySelectorAll('th a, li')].map((x) => x.textContent).join(' '))).join(' '),
      ),
    }));
    const { pdf } = await print(page, `matrix-rows-${lang}`);
    // Reading order (pdftotext -raw) keeps a table cell's lines together, as the reader reads them.
    const sheets = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }).split('\f').filter((s) => s.trim()).map(flat);
    expect(sheets.length).toBeGreaterThan(1);
    sheets.forEach((sheet, i) => expect(sheet, `sheet ${i + 1} repeats the header row with all six steps`).toContain(flat(header)));
    for (const row of rows) {
      expect(sheets.filter((s) => s.includes(flat(row))).length, `the row "${flat(row).slice(0, 60)}…" is whole on one sheet`).toBe(1);
    }
  });
}

for (const type of PAGES) {
  test(`${type.name} (sv) reads on a 360 px phone without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(type.path.sv);
    const wide = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    expect(wide[0]).toBeLessThanOrEqual(wide[1]!);
    expect(await overflowing(page, 360)).toEqual([]);
  });
}

test('a number in the matrix names its section: on focus, on hover, to a screen reader; Escape hides the title', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/sv/ansvarsmatris/');
  const row = page.getByRole('row', { name: /^Polismyndigheten/ });
  const link = row.getByRole('link', { name: /^2\.4 Risk- och säkerhetsbedömning$/ });
  await expect(link).toHaveText(/2\.4/);
  const title = link.locator('.matrix-section-title');
  await expect(title).toHaveCSS('clip', /rect\(0px,? 0px,? 0px,? 0px\)/);
  await link.focus();
  await expect(title).toHaveCSS('clip', 'auto');
  const box = await title.boundingBox();
  expect(box!.width, 'the title is shown, not a 1 px clip').toBeGreaterThan(60);
  await page.keyboard.press('Escape');
  await expect(title).not.toHaveCSS('clip', 'auto');
  await page.keyboard.press('Tab');
  const next = page.locator('.matrix-section:focus .matrix-section-title');
  await expect(next).toHaveCSS('clip', 'auto');
  await page.mouse.move(0, 0);
  await link.hover();
  await expect(title).toHaveCSS('clip', 'auto');
  // Every cell links to its exact section, and the section exists on the chapter page.
  await link.click();
  await expect(page).toHaveURL(/\/sv\/steg-2-akut-skydd\/#steg-2-risk/);
});

test('on a phone the matrix is one card per actor with the section titles written out', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto('/sv/ansvarsmatris/');
  const title = page.getByRole('row', { name: /^Polismyndigheten/ }).locator('.matrix-section-title').first();
  await expect(title).toBeVisible();
  expect((await title.boundingBox())!.width).toBeGreaterThan(60);
  await expect(page.locator('.matrix thead')).toHaveCSS('clip', /rect/);
});
