import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alternatesFromHtml, pageFile, robotsTxt, sitemapIndexUrl } from './sitemap.ts';

test('robots.txt points to the sitemap index under the base', () => {
  assert.equal(sitemapIndexUrl('https://manual.example.se', '/'), 'https://manual.example.se/sitemap-index.xml');
  assert.equal(sitemapIndexUrl('https://intranat.example.se', '/manual/'), 'https://intranat.example.se/manual/sitemap-index.xml');
  assert.equal(sitemapIndexUrl('https://intranat.example.se', '/manual'), 'https://intranat.example.se/manual/sitemap-index.xml');
  assert.equal(robotsTxt('https://intranat.example.se', '/manual/'), 'User-agent: *\nAllow: /\n\nSitemap: https://intranat.example.se/manual/sitemap-index.xml\n');
});

test('the language alternates are read from the page head, not from the body', () => {
  const html = `<html><head><link rel="canonical" href="https://x.se/sv/a/">
    <link rel="alternate" hreflang="sv" href="https://x.se/sv/a/">
    <link rel="alternate" hreflang="en" href="https://x.se/en/b/?q=1&amp;r=2">
    <link rel="alternate" type="application/atom+xml" href="https://x.se/sv/andringar.xml" title="Ändringar">
    </head><body><link rel="alternate" hreflang="fr" href="https://x.se/fr/"></body></html>`;
  assert.deepEqual(alternatesFromHtml(html), [
    { lang: 'sv', url: 'https://x.se/sv/a/' },
    { lang: 'en', url: 'https://x.se/en/b/?q=1&r=2' },
  ]);
  assert.deepEqual(alternatesFromHtml('<html><head><title>x</title></head></html>'), []);
});

test('a page address maps to its built file under the base', () => {
  assert.equal(pageFile('https://x.se/manual/sv/kontakter/', 'https://x.se', '/manual/'), 'sv/kontakter/index.html');
  assert.equal(pageFile('https://x.se/manual/', 'https://x.se', '/manual/'), 'index.html');
  assert.equal(pageFile('https://x.se/sv/akt%C3%B6r/', 'https://x.se', '/'), 'sv/aktör/index.html');
  assert.equal(pageFile('https://other.se/sv/', 'https://x.se', '/'), undefined);
});
