/**
 * A deployment as an agency makes it: a copy of content/ with the publisher filled in (content/data/site.yaml),
 * which a build with SITE_URL requires. Used by the specs that build the site for publication.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

export const PUBLISHER = {
  name: { sv: 'Exempelmyndigheten', en: 'The Example Agency' },
  contact: 'https://exempelmyndigheten.example.se/kontakt',
  feedback: 'tillganglighet@exempelmyndigheten.example.se',
};

/** Copies content/ to `dir` and fills in the publisher; returns `dir`. */
export function publishedContent(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  cpSync('content', dir, { recursive: true });
  const file = join(dir, 'data', 'site.yaml');
  const doc = parseDocument(readFileSync(file, 'utf8'));
  doc.setIn([0, 'publisher'], doc.createNode(PUBLISHER));
  writeFileSync(file, doc.toString());
  return dir;
}
