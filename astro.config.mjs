// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { checkContent, contentWarnings } from './src/lib/load-content.ts';
import { formatProblem } from './src/lib/check.ts';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile, nginxFile } from './src/lib/security-headers.ts';
import { join, resolve } from 'node:path';
import { alternatesFromHtml, pageFile, robotsTxt } from './src/lib/sitemap.ts';

/**
 * Astro keeps built collections in its cache between builds. A build of another content folder (CONTENT_DIR,
 * used by the fixture tests) gets a cache of its own, keyed by the folder, so it can never leak into a build of
 * content/.
 */
const contentDir = process.env.CONTENT_DIR ?? 'content';
const cacheKey = createHash('sha256').update(resolve(contentDir)).digest('hex').slice(0, 12);

/**
 * Stops `astro dev` and `astro build` before any page renders when the content breaks its contract
 * (unknown ids, sections missing in one language, …), listing every problem with file, line and fix.
 * @returns {import('astro').AstroIntegration}
 */
function contentContract() {
  return {
    name: 'content-contract',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // `astro check` and `astro sync` only read types; `npm run check:content` checks the content for them.
        if (command !== 'dev' && command !== 'build') return;
        const problems = checkContent(contentDir, { siteUrl: process.env.SITE_URL || undefined });
        if (problems.length) {
          const list = problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
          throw new Error(`The content has ${problems.length} problem(s):\n${list}\n`);
        }
        // Not errors: a section without an entry in the translation record, or an entry for a section that is gone.
        for (const w of contentWarnings(contentDir)) logger.warn(formatProblem(w));
        logger.info('content contract: all checks passed');
      },
    },
  };
}

/**
 * Writes the security headers a host should send (src/lib/security-headers.ts) beside the site:
 * _headers for Netlify, Cloudflare Pages and similar hosts, and nginx-security-headers.conf to include in nginx.
 * @returns {import('astro').AstroIntegration}
 */
function securityHeaders() {
  return {
    name: 'security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        writeFileSync(`${out}/_headers`, headersFile(base));
        writeFileSync(`${out}/nginx-security-headers.conf`, nginxFile());
      },
    },
  };
}

// SITE_URL (where the site is published: canonical and hreflang addresses, sitemap, robots.txt, absolute feed links)
// and BASE_PATH let the same build live at a domain root or under a sub-path of an intranet. Without SITE_URL the
// pages have no canonical or hreflang addresses (they must be absolute) and there is no sitemap or robots.txt.
const siteUrl = process.env.SITE_URL || undefined;
const base = process.env.BASE_PATH ?? '/';

/** Where the build writes the site (the CLI may move it with --outDir): the sitemap reads the built pages there. */
let outDir = '';

/**
 * Addresses for machines on a published site: robots.txt pointing to the sitemap, and the sitemap itself
 * (@astrojs/sitemap) with both languages, each page listing its language versions as xhtml:link alternates, read
 * from the page's own hreflang links (src/lib/sitemap.ts). Only when SITE_URL is set.
 * @returns {import('astro').AstroIntegration[]}
 */
function machineAddresses() {
  if (!siteUrl) return [];
  return [
    {
      name: 'machine-addresses',
      hooks: {
        'astro:config:done': ({ config }) => {
          outDir = fileURLToPath(config.outDir);
        },
        'astro:build:done': ({ dir }) => {
          writeFileSync(`${fileURLToPath(dir)}/robots.txt`, robotsTxt(siteUrl, base));
        },
      },
    },
    sitemap({
      // The root only sends readers on to /sv/; the language start pages are listed instead.
      filter: (page) => new URL(page).pathname !== new URL(base, siteUrl).pathname,
      serialize: (item) => {
        const file = pageFile(item.url, siteUrl, base);
        const html = file ? readFileSync(join(outDir, file), 'utf8') : '';
        return { ...item, links: alternatesFromHtml(html).map((a) => ({ lang: a.lang, url: a.url })) };
      },
      namespaces: { news: false, image: false, video: false, xhtml: true },
    }),
  ];
}

export default defineConfig({
  site: siteUrl,
  base,
  trailingSlash: 'always',
  // Styles always come as files: the Content-Security-Policy allows no inline <style>.
  build: { format: 'directory', inlineStylesheets: 'never' },
  i18n: {
    locales: ['sv', 'en'],
    defaultLocale: 'sv',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [contentContract(), mdx(), securityHeaders(), ...machineAddresses()],
  devToolbar: { enabled: false },
  cacheDir: process.env.ASTRO_CACHE_DIR ?? `./node_modules/.astro/content-${cacheKey}`,
  // Every script is a file of our own, never inlined, so the Content-Security-Policy can forbid inline scripts.
  vite: { build: { assetsInlineLimit: 0 } },
});
