/**
 * An intranet deployment: the site built with BASE_PATH=/manual/ and a SITE_URL, served under /manual/. Every
 * internal link and asset stays under /manual/, canonical addresses are absolute, and the language switch,
 * search and a printed packet work there.
 */
import { astroBuild } from './astro-build.ts';
import { expect, test } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtPages, chapter } from './content.ts';
import { publishedContent } from './deploy.ts';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

const BASE = '/manual/';
const SITE = 'https://intranet.example.se';
const OUT = join('.astro-fixture', 'dist-manual');
const PORT = 4337;
const ORIGIN = `http://localhost:${PORT}`;
// A build with SITE_URL is a build for publication: it needs the publisher filled in (e2e/deploy.ts).
const CONTENT = join('.astro-fixture', 'content-manual');
const env = { ...process.env, BASE_PATH: BASE, SITE_URL: SITE, CONTENT_DIR: CONTENT, ASTRO_CACHE_DIR: join('.astro-fixture', 'cache-manual'), ASTRO_TELEMETRY_DISABLED: '1' };
let server: ChildProcess | undefined;

test.beforeAll(async () => {
  rmSync(OUT, { recursive: true, force: true });
  publishedContent(CONTENT);
  const b = astroBuild(OUT, env);
  expect(b.status, `${b.stdout}\n${b.stderr}`.slice(-2000)).toBe(0);
  const p = spawnSync('npx', ['pagefind', '--site', OUT], { env, encoding: 'utf8', timeout: 60_000 });
  expect(p.status, p.stderr).toBe(0);
  server = spawn('npx', ['astro', 'preview', '--ignore-lock', '--outDir', OUT, '--port', String(PORT)], { env, stdio: 'ignore' });
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${ORIGIN}${BASE}sv/`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the preview server under /manual/ did not start');
});

test.afterAll(() => {
  server?.kill();
});

const pages = () => builtPages(OUT, BASE);

test('every internal link and asset stays under /manual/ and exists; canonical addresses are absolute', () => {
  const all = pages();
  expect(all.length).toBeGreaterThan(40);
  const bad: string[] = [];
  for (const path of all) {
    const html = readFileSync(join(OUT, path.slice(BASE.length), 'index.html'), 'utf8');
    for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const url = m[1]!.replace(/&amp;/g, '&');
      if (/^(https?:|mailto:|tel:|data:)/.test(url) || url.startsWith('#')) continue;
      if (!url.startsWith(BASE)) {
        bad.push(`${path}: ${url} (outside ${BASE})`);
        continue;
      }
      const file = url.split(/[?#]/)[0]!.slice(BASE.length);
      const target = join(OUT, file, file === '' || file.endsWith('/') ? 'index.html' : '');
      if (!existsSync(target)) bad.push(`${path}: ${url} (missing)`);
    }
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    if (canonical && !canonical.startsWith(`${SITE}${BASE}`)) bad.push(`${path}: canonical ${canonical}`);
  }
  expect(bad).toEqual([]);
});

test('the language switch keeps the section under /manual/', async ({ page }) => {
  const sv = chapter('sv', 'steg-2');
  const en = chapter('en', 'steg-2');
  const target = sv.sections[2]!;
  await page.goto(`${ORIGIN}${BASE}${sv.url.slice(1)}#${target.id}`);
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(`${ORIGIN}${BASE}${en.url.slice(1)}#${target.id}`);
});

test('search works under /manual/ and its results link there', async ({ page }) => {
  await page.goto(`${ORIGIN}${BASE}sv/sok/?q=betänketid`);
  await expect(page.locator('.search-result').first()).toBeVisible();
  const hrefs = await page.locator('.search-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(h.startsWith(BASE), h).toBe(true);
  await page.locator('.search-result a').first().click();
  await expect(page.locator('h1')).toBeVisible();
  expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true);
});

test('a training packet prints under /manual/ with its own address on paper', async ({ page }) => {
  await page.goto(`${ORIGIN}${BASE}sv/hela-manualen/?parts=steg-2`);
  await page.emulateMedia({ media: 'print' });
  const dir = mkdtempSync(join(tmpdir(), 'manual-subpath-'));
  const file = join(dir, 'packet.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  const text = execText(file);
  expect(text).toContain(chapter('sv', 'steg-2').title);
  expect(text).toContain(`${BASE}sv/hela-manualen/?parts=steg-2`);
  expect(text).not.toContain(chapter('sv', 'steg-5').title);
  rmSync(dir, { recursive: true, force: true });
});

function execText(pdf: string): string {
  return spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
}
