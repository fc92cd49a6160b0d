// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { checkContent } from './src/lib/load-content.ts';
import { formatProblem } from './src/lib/check.ts';

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
        const problems = checkContent(process.env.CONTENT_DIR ?? 'content');
        if (problems.length) {
          const list = problems.map((p) => `  - ${formatProblem(p)}`).join('\n');
          throw new Error(`The content has ${problems.length} problem(s):\n${list}\n`);
        }
        logger.info('content contract: all checks passed');
      },
    },
  };
}

// SITE_URL (for canonical and hreflang addresses) and BASE_PATH let the same build live at a domain root
// or under a sub-path of an intranet. Without SITE_URL, addresses in <head> are site-relative.
export default defineConfig({
  site: process.env.SITE_URL || undefined,
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['sv', 'en'],
    defaultLocale: 'sv',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  integrations: [contentContract(), mdx()],
  devToolbar: { enabled: false },
  // A fixture build (e2e/fixture-build.spec.ts) keeps its cache apart from the real one.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  // Every script is a file of our own, never inlined, so the Content-Security-Policy can forbid inline scripts.
  vite: { build: { assetsInlineLimit: 0 } },
});
