import { expect, test, type Page } from '@playwright/test';
import { actors, chapter } from './content.ts';

const SEARCH = { sv: '/sv/sok/', en: '/en/search/' } as const;

/** The section ids of the first three hits (a page without matching sections counts as its page). */
async function topThree(page: Page): Promise<string[]> {
  await expect(page.locator('.search-result').first()).toBeVisible();
  const hrefs = await page.locator('.search-result').evaluateAll((items) =>
    items.flatMap((li) => {
      const subs = [...li.querySelectorAll<HTMLAnchorElement>('.search-subresults a')].map((a) => a.getAttribute('href')!);
      return subs.length ? subs : [li.querySelector<HTMLAnchorElement>('.search-result-title a')!.getAttribute('href')!];
    }),
  );
  return hrefs.slice(0, 3).map((h) => h.split('#')[1] ?? h.split('?')[0]!);
}

/** Query → sections (or an actor page) that count as the right answer. Inflected forms test stemming. */
const QUERIES: Record<'sv' | 'en', Array<[string, string[]]>> = {
  sv: [
    ['betänketid', ['steg-2-betanketid', 'steg-2-betanketid-syfte', 'steg-2-betanketid-vem']],
    ['målsägandebiträde', ['steg-3-rattsligt-stod', 'steg-5-bitrade-stodperson']],
    ['återvändandeprogrammet', ['steg-6-atervandandeprogrammet']],
    ['orosanmälan', ['steg-1-barn', 'steg-2-barn']],
    ['brottsskadeersättning', ['steg-5-skadestand']],
    ['människoexploatering', ['manniskohandel-4-1b', 'steg-5-brotten-manniskoexploatering']],
    ['huvudförhandling', ['steg-5-huvudforhandling']],
    ['regionkoordinatorn', ['steg-2-regionkoordinator', 'steg-6-ansokan', '/sv/aktorer/regionkoordinatorerna/']],
    ['fyra villkoren', ['steg-4-fyra-villkor']],
    ['GRETA', ['manniskohandel-europaradet', 'om-manualen-internationellt']],
    ['särskild företrädare', ['steg-3-barn-sarskild-foretradare', 'steg-5-barn']],
    ['personsäkerhetsarbete', ['steg-5-sakerhet']],
    ['tolkar', ['steg-3-tolk']],
    ['koppleriet', ['manniskohandel-koppleri', 'steg-5-brotten-koppleri']],
  ],
  en: [
    ['reflection period', ['steg-2-betanketid', 'steg-2-betanketid-syfte', 'steg-2-betanketid-vem']],
    ['counsel for the injured party', ['steg-3-rattsligt-stod', 'steg-5-bitrade-stodperson']],
    ['return programme', ['steg-6-atervandandeprogrammet']],
    ['report of concern', ['steg-1-barn', 'steg-2-barn']],
    ['criminal injuries compensation', ['steg-5-skadestand']],
    ['human exploitation', ['manniskohandel-4-1b', 'steg-5-brotten-manniskoexploatering']],
    ['main hearing', ['steg-5-huvudforhandling']],
    ['regional coordinator', ['steg-2-regionkoordinator', 'steg-6-ansokan', '/en/actors/regional-coordinators/']],
    ['four conditions', ['steg-4-fyra-villkor']],
    ['GRETA', ['manniskohandel-europaradet', 'om-manualen-internationellt']],
    ['special representative', ['steg-3-barn-sarskild-foretradare', 'steg-5-barn']],
    ['personal security', ['steg-5-sakerhet']],
    ['interpreters', ['steg-3-tolk']],
    ['procuring', ['manniskohandel-koppleri', 'steg-5-brotten-koppleri']],
  ],
};

/**
 * What practitioners type that the manual's own words do not say: synonyms, agent nouns, compounds, common
 * misspellings, forms the glossary avoids, quoted phrases and questions. Each leads, through the section's search
 * words (content/data/search-terms.yaml) or its heading, to the section that answers it.
 */
const PRACTITIONER: Record<'sv' | 'en', Array<[string, string[]]>> = {
  sv: [
    ['shelter', ['steg-2-skyddat-boende']],
    ['jourboende', ['steg-2-skyddat-boende']],
    ['kvinnojour', ['steg-2-skyddat-boende']],
    ['människohandlare', ['manniskohandel-4-1a', 'steg-5-brotten-manniskohandel']],
    ['"god man"', ['steg-3-barn-god-man']],
    ['ensamkommande barn', ['steg-3-barn-god-man']],
    ['kopleri', ['manniskohandel-koppleri', 'steg-5-brotten-koppleri']],
    ['hallick', ['manniskohandel-koppleri', 'steg-5-brotten-koppleri']],
    ['sexköpare', ['manniskohandel-kop', 'steg-5-brotten-koppleri']],
    ['skuldslaveri', ['steg-1-tecken-allmanna', 'steg-1-tecken-arbete']],
    ['indikatorer', ['steg-1-tecken', 'steg-1-tecken-allmanna']],
    ['tiggare', ['steg-1-tecken-tiggeri']],
    ['tvångsgifte', ['steg-1-tecken-tvangsaktenskap']],
    ['målsägarbiträde', ['steg-3-rattsligt-stod', 'steg-5-bitrade-stodperson']],
    ['advokat', ['steg-3-rattsligt-stod', 'steg-5-bitrade-stodperson']],
    ['betänkningstid', ['steg-2-betanketid']],
    ['regionskoordinator', ['steg-2-regionkoordinator']],
    ['brottskadeersättning', ['steg-5-skadestand']],
    ['uppehållstilstånd', ['steg-4-uppehallstillstand']],
    ['vem betalar vården', ['steg-3-kostnader', 'steg-4-ersattning']],
    ['Vem betalar tolken?', ['steg-3-tolk']],
    ['vittnesskydd', ['steg-5-sakerhet']],
    ['Rumänien', ['steg-2-betanketid-eu-medborgare']],
    ['åka hem', ['steg-6-atervandandeprogrammet', 'steg-3-atervandande']],
    ['arbetstillstånd', ['steg-4-forsorjning']],
    ['tystnadsplikt', ['steg-1-dokumentation']],
    ['orosanmälning', ['steg-1-barn', 'steg-2-barn']],
    ['ambassad', ['steg-6-utrikesdepartementet']],
  ],
  en: [
    ['shelter', ['steg-2-skyddat-boende']],
    ['safe house', ['steg-2-skyddat-boende']],
    ['sheltered accommodation', ['steg-2-skyddat-boende']],
    ['trafficker', ['manniskohandel-4-1a', 'steg-5-brotten-manniskohandel']],
    ['traffiking', ['manniskohandel-definition']],
    ['pimp', ['manniskohandel-koppleri', 'steg-5-brotten-koppleri']],
    ['sex buyer', ['manniskohandel-kop', 'steg-5-brotten-koppleri']],
    ['debt bondage', ['steg-1-tecken-allmanna', 'steg-1-tecken-arbete']],
    ['indicators', ['steg-1-tecken', 'steg-1-tecken-allmanna']],
    ['begging', ['steg-1-tecken-tiggeri']],
    ['forced marriage', ['steg-1-tecken-tvangsaktenskap']],
    ['guardian', ['steg-3-barn-god-man']],
    ['unaccompanied minor', ['steg-3-barn-god-man']],
    ["victim's lawyer", ['steg-3-rattsligt-stod', 'steg-5-bitrade-stodperson']],
    ['EU citizen', ['steg-2-betanketid-eu-medborgare']],
    ['Romania', ['steg-2-betanketid-eu-medborgare']],
    ['compensation', ['steg-5-skadestand']],
    ['witness protection', ['steg-5-sakerhet']],
    ['Who pays for the interpreter?', ['steg-3-tolk']],
    ['who pays for health care', ['steg-3-kostnader', 'steg-4-ersattning']],
    ['"reflection period"', ['steg-2-betanketid']],
    ['go home', ['steg-6-atervandandeprogrammet', 'steg-3-atervandande']],
    ['work permit', ['steg-4-forsorjning']],
    ['confidentiality', ['steg-1-dokumentation']],
    ['police interview', ['steg-5-forhor']],
    ['illegal immigrant', ['steg-4-utan-tillstand']],
    ['mandatory reporting', ['steg-1-barn']],
    ['embassy', ['steg-6-utrikesdepartementet']],
  ],
};

for (const lang of ['sv', 'en'] as const) {
  for (const [q, expected] of PRACTITIONER[lang]) {
    test(`practitioner words: "${q}" leads to the section that answers it (${lang})`, async ({ page }) => {
      await page.goto(`${SEARCH[lang]}?q=${encodeURIComponent(q)}`);
      const top = await topThree(page);
      expect(top.some((id) => expected.includes(id)), `top three: ${top.join(', ')}`).toBe(true);
    });
  }
}

/** The reference pages still come first for their own terms, though sections that name a query outrank them otherwise. */
const REFERENCE: Array<['sv' | 'en', string, string[]]> = [
  ['sv', 'ordlista', ['/sv/ordlista/', 'ordlista-termer']],
  ['sv', 'telefonnummer', ['kontakter-alla']],
  ['sv', 'lagar och konventioner', ['lagar-forteckning']],
  ['en', 'glossary', ['/en/glossary/', 'ordlista-termer']],
  ['en', 'Aliens Act', ['lagar-forteckning']],
  ['en', 'changes since 2016', ['andringar-lista']],
];
for (const [lang, q, expected] of REFERENCE) {
  test(`reference page for its own term: "${q}" (${lang})`, async ({ page }) => {
    await page.goto(`${SEARCH[lang]}?q=${encodeURIComponent(q)}`);
    const top = await topThree(page);
    expect(top.some((id) => expected.includes(id)), `top three: ${top.join(', ')}`).toBe(true);
  });
}

for (const lang of ['sv', 'en'] as const) {
  for (const [q, expected] of QUERIES[lang]) {
    test(`"${q}" finds the right section in the top three (${lang})`, async ({ page }) => {
      await page.goto(`${SEARCH[lang]}?q=${encodeURIComponent(q)}`);
      const top = await topThree(page);
      expect(top.some((id) => expected.includes(id)), `top three: ${top.join(', ')}`).toBe(true);
      await expect(page.locator(`.search-result a[href^="/${lang === 'sv' ? 'en' : 'sv'}/"]`)).toHaveCount(0);
    });
  }
}

test('sub-results show the section number and land on the section with the term marked', async ({ page }) => {
  await page.goto(`${SEARCH.sv}?q=betänketid`);
  const link = page.locator('.search-subresults a', { hasText: /^2\.\d+/ }).first();
  await expect(link).toBeVisible();
  const href = (await link.getAttribute('href'))!;
  expect(href).toMatch(/\/sv\/steg-2-akut-skydd\/\?highlight=bet%C3%A4nketid#steg-2-/);
  await link.click();
  await expect(page.locator('main mark').first()).toBeVisible();
  await expect(page.locator(`#${href.split('#')[1]}`)).toBeInViewport();
});

test('filters narrow the results and live in the address', async ({ page }) => {
  await page.goto(`${SEARCH.sv}?q=socialtjänsten`);
  await expect(page.locator('.search-result').first()).toBeVisible();
  const all = await page.locator('.search-result').count();
  await page.selectOption('#search-step', '6');
  await expect(page).toHaveURL(/step=6/);
  await expect(async () => {
    const hrefs = await page.locator('.search-result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.every((h) => h!.startsWith(chapter('sv', 'steg-6').url))).toBe(true);
  }).toPass();
  expect(await page.locator('.search-result').count()).toBeLessThan(all);
  await page.goto(`${SEARCH.sv}?q=återvändande&type=actor`);
  await expect(page.locator('#search-type')).toHaveValue('actor');
  await expect(async () => {
    const hrefs = await page.locator('.search-result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(1);
    expect(hrefs.every((h) => h!.startsWith('/sv/aktorer/'))).toBe(true);
  }).toPass();
  const iom = actors().find((a) => a.id === 'iom')!;
  await page.selectOption('#search-actor', 'iom');
  await expect(page).toHaveURL(/type=actor/);
  await expect(page).toHaveURL(/actor=iom/);
  await expect(page.locator('.search-result-title a')).toHaveText([iom.name.sv]);
});

test('?q= fills the field and runs the search; the header field leads there', async ({ page }) => {
  await page.goto('/en/step-1-identification/');
  await page.keyboard.press('/');
  await expect(page.locator('#site-search-q')).toBeFocused();
  await page.keyboard.type('reflection period');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/search\/\?q=reflection\+period$/);
  await expect(page.locator('#search-q')).toHaveValue('reflection period');
  await expect(page.locator('.search-result').first()).toBeVisible();
});

test('searching the other language too labels its results', async ({ page }) => {
  await page.goto(`${SEARCH.sv}?q=GRETA&also=1`);
  await expect(page.locator('#search-also')).toBeChecked();
  await expect(page.locator('.search-result[lang="en"]').first()).toBeVisible();
  await expect(page.locator('.search-result[lang="en"] .search-result-lang').first()).toHaveText('English');
  await expect(page.locator('.search-result:not([lang]) a[href^="/sv/"]').first()).toBeVisible();
});

test('a query with no hits says so helpfully', async ({ page }) => {
  await page.goto(`${SEARCH.en}?q=xylophonequartz`);
  await expect(page.locator('[data-search-status]')).toContainText('No results for “xylophonequartz”');
  await expect(page.locator('.search-result')).toHaveCount(0);
});

test('without JavaScript the search page says so first and offers the whole manual and the chapters', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${SEARCH.sv}?q=betänketid`);
  const message = page.locator('.search-nojs');
  await expect(message).toBeVisible();
  await expect(message).toContainText('Sökningen behöver JavaScript');
  // The message comes before the form, so it is read first.
  const [messageTop, formTop] = await Promise.all([message.boundingBox(), page.locator('.search-form').boundingBox()]);
  expect(messageTop!.y).toBeLessThan(formTop!.y);
  await expect(message.getByRole('link', { name: 'hela manualen på en sida' })).toHaveAttribute('href', '/sv/hela-manualen/');
  await expect(message.getByRole('link', { name: chapter('sv', 'steg-2').title })).toHaveAttribute('href', chapter('sv', 'steg-2').url);
  await context.close();
});

test('the status line quotes the query once and shows $ patterns literally', async ({ page }) => {
  await page.goto(`/sv/sok/?q=${encodeURIComponent('"god man"')}`);
  await expect(page.locator('.search-status')).toContainText('innehåller ”god man”.');
  await expect(page.locator('.search-status')).not.toContainText('"');
  await page.goto(`/en/search/?q=${encodeURIComponent("zq$'x$&")}`);
  await expect(page.locator('.search-status')).toContainText("No results for “zq$'x$&”.");
});

test('a section result shows its number and title apart', async ({ page }) => {
  await page.goto(`/sv/sok/?q=${encodeURIComponent('betänketid')}`);
  const first = page.locator('.search-subresults a').first();
  await expect(first).toHaveText(/^\d+\.\d+(\.\d+)? \S/);
});

/** The number the status line gives ("19 sidor innehåller …"). */
async function counted(page: Page): Promise<number> {
  await expect(page.locator('.search-status')).toHaveText(/^\d+ (sidor|sida|pages|page) /);
  return Number((await page.locator('.search-status').textContent())!.split(' ')[0]);
}

/** Presses "Visa fler" until it is gone, waiting for each batch. */
async function showAll(page: Page): Promise<void> {
  const more = page.locator('.search-more button');
  // The first batch and the "Visa fler" row appear together.
  await expect(page.locator('.search-result').first()).toBeVisible();
  while (await more.isVisible()) {
    const before = await page.locator('.search-result').count();
    await more.click();
    await expect(page.locator('.search-result')).not.toHaveCount(before);
  }
}

test('every page the status line counts can be reached with "Visa fler", and the count line agrees', async ({ page }) => {
  await page.goto(`${SEARCH.sv}?q=polisen`);
  const total = await counted(page);
  expect(total).toBeGreaterThan(16);
  await expect(page.locator('.search-result')).toHaveCount(8);
  await expect(page.locator('.search-more')).toContainText(`Visar 8 av ${total} sidor.`);
  const more = page.getByRole('button', { name: 'Visa fler' });
  await more.click();
  await expect(page.locator('.search-result')).toHaveCount(16);
  // Keyboard users go on from the first new result.
  await expect(page.locator('.search-result').nth(8).locator('a').first()).toBeFocused();
  await showAll(page);
  await expect(page.locator('.search-result')).toHaveCount(total);
  await expect(page.locator('.search-more')).toBeHidden();
  const urls = await page.locator('.search-result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('?')[0]));
  expect(new Set(urls).size).toBe(total);
});

test('one page found is "1 sida"; searching both languages counts and reaches the pages of both', async ({ page }) => {
  await page.goto(`${SEARCH.sv}?q=jourboende`);
  await expect(page.locator('.search-status')).toHaveText('1 sida innehåller ”jourboende”.');
  await expect(page.locator('.search-result')).toHaveCount(1);
  await expect(page.locator('.search-more')).toBeHidden();
  await page.goto(`${SEARCH.sv}?q=polisen&also=1`);
  const total = await counted(page);
  await showAll(page);
  await expect(page.locator('.search-result')).toHaveCount(total);
  expect(await page.locator('.search-result[lang="en"]').count()).toBeGreaterThan(0);
});

test('snippets do not repeat the heading, and the first result marks the words found', async ({ page }) => {
  await page.goto(`${SEARCH.sv}?q=koppleri`);
  await expect(page.locator('.search-subresults li').first()).toBeVisible();
  const pairs = await page.locator('.search-subresults li').evaluateAll((items) =>
    items.map((li) => ({ title: li.querySelector('a')!.textContent!, snippet: li.querySelector('.search-excerpt')!.textContent! })),
  );
  // Pagefind's own snippets began with the heading and a full stop: "5.2.3 Koppleri och köp av sexuell handling. Misstankar …".
  for (const { title, snippet } of pairs) {
    const text = snippet.replace(/^… /, '');
    expect(text.startsWith(`${title}.`) || text.startsWith(`${title.replace(/^[\d.]+ /, '')}.`), `"${snippet}" repeats "${title}"`).toBe(false);
  }
  await expect(page.locator('.search-result').first().locator('.search-excerpt mark').first()).toHaveText(/koppleri/i);
});

test('a quoted phrase finds only the pages and sections that contain it, best first', async ({ page }) => {
  await page.goto(`${SEARCH.sv}?q=${encodeURIComponent('god man')}`);
  const loose = await counted(page);
  await page.goto(`${SEARCH.sv}?q=${encodeURIComponent('"god man"')}`);
  const exact = await counted(page);
  expect(exact).toBeLessThan(loose);
  expect((await topThree(page))[0]).toBe('steg-3-barn-god-man');
  await page.goto(`${SEARCH.en}?q=${encodeURIComponent('"reflection period"')}`);
  expect((await topThree(page))[0]).toBe('steg-2-betanketid');
});

test('search words are in the page for search, but never seen, read aloud or printed', async ({ page }) => {
  const c = chapter('sv', 'steg-2');
  await page.goto(c.url);
  const section = page.locator('section:has(> .section-head #steg-2-skyddat-boende)');
  await expect(section).toHaveAttribute('data-pagefind-meta', /^keywords-steg-2-skyddat-boende:.*jourboende/);
  await expect(page.getByText('jourboende')).toHaveCount(0);
  expect(await page.locator('main').ariaSnapshot()).not.toContain('jourboende');
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('body').innerText()).not.toContain('jourboende');
});
