/**
 * Translation status, end to end: a build of a copy of content/ in which one sentence of one Swedish subsection
 * changed (uncommitted, as an editor's working copy would be). The build still succeeds; exactly that English
 * section is marked outdated and says so, with a link to the Swedish section; no other English section and
 * no Swedish page does; the editors' command lists exactly that section. The copy is built into an out
 * folder of its own and served by a small static server on a free port of its own.
 */
import { astroBuild } from './astro-build.ts';
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chapter } from './content.ts';

test.describe.configure({ mode: 'serial', timeout: 240_000 });

const ROOT = '.astro-fixture';
const CONTENT = join(ROOT, 'content-translation');
const OUT = join(ROOT, 'dist-translation');
const CHANGED = 'steg-2-betanketid-vem';
const PARENT = 'steg-2-betanketid';
const SENTENCE = 'Två aktörer kan ansöka hos Migrationsverket:';

let server: Server;
let origin = '';
let buildOutput = '';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' };

/** Every built HTML page of the fixture, as [site path, html]. */
function pages(dir = OUT, prefix = '/'): Array<[string, string]> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e): Array<[string, string]> => {
    if (e.isDirectory()) return e.name === '_astro' ? [] : pages(join(dir, e.name), `${prefix}${e.name}/`);
    return e.name === 'index.html' ? [[prefix, readFileSync(join(dir, e.name), 'utf8')]] : [];
  });
}

test.beforeAll(() => {
  rmSync(CONTENT, { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
  cpSync('content', CONTENT, { recursive: true });
  const file = join(CONTENT, 'sv', 'steg-2.mdx');
  const text = readFileSync(file, 'utf8');
  expect(text.split(SENTENCE).length, `fixture: the sentence occurs once in ${file}`).toBe(2);
  writeFileSync(file, text.replace(SENTENCE, 'Två aktörer kan ansöka om betänketid hos Migrationsverket:'));
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: resolve(CONTENT) };
  delete env.ASTRO_CACHE_DIR;
  const r = astroBuild(OUT, env);
  buildOutput = `${r.stdout}\n${r.stderr}`;
  expect(r.status, buildOutput.slice(-2000)).toBe(0);
});

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = join(OUT, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(OUT) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((done) => server?.close(done));
});

test('the build of the changed copy succeeds without translation warnings', () => {
  expect(buildOutput).toContain('content contract: all checks passed');
  expect(buildOutput).not.toMatch(/translations\.json/);
});

test('exactly the changed English section is marked outdated and says so, with a link to the Swedish section', async ({ page }) => {
  const en = chapter('en', 'steg-2');
  const sv = chapter('sv', 'steg-2');
  await page.goto(`${origin}${en.url}`);
  const outdated = page.locator('[data-translation="outdated"]');
  await expect(outdated).toHaveCount(1);
  await expect(outdated).toHaveAttribute('aria-labelledby', CHANGED);
  const notice = outdated.locator('.translation-notice');
  await expect(notice).toHaveCount(1);
  await expect(notice).toBeVisible();
  await expect(notice).toHaveText('The Swedish text of this section has been updated; this translation is being reviewed. Read the Swedish section.');
  const link = notice.getByRole('link', { name: 'Read the Swedish section.' });
  await expect(link).toHaveAttribute('href', `${sv.url}#${CHANGED}`);
  await expect(link).toHaveAttribute('hreflang', 'sv');
  // The section around it, whose own text did not change, has no notice of its own.
  await expect(page.locator(`section[aria-labelledby="${PARENT}"]`)).not.toHaveAttribute('data-translation', /./);
  await expect(page.locator('.translation-notice')).toHaveCount(1);
  await link.click();
  await expect(page).toHaveURL(`${origin}${sv.url}#${CHANGED}`);
  await expect(page.locator(`#${CHANGED}`)).toBeVisible();
});

test('the Swedish page never shows the notice', async ({ page }) => {
  await page.goto(`${origin}${chapter('sv', 'steg-2').url}`);
  await expect(page.locator(`#${CHANGED}`)).toBeVisible();
  await expect(page.locator('.translation-notice, [data-translation]')).toHaveCount(0);
});

test('no other page of the copy carries a notice (the whole manual repeats the one section)', () => {
  const marked = pages()
    .map(([path, html]) => [path, (html.match(/data-translation="outdated"/g) ?? []).length] as const)
    .filter(([, n]) => n > 0);
  expect(marked).toEqual([
    [chapter('en', 'steg-2').url, 1],
    ['/en/whole-manual/', 1],
  ]);
});

test('the unchanged manual (dist/) has no outdated translation anywhere', () => {
  const marked = pages('dist').filter(([, html]) => html.includes('data-translation') || html.includes('translation-notice')).map(([p]) => p);
  expect(marked).toEqual([]);
});

test('the editors’ command lists exactly that section, with the Swedish file and the fix', () => {
  const r = spawnSync('node', ['src/cli/translations.ts', `--content=${CONTENT}`], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain('1 English section(s) translate an older version of the Swedish text');
  expect(r.stdout).toContain(`${CHANGED}  "${chapter('sv', 'steg-2').sections.find((s) => s.id === CHANGED)!.title}"`);
  expect(r.stdout).toContain(`npm run translations -- --update ${CHANGED}`);
  expect(r.stdout).not.toContain(`${PARENT}  "`);
});
