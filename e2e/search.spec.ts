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

test('without JavaScript the search page points to the table of contents', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${SEARCH.sv}?q=betänketid`);
  await expect(page.locator('.search-nojs')).toBeVisible();
  await expect(page.locator('.search-page noscript + *, .search-page ul a').first()).toBeVisible();
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
