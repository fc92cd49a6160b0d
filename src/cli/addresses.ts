/**
 * npm run addresses -- --update : writes the addresses of the built site (dist/) to
 * content/published-addresses.json. Run it after `npm run build` when you add pages or sections on purpose.
 * Without --update it only reports the difference.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffAddresses, linkableIds, sortedList, type AddressList } from '../lib/addresses.ts';

export const REGISTRY = 'content/published-addresses.json';

export function builtAddresses(dist = 'dist'): AddressList {
  const out: AddressList = {};
  const walk = (dir: string, prefix: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) {
        if (e.name !== 'pagefind' && e.name !== '_astro') walk(join(dir, e.name), `${prefix}${e.name}/`);
      } else if (e.name === 'index.html') {
        out[prefix] = linkableIds(readFileSync(join(dir, e.name), 'utf8'));
      }
    }
  };
  walk(dist, '/');
  return sortedList(out);
}

// Run as a command (npm run addresses), not when imported by the tests.
if (process.argv[1]?.endsWith("addresses.ts")) {
  const current = builtAddresses();
  const published = JSON.parse(readFileSync(REGISTRY, 'utf8')) as AddressList;
  const diff = diffAddresses(published, current);
  if (process.argv.includes('--update')) {
    if (diff.missing.length) {
      console.error(`Refusing to drop published addresses:\n${diff.missing.map((m) => `  ${m}`).join('\n')}\nRestore them, or remove them from ${REGISTRY} by hand if you really mean to break links.`);
      process.exit(1);
    }
    writeFileSync(REGISTRY, `${JSON.stringify(current, null, 1)}\n`);
    console.log(`${REGISTRY}: ${diff.added.length} address(es) added`);
  } else {
    console.log(JSON.stringify(diff, null, 2));
  }
}
