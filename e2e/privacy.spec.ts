import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';

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
  const styleSrc = csp!.split(';').find((d) => d.trim().startsWith('style-src'))!;
  expect(styleSrc, 'no inline styles allowed').not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(await page.locator('script:not([src])').count()).toBe(0);
});

test('the header files shipped for hosts send the pages\' own policy, plus a ban on framing', async ({ page }) => {
  await page.goto('/en/');
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const headers = readFileSync('dist/_headers', 'utf8');
  expect(headers).toContain(`  Content-Security-Policy: ${meta}; frame-ancestors 'none'\n`);
  for (const h of ['Referrer-Policy: no-referrer', 'X-Content-Type-Options: nosniff', 'Permissions-Policy: ']) expect(headers).toContain(h);
  const nginx = readFileSync('dist/nginx-security-headers.conf', 'utf8');
  expect(nginx).toContain(`add_header Content-Security-Policy "${meta}; frame-ancestors 'none'" always;`);
});
