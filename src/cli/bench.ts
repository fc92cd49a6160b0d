/**
 * npm run bench — size and speed of the built site (dist/), measured in Chromium against a small
 * static server that compresses like a typical host (gzip). Prints a table, writes
 * bench-results/latest.json, and exits 1 when a figure is over its budget (src/cli/bench-budgets.json).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';

const DIST = 'dist';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.wasm': 'application/wasm',
};

function serve(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    let path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (path.endsWith('/')) path += 'index.html';
    const file = join(DIST, path);
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Pagefind's index files are already compressed; everything else is gzipped like a static host would.
    if (/\.(pf_\w+|pagefind)$/.test(file)) {
      res.writeHead(200, { 'content-type': type, 'content-length': body.length }).end(body);
    } else {
      const gz = gzipSync(body, { level: 6 });
      res.writeHead(200, { 'content-type': type, 'content-encoding': 'gzip', 'content-length': gz.length }).end(gz);
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => {
    const addr = server.address();
    resolve({ server, origin: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` });
  }));
}

interface Transfer { bytes: number; scriptBytes: number; requests: number }

/**
 * Every response a page receives, with its compressed body size, including those fetched by Pagefind's
 * web worker (which the page's own resource timing does not see).
 */
function track(page: Page): Array<{ url: string; bytes: number }> {
  const seen: Array<{ url: string; bytes: number }> = [];
  page.on('requestfinished', (r) => {
    void r.sizes().then((s) => seen.push({ url: r.url(), bytes: s.responseBodySize }));
  });
  return seen;
}

const sum = (xs: Array<{ url: string; bytes: number }>): Transfer => ({
  bytes: xs.reduce((n, x) => n + x.bytes, 0),
  scriptBytes: xs.filter((x) => x.url.endsWith('.js')).reduce((n, x) => n + x.bytes, 0),
  requests: xs.length,
});

async function pageLoad(page: Page, origin: string, path: string): Promise<Transfer> {
  const seen = track(page);
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await page.waitForTimeout(100);
  return sum(seen);
}

/** Milliseconds from the keystroke that completes the query to the first result on screen, and its bytes. */
async function query(page: Page, seen: Array<{ url: string; bytes: number }>, text: string): Promise<{ ms: number; bytes: number }> {
  const input = page.locator('#search-q');
  await input.fill('');
  await page.waitForFunction(() => document.querySelectorAll('.search-result').length === 0);
  await input.fill(text.slice(0, -1));
  await page.waitForLoadState('networkidle');
  const before = seen.length;
  const t0 = await page.evaluate(() => {
    const w = window as unknown as { __done?: number };
    w.__done = undefined;
    new MutationObserver((_m, obs) => {
      if (document.querySelector('.search-result')) {
        w.__done = performance.now();
        obs.disconnect();
      }
    }).observe(document.querySelector('[data-search-results]')!, { childList: true });
    return performance.now();
  });
  await input.press(text.slice(-1));
  await page.waitForFunction(() => (window as unknown as { __done?: number }).__done !== undefined);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(100);
  const done = await page.evaluate(() => (window as unknown as { __done: number }).__done);
  return { ms: Math.round(done - t0), bytes: sum(seen.slice(before)).bytes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  if (!existsSync(join(DIST, 'pagefind'))) throw new Error('No built site: run npm run build first.');
  const budgets = JSON.parse(readFileSync(new URL('./bench-budgets.json', import.meta.url), 'utf8')) as Record<string, number>;
  const { server, origin } = await serve();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const figures: Record<string, number> = {};
  try {
    const fresh = async () => (await browser.newContext()).newPage();
    const chapter = await pageLoad(await fresh(), origin, '/sv/steg-2-akut-skydd/');
    figures.chapterPageBytes = chapter.bytes;
    figures.chapterPageScriptBytes = chapter.scriptBytes;
    figures.chapterPageRequests = chapter.requests;
    figures.startPageBytes = (await pageLoad(await fresh(), origin, '/sv/')).bytes;
    figures.actorPageBytes = (await pageLoad(await fresh(), origin, '/sv/aktorer/migrationsverket/')).bytes;
    figures.wholeManualBytes = (await pageLoad(await fresh(), origin, '/sv/hela-manualen/')).bytes;

    figures.searchPageBytes = (await pageLoad(await fresh(), origin, '/sv/sok/')).bytes;
    const firsts: number[] = [];
    const laters: number[] = [];
    for (let run = 0; run < 5; run++) {
      const page = await fresh();
      const seen = track(page);
      await page.goto(`${origin}/sv/sok/`, { waitUntil: 'networkidle' });
      const first = await query(page, seen, 'betänketid');
      const later = await query(page, seen, 'målsägandebiträde');
      firsts.push(first.ms);
      laters.push(later.ms);
      if (run === 0) {
        figures.searchFirstQueryBytes = first.bytes;
        figures.searchLaterQueryBytes = later.bytes;
      }
      await page.context().close();
    }
    figures.searchFirstQueryMs = median(firsts);
    figures.searchLaterQueryMs = median(laters);
  } finally {
    await browser.close();
    server.close();
  }
  const gz = (path: string) => gzipSync(readFileSync(join(DIST, path))).length;
  figures.chapterHtmlGzipBytes = gz('sv/steg-2-akut-skydd/index.html');

  const over: string[] = [];
  console.log('figure                      value      budget');
  for (const [k, v] of Object.entries(figures)) {
    const budget = budgets[k];
    const flag = budget !== undefined && v > budget ? '  OVER BUDGET' : '';
    if (flag) over.push(k);
    console.log(`${k.padEnd(27)} ${String(v).padStart(8)}  ${budget === undefined ? '' : String(budget).padStart(8)}${flag}`);
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/latest.json', `${JSON.stringify({ date: new Date().toISOString(), figures, budgets }, null, 2)}\n`);
  if (over.length) {
    console.error(`\nOver budget: ${over.join(', ')}`);
    process.exit(1);
  }
}

await main();
