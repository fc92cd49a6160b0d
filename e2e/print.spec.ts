import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { actors, chapter, chapters, contacts, manualChapters } from './content.ts';

const site = (parse(readFileSync('content/data/site.yaml', 'utf8')) as Array<{ title: Record<string, string>; edition: Record<string, string> }>)[0]!;
const dir = mkdtempSync(join(tmpdir(), 'manual-pdf-'));

/** Prints the page as Chromium does and returns the text of each sheet (pdftotext, from poppler-utils). */
async function printToText(page: Page, path: string, name: string): Promise<string[]> {
  await page.goto(path);
  await page.emulateMedia({ media: 'print' });
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return text.split('\f').filter((sheet) => sheet.trim().length > 0);
}

/** The printed text as one line of words, so titles that wrap across lines can be found. */
const flat = (sheets: string[]) => sheets.join(' ').replace(/\s+/g, ' ');

const NAV_TEXT = { sv: ['Hoppa till innehållet', 'In English', 'På den här sidan', 'Sök i manualen', 'Brödsmulor'], en: ['Skip to content', 'På svenska', 'On this page', 'Search the manual'] };

function expectSheets(sheets: string[], lang: 'sv' | 'en') {
  const n = sheets.length;
  expect(n).toBeGreaterThan(0);
  sheets.forEach((sheet, i) => {
    expect(sheet, `sheet ${i + 1} has the running head`).toContain(`${site.title[lang]} – ${site.edition[lang]}`);
    expect(sheet, `sheet ${i + 1} has its number`).toContain(lang === 'sv' ? `Sida ${i + 1} av ${n}` : `Page ${i + 1} of ${n}`);
  });
  const all = flat(sheets);
  for (const nav of NAV_TEXT[lang]) expect(all, `no "${nav}" on paper`).not.toContain(nav);
  expect(all).toMatch(lang === 'sv' ? /Utskriven från http:\/\/localhost:\d+\/sv\// : /Printed from http:\/\/localhost:\d+\/en\//);
}

for (const lang of ['sv', 'en'] as const) {
  test(`a step chapter prints with running head, page numbers, address, sources and no navigation (${lang})`, async ({ page }) => {
    const c = chapter(lang, 'steg-2');
    const sheets = await printToText(page, c.url, `steg-2-${lang}`);
    expectSheets(sheets, lang);
    expect(sheets[0]).toContain(c.title);
    expect(flat(sheets)).toContain(c.sections.at(-1)!.title);
    // Every section's sources print with it, as a list with the addresses written out.
    const label = lang === 'sv' ? 'Källor' : 'Sources';
    expect(flat(sheets).split(label).length - 1, 'one sources list per section').toBeGreaterThanOrEqual(c.sources.length);
    expect(flat(sheets)).toMatch(/<https:\/\/[^>]+>/);
  });
}

test('an actor page prints with its responsibilities', async ({ page }) => {
  const a = actors().find((x) => x.id === 'migrationsverket')!;
  const sheets = await printToText(page, `/sv/aktorer/${a.slug.sv}/`, 'actor');
  expectSheets(sheets, 'sv');
  expect(sheets[0]).toContain(a.name.sv);
});

test('the whole manual prints every chapter in order after a cover and contents', async ({ page }) => {
  const sheets = await printToText(page, '/sv/hela-manualen/', 'whole');
  expectSheets(sheets, 'sv');
  const all = flat(sheets);
  const contentsEnd = all.indexOf(`Aktör: ${actors().at(-1)!.name.sv}`);
  expect(contentsEnd, 'the contents list every actor page').toBeGreaterThan(0);
  let from = contentsEnd;
  for (const c of manualChapters('sv')) {
    const at = all.indexOf(c.title, from + 1);
    expect(at, `${c.title} follows the previous chapter`).toBeGreaterThan(from);
    from = at;
  }
  for (const a of actors()) {
    const at = all.indexOf(`Aktör: ${a.name.sv}`, from + 1);
    expect(at, `the actor page of ${a.name.sv} follows`).toBeGreaterThan(from);
    from = at;
  }
});

test('a two-chapter training packet prints only the chosen chapters, in order', async ({ page }) => {
  const two = chapter('sv', 'steg-2');
  const five = chapter('sv', 'steg-5');
  const sheets = await printToText(page, '/sv/hela-manualen/?parts=steg-5,steg-2', 'packet');
  expectSheets(sheets, 'sv');
  const all = flat(sheets);
  const at2 = all.lastIndexOf(two.title);
  expect(at2).toBeGreaterThan(-1);
  expect(all.lastIndexOf(five.title)).toBeGreaterThan(at2);
  for (const other of chapters('sv').filter((c) => !['steg-2', 'steg-5', 'start'].includes(c.id))) {
    expect(all, `${other.title} is not in the packet`).not.toContain(other.title);
  }
  for (const a of actors()) expect(all).not.toContain(`Aktör: ${a.name.sv}`);
});

test('the packet builder keeps the choice in the address', async ({ page }) => {
  await page.goto('/en/whole-manual/');
  await page.getByRole('button', { name: 'Select none' }).click();
  await expect(page).toHaveURL(/\?parts=$/);
  const form = page.locator('[data-packet-form]');
  await form.getByLabel(chapter('en', 'steg-3').title, { exact: true }).check();
  await form.getByLabel(actors().find((a) => a.id === 'polisen')!.name.en, { exact: true }).check();
  await expect(page).toHaveURL(/\?parts=steg-3,polisen$/);
  await expect(page.locator('[data-part="steg-3"]')).toBeVisible();
  await expect(page.locator('[data-part="steg-4"]')).toBeHidden();
  await page.reload();
  await expect(form.getByLabel(chapter('en', 'steg-3').title, { exact: true })).toBeChecked();
  await expect(form.getByLabel(chapter('en', 'steg-4').title, { exact: true })).not.toBeChecked();
});

test('without JavaScript the whole manual is there to print, the packet controls are not shown, and the page says how to print', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/sv/hela-manualen/?parts=steg-2');
  for (const c of manualChapters('sv')) await expect(page.locator(`[data-part="${c.id}"]`)).toBeVisible();
  await expect(page.locator('[data-packet-form]')).toBeHidden();
  await expect(page.getByText('Ctrl+P')).toBeVisible();
  await context.close();
});

test('a packet chosen with the boxes prints only what was chosen, carries its address, and prints each block once', async ({ page }) => {
  await page.goto('/sv/hela-manualen/');
  const form = page.locator('[data-packet-form]');
  await expect(page.getByText('Ctrl+P'), 'the no-JavaScript note is gone').toBeHidden();
  await page.getByRole('button', { name: 'Välj inga' }).click();
  await form.getByLabel(chapter('sv', 'steg-2').title, { exact: true }).check();
  const polisen = actors().find((a) => a.id === 'polisen')!;
  await form.getByLabel(polisen.name.sv, { exact: true }).check();
  await expect(page.locator('[data-packet-status]')).toHaveText(`Valda delar: 2 av ${await form.locator('input[name="parts"]').count()}. Bara de valda delarna skrivs ut.`);
  await page.emulateMedia({ media: 'print' });
  const file = join(dir, 'packet-boxes.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  const all = flat(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\f'));
  expect(all).toMatch(/Utskriven från http:\/\/localhost:\d+\/sv\/hela-manualen\/\?parts=steg-2,polisen /);
  expect(all, 'no contents page that was not chosen').not.toContain('Innehåll 1.');
  expect(all, 'no six-step overview that was not chosen').not.toContain('De sex stegen');
  // The police's block in 2.4 is printed in the chapter; the police's part points to it instead of printing it again.
  expect(all).toContain('Texten finns i avsnitt 2.4 i den här utskriften.');
  const block = page.locator('[data-part="polisen"] [data-block-chapter="steg-2"]').first();
  await expect(block.locator('[data-block-body]')).toBeHidden();
  await expect(page.locator('[data-part="polisen"] [data-block-chapter="steg-5"] [data-block-body]').first()).toBeVisible();
  // The printed address brings the same packet back.
  await page.emulateMedia({ media: 'screen' });
  await page.goto('/sv/hela-manualen/?parts=steg-2,polisen');
  await expect(form.getByLabel(chapter('sv', 'steg-2').title, { exact: true })).toBeChecked();
  await expect(form.getByLabel(chapter('sv', 'steg-3').title, { exact: true })).not.toBeChecked();
});

test('the emergency contact card prints the numbers from the contacts data', async ({ page }) => {
  const sheets = await printToText(page, '/sv/kontaktkort/', 'card');
  expectSheets(sheets, 'sv');
  const all = flat(sheets);
  for (const id of ['larm-112', 'polisen-11414', 'stodtelefon']) {
    const c = contacts().find((x) => x.id === id)!;
    expect(all).toContain(c.value!);
  }
});
