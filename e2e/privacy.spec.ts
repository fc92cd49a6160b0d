import { expect, test } from '@playwright/test';

/** No page asks anything of another origin, and nothing breaks the Content-Security-Policy. */
const PAGES = ['/sv/', '/en/step-2-acute-protection/', '/sv/aktorer/migrationsverket/', '/sv/sok/?q=betänketid&also=1', '/en/whole-manual/', '/sv/steg-5-straffrattsligt-forfarande/?highlight=skadestånd'];

for (const path of PAGES) {
  test(`${path} makes no third-party requests and breaks no CSP rule`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== origin) foreign.push(r.url());
    });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    if (path.includes('highlight=')) await expect(page.locator('main mark').first()).toBeVisible();
    expect(foreign).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test('every page carries a Content-Security-Policy that forbids other origins', async ({ page }) => {
  await page.goto('/sv/');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
  const scriptSrc = csp!.split(';').map((d) => d.trim().split(/\s+/)).find((d) => d[0] === 'script-src')!;
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(await page.locator('script:not([src])').count()).toBe(0);
});
