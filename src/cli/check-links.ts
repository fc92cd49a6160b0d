/**
 * npm run check:links — asks every external address of the manual (laws' official texts, contacts' web
 * pages, actors' websites, sources, links in chapters) whether it still answers. Needs a network; not part
 * of npm test, because the test machines have none. Run it before each edition and fix what it lists.
 * The same list, with where each address is used, is in npm run editors:report (-- --check-links).
 */
import { readEditorsContent } from '../lib/load-content.ts';
import { checkUrls } from '../lib/links.ts';
import { describeUses, groupLinks } from '../lib/report.ts';

const root = process.argv[2] ?? 'content';
const links = groupLinks(readEditorsContent(root).links);
const status = await checkUrls([...links.keys()]);
let bad = 0;
for (const [url, where] of links) {
  const s = status.get(url)!;
  if (s !== 'ok') {
    bad++;
    console.error(`${s}: ${url} (${describeUses(where)})`);
  }
}
console.log(`${links.size} addresses checked, ${bad} not answering`);
process.exit(bad ? 1 : 0);
