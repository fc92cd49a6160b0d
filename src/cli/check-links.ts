/**
 * npm run check:links — asks every external address in content/data (laws' official texts, contacts'
 * web pages, actors' websites, sources) whether it still answers. Needs a network; not part of npm test,
 * because the test machines have none. Run it before each edition and fix what it lists.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'content/data';
const urls = new Map<string, string[]>();
for (const name of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
  const text = readFileSync(join(dir, name), 'utf8');
  for (const m of text.matchAll(/https?:\/\/[^\s"'<>)]+/g)) {
    const url = m[0].replace(/[.,]$/, '');
    urls.set(url, [...(urls.get(url) ?? []), name]);
  }
}

async function status(url: string): Promise<string> {
  for (const method of ['HEAD', 'GET'] as const) {
    try {
      const r = await fetch(url, { method, redirect: 'follow', signal: AbortSignal.timeout(15_000) });
      if (r.ok) return 'ok';
      if (method === 'GET') return `HTTP ${r.status}`;
    } catch (e) {
      if (method === 'GET') return `unreachable (${(e as Error).message})`;
    }
  }
  return 'unreachable';
}

let bad = 0;
for (const [url, files] of urls) {
  const s = await status(url);
  if (s !== 'ok') {
    bad++;
    console.error(`${s}: ${url} (${[...new Set(files)].join(', ')})`);
  }
}
console.log(`${urls.size} addresses checked, ${bad} not answering`);
process.exit(bad ? 1 : 0);
