/**
 * npm run build — builds the site with Astro and indexes it with Pagefind into a fresh folder, and replaces
 * dist/ only when both succeeded and the result looks like a whole site (src/lib/publish.ts). A failed build
 * says so and leaves the previous dist/ as it was.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { publishAtomically } from '../lib/publish.ts';

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'inherit' }).status === 0;

/** The folder to publish to: dist/, or another one a test names (node src/cli/build.ts <folder>). */
const dist = process.argv[2] ?? 'dist';

const result = publishAtomically(
  dist,
  [
    { name: 'astro build', run: (out) => run('astro', ['build', '--outDir', out]) },
    { name: 'pagefind', run: (out) => run('pagefind', ['--site', out]) },
  ],
  (out) => {
    for (const need of ['index.html', 'sv/index.html', 'en/index.html', 'pagefind/pagefind.js']) {
      if (!existsSync(join(out, need))) return `the built site has no ${need}`;
    }
    return null;
  },
);
if (!result.ok) {
  console.error(`\nThe build failed (${result.failedStep}). ${result.kept ? `The previous site in ${dist}/ is unchanged.` : `There was no previous site in ${dist}/.`}`);
  process.exit(1);
}
console.log(`\nThe new site is in ${dist}/.`);
