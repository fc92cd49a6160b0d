import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chapterLinks, checkUrls, dataLinks, urlStatus, type LinkData } from './links.ts';
import { parseOutline } from './outline.ts';

const data = {
  laws: [{ id: 'utl', url: { sv: 'https://lag.se/sv', en: 'https://lag.se/en' }, source: 'https://lag.se/kalla' }],
  contacts: [
    { id: 'webb', type: 'web', value: 'https://webb.se/', source: 'https://webb.se/om' },
    { id: 'tel', type: 'phone', value: '020-39 00 00', source: 'https://tel.se/' },
  ],
  actors: [{ id: 'polisen', website: 'https://polisen.se/' }],
  sources: [
    { id: 'guide', kind: 'guidance', url: 'https://guide.se/' },
    { id: 'utl', kind: 'law', law: 'utl' },
  ],
  changes: [{ id: '2022-x', source: 'https://andring.se/' }],
} as unknown as LinkData;

test('every address in the data files is named by file and entry', () => {
  assert.deepEqual(dataLinks(data).map((l) => `${l.url} ← ${l.where}`), [
    'https://guide.se/ ← content/data/sources.yaml: guide',
    'https://lag.se/sv ← content/data/laws.yaml: utl',
    'https://lag.se/en ← content/data/laws.yaml: utl',
    'https://lag.se/kalla ← content/data/laws.yaml: utl',
    'https://webb.se/ ← content/data/contacts.yaml: webb',
    'https://webb.se/om ← content/data/contacts.yaml: webb',
    'https://tel.se/ ← content/data/contacts.yaml: tel',
    'https://polisen.se/ ← content/data/actors.yaml: polisen',
    'https://andring.se/ ← content/data/changes.yaml: 2022-x',
  ]);
});

test('a chapter uses the addresses of its links, sources, acts and web contacts, in its own language', () => {
  const o = parseOutline('<Section id="x-a" title="A">\n\nSe [sidan](https://sida.se/), <Law id="utl" />, <Contact id="webb" />, <Contact id="tel" /> och <SourceLink id="guide" />.\n\n<Sources ids="utl guide" />\n\n</Section>\n');
  const urls = (lang: 'sv' | 'en') => chapterLinks(`content/${lang}/x.mdx`, lang, o, data).map((l) => l.url);
  assert.deepEqual(urls('sv'), ['https://sida.se/', 'https://lag.se/sv', 'https://guide.se/', 'https://lag.se/sv', 'https://webb.se/', 'https://guide.se/']);
  assert.ok(urls('en').includes('https://lag.se/en'));
  assert.ok(!urls('en').includes('https://lag.se/sv'));
  assert.deepEqual([...new Set(chapterLinks('content/sv/x.mdx', 'sv', o, data).map((l) => l.where))], ['content/sv/x.mdx']);
});

const answer = (byUrl: Record<string, number | 'down'>): typeof fetch =>
  (async (input: string | URL | Request, init?: RequestInit) => {
    const s = byUrl[String(input)];
    if (s === 'down') throw new Error('getaddrinfo ENOTFOUND');
    // A server that refuses HEAD but answers GET.
    if (s === 405 && init?.method === 'GET') return new Response('', { status: 200 });
    return new Response('', { status: s ?? 200 });
  }) as typeof fetch;

test('an address answers ok, with its HTTP status, or not at all; HEAD is tried before GET', async () => {
  const f = answer({ 'https://a/': 200, 'https://b/': 404, 'https://c/': 'down', 'https://d/': 405 });
  assert.equal(await urlStatus('https://a/', f), 'ok');
  assert.equal(await urlStatus('https://b/', f), 'HTTP 404');
  assert.equal(await urlStatus('https://c/', f), 'unreachable (getaddrinfo ENOTFOUND)');
  assert.equal(await urlStatus('https://d/', f), 'ok');
  const all = await checkUrls(['https://b/', 'https://a/', 'https://c/'], f, 2);
  assert.deepEqual([...all], [['https://b/', 'HTTP 404'], ['https://a/', 'ok'], ['https://c/', 'unreachable (getaddrinfo ENOTFOUND)']]);
});
