/**
 * Accessibility: every built page passes axe-core's WCAG 2.0/2.1/2.2 A and AA rules, keyboard focus is
 * visible, and the interactive parts (search filters, packet builder, language switch) work with the
 * keyboard alone. Public-sector sites in Sweden must meet WCAG 2.1 AA; we aim at 2.2 AA.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtPages, chapter, manualChapters } from './content.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe with the WCAG A/AA tags and fails with each violation's rule, help text and elements. */
async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const found = results.violations.map(
    (v) =>
      `${v.id} (${v.impact ?? 'n/a'}): ${v.help}\n${v.nodes
        .slice(0, 10)
        .map((n) => `    ${n.target.join(' ')}`)
        .join('\n')}${v.nodes.length > 10 ? `\n    … and ${v.nodes.length - 10} more` : ''}`,
  );
  expect(found, `axe violations on ${page.url()}:\n${found.join('\n')}`).toEqual([]);
}

test.describe('axe: WCAG 2.2 AA', () => {
  for (const path of builtPages()) {
    test(`${path} has no violations`, async ({ page }) => {
      // The whole manual is one long page: axe needs well over the default 30 s for it on a busy machine.
      test.setTimeout(180_000);
      if (path === '/') {
        // The root sends the reader on to /sv/ at once (meta refresh). Answer that request with 204 No Content,
        // so the browser stays on the root page and axe scans the root itself; /sv/ has its own test.
        await page.route('**/sv/', (route) => route.fulfill({ status: 204 }));
      }
      await page.goto(path);
      await page.waitForLoadState('load');
      expect(new URL(page.url()).pathname, 'axe scans the page it was sent to').toBe(path);
      await expectNoViolations(page);
    });
  }
});

/** States a static scan does not see: content that scripts write, a chosen packet, a phone with the menu closed. */
test.describe('axe: WCAG 2.2 AA on pages in use', () => {
  test('search results, in both languages, with the other language included', async ({ page }) => {
    await page.goto(`/sv/sok/?q=${encodeURIComponent('betänketid')}&also=1`);
    await expect(page.locator('.search-result[lang="en"]').first()).toBeVisible();
    await expect(page.locator('.search-excerpt mark').first()).toBeVisible();
    await expectNoViolations(page);
    await page.goto('/en/search/?q=GRETA');
    await expect(page.locator('.search-subresults a').first()).toBeVisible();
    await expectNoViolations(page);
  });

  test('a search without results', async ({ page }) => {
    await page.goto('/sv/sok/?q=zzxxqq');
    await expect(page.locator('[data-search-status]')).not.toBeEmpty();
    await expect(page.locator('.search-result')).toHaveCount(0);
    await expectNoViolations(page);
  });

  test('the whole manual with a training packet chosen', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/sv/hela-manualen/?parts=steg-2,polisen');
    await expect(page.locator('[data-packet-note]')).toBeVisible();
    await expect(page.locator('[data-part="steg-1"]')).toBeHidden();
    await expectNoViolations(page);
  });

  test('a section reached by its address, with a search term marked', async ({ page }) => {
    const c = chapter('sv', 'steg-2');
    await page.goto(`${c.url}?highlight=${encodeURIComponent('betänketid')}#steg-2-betanketid`);
    await expect(page.locator('main mark').first()).toBeVisible();
    await expectNoViolations(page);
  });

  for (const path of ['/sv/', chapter('sv', 'steg-2').url, '/en/responsibility-matrix/']) {
    // On a phone the chapter list starts folded, so the text comes first; it opens from "Kapitel".
    test(`${path} on a 320 px phone, menu closed`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      await expect(page.locator('.chapter-nav')).toBeHidden();
      await expectNoViolations(page);
    });
    test(`${path} on a 320 px phone, menu open`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      await page.locator('.nav-toggle > summary').click();
      await expect(page.locator('.chapter-nav')).toBeVisible();
      await expectNoViolations(page);
    });
  }
});

/** Presses Tab until the focused element matches `selector` (at most `max` times); fails if it never does. */
async function tabTo(page: Page, selector: string, max = 80): Promise<Locator> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return page.locator(`${selector}:focus`);
  }
  throw new Error(`${selector} was not reached with ${max} presses of Tab`);
}

/** The focused element's outline, as the browser draws it. */
function focusedOutline(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const s = getComputedStyle(el);
    return { tag: el.tagName, text: (el.textContent ?? '').trim().slice(0, 40), style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
  });
}

test.describe('keyboard focus is visible', () => {
  for (const path of ['/sv/', chapter('sv', 'om-manualen').url, '/en/actors/', '/sv/hela-manualen/']) {
    test(`every link reached by Tab on ${path} has an outline`, async ({ page }) => {
      await page.goto(path);
      let links = 0;
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const o = await focusedOutline(page);
        if (o.tag !== 'A') continue;
        links++;
        expect(o.style, `${o.text}: outline style`).not.toBe('none');
        expect(o.width, `${o.text}: outline width`).toBeGreaterThanOrEqual(2);
        expect(o.color, `${o.text}: outline colour`).not.toMatch(/rgba\(.*, 0\)$|transparent/);
      }
      expect(links, 'links among the first 40 tab stops').toBeGreaterThan(5);
    });
  }

  test('the skip link is the first tab stop, shows when focused and moves focus to the main content', async ({ page }) => {
    await page.goto(chapter('sv', 'om-manualen').url);
    await page.keyboard.press('Tab');
    const skip = page.locator('.skip-link');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });
});

test.describe('keyboard only', () => {
  test('the search page filters are reachable and operable with the keyboard', async ({ page }) => {
    await page.goto('/sv/sok/');
    // Focus starts in the page, not in a field: every step below is a key press.
    await tabTo(page, '#search-q');
    await page.keyboard.type('betänketid');
    await expect(page.locator('.search-result').first()).toBeVisible();

    await tabTo(page, '#search-step', 5);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#search-step')).toHaveValue('2');
    await expect(page).toHaveURL(/[?&]step=2(&|$)/);
    await expect(page.locator('.search-result').first()).toBeVisible();
    const step2 = chapter('sv', 'steg-2').url;
    for (const href of await page.locator('.search-result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      expect(href.split('?')[0], 'only step 2 is found with the step filter').toBe(step2);
    }

    await tabTo(page, '#search-actor', 3);
    await tabTo(page, '#search-type', 3);
    await tabTo(page, '#search-also', 3);
    await page.keyboard.press('Space');
    await expect(page.locator('#search-also')).toBeChecked();
    await expect(page).toHaveURL(/[?&]also=1(&|$)/);
    await expect(page.locator('.search-result-lang').first()).toBeVisible();
    await expect(page.locator('.search-result[lang="en"]').first()).toBeVisible();

    // Back to the step filter and to "all steps" again.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(page.locator('#search-step')).toBeFocused();
    await page.keyboard.press('Home');
    await expect(page.locator('#search-step')).toHaveValue('');
    await expect(page).not.toHaveURL(/[?&]step=/);
    await expect
      .poll(() => page.locator('.search-result-title a').evaluateAll((as, url) => as.filter((a) => !a.getAttribute('href')!.startsWith(url)).length, step2), {
        message: 'without the step filter, pages other than step 2 are found again',
      })
      .toBeGreaterThan(0);
  });

  test('the packet builder on /sv/hela-manualen/ is reachable and operable with the keyboard', async ({ page }) => {
    await page.goto('/sv/hela-manualen/');
    // The parts in the order of the boxes: contents, overview, then the chapters and the actor pages.
    const ids = await page.locator('input[name="parts"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(ids.slice(2, 2 + manualChapters('sv').length)).toEqual(manualChapters('sv').map((c) => c.id));
    const [first, second] = [ids[0]!, ids[1]!];
    const box = await tabTo(page, 'input[name="parts"]');
    await expect(box).toHaveValue(first);
    await expect(box).toBeChecked();
    await page.keyboard.press('Space');
    await expect(page.locator(`input[name="parts"][value="${first}"]`)).not.toBeChecked();
    await expect(page.locator(`[data-part="${first}"]`)).toBeHidden();
    await expect(page).toHaveURL(/[?&]parts=/);
    expect(new URL(page.url()).searchParams.get('parts')!.split(',')).not.toContain(first);
    await expect(page.locator('[data-packet-status]')).toHaveText(`Valda delar: ${ids.length - 1} av ${ids.length}. Bara de valda delarna skrivs ut.`);

    // The next checkbox is one Tab away, and Space unticks it too.
    await page.keyboard.press('Tab');
    await expect(page.locator(`input[name="parts"][value="${second}"]`)).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.locator(`input[name="parts"][value="${second}"]`)).not.toBeChecked();

    // "Välj inget" and "Välj alla" are buttons in the tab order that Enter operates.
    await tabTo(page, '[data-packet-none]');
    await page.keyboard.press('Enter');
    await expect(page.locator('input[name="parts"]:checked')).toHaveCount(0);
    await page.keyboard.press('Shift+Tab');
    await expect(page.locator('[data-packet-all]')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('input[name="parts"]:not(:checked)')).toHaveCount(0);
    await expect(page).toHaveURL(/\/sv\/hela-manualen\/$/);
    await expect(page.locator(`[data-part="${first}"]`)).toBeVisible();
  });

  test('the language switch is reachable and operable with the keyboard, both ways', async ({ page }) => {
    const sv = chapter('sv', 'om-manualen');
    const en = chapter('en', 'om-manualen');
    await page.goto(sv.url);
    const link = await tabTo(page, '[data-language-switch]', 10);
    await expect(link).toHaveAccessibleName(/english/i);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(en.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await tabTo(page, '[data-language-switch]', 10);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(sv.url);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  });
});
