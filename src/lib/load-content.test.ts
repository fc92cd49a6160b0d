/**
 * The content contract end to end on a copy of content/: a bad file must stop the build (the same
 * checkContent runs in astro.config.mjs) with a message that names the file, the line or field, and the fix.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { checkContent, contentWarnings, readEditorsContent, readTranslationState } from './load-content.ts';
import { formatProblem } from './check.ts';

function withCopy(edit: (root: string) => void, options: { siteUrl?: string } = {}): string[] {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  try {
    cpSync('content', root, { recursive: true });
    edit(root);
    const rel = relative(process.cwd(), root);
    return checkContent(root, options).map((p) => formatProblem(p).replace(`${rel}/`, ''));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const replaceIn = (root: string, file: string, from: string | RegExp, to: string) => {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  assert.notEqual(next, text, `fixture edit did not apply to ${file}`);
  writeFileSync(path, next);
};

test('the real content passes', () => {
  assert.deepEqual(checkContent('content').map(formatProblem), []);
});

test('an unknown actor id stops the build naming the file, line and id', () => {
  const problems = withCopy((root) => replaceIn(root, 'sv/steg-2.mdx', /<Responsibility actor="polisen">/, '<Responsibility actor="polis">'));
  assert.ok(problems.some((p) => /^sv\/steg-2\.mdx:\d+: unknown actor id "polis" in <Responsibility>.*Fix: use an id from content\/data\/actors\.yaml/.test(p)), problems.join('\n'));
});

test('a missing front-matter field names the field', () => {
  const problems = withCopy((root) => replaceIn(root, 'en/steg-3.mdx', /^summary: .*\n/m, ''));
  assert.ok(problems.some((p) => p.startsWith('en/steg-3.mdx: field "summary"')), problems.join('\n'));
});

test('a misspelt front-matter field is refused', () => {
  const problems = withCopy((root) => replaceIn(root, 'sv/om-manualen.mdx', /^lastReviewed:/m, 'lastReveiwed:'));
  assert.ok(problems.some((p) => p.includes('sv/om-manualen.mdx') && p.includes('lastReveiwed')), problems.join('\n'));
});

test('a step chapter without its step number is refused', () => {
  const problems = withCopy((root) => replaceIn(root, 'sv/steg-4.mdx', /^step: 4\n/m, ''));
  assert.ok(problems.some((p) => p.startsWith('sv/steg-4.mdx: field "step": a step chapter needs step')), problems.join('\n'));
});

test('a phone number in the wrong format is refused with the right format as the fix', () => {
  const problems = withCopy((root) => replaceIn(root, 'data/contacts.yaml', /value: "?020-39 00 00"?/, 'value: "020390000"'));
  assert.ok(problems.some((p) => p.includes('data/contacts.yaml') && p.includes('"stodtelefon"') && p.includes('020-39 00 00')), problems.join('\n'));
});

test('a law without its official link is refused', () => {
  const problems = withCopy((root) => replaceIn(root, 'data/laws.yaml', /(- id: utl\n(?:.*\n)*?)\s+url: .*\n/, '$1'));
  assert.ok(problems.some((p) => p.includes('data/laws.yaml') && p.includes('entry "utl" → url')), problems.join('\n'));
});

test('an actor pointing at an unknown contact is refused', () => {
  const problems = withCopy((root) => replaceIn(root, 'data/actors.yaml', /contacts:\n(\s+)- /, 'contacts:\n$1- no-such-contact\n$1- '));
  assert.ok(problems.some((p) => p.includes('data/actors.yaml') && p.includes('unknown id "no-such-contact"')), problems.join('\n'));
});

test('a chapter written in one language only is refused', () => {
  const problems = withCopy((root) => writeFileSync(join(root, 'sv', 'extra.mdx'), '---\ntitle: Extra\nslug: extra\nsummary: x\nkind: intro\norder: 20\nlastReviewed: 2026-11-28\n---\n\n<Section id="extra-a" title="A">\n\nText.\n\n</Section>\n'));
  assert.ok(problems.some((p) => p.startsWith('sv/extra.mdx: chapter "extra" exists only in Swedish')), problems.join('\n'));
});

test('broken YAML names the file', () => {
  const problems = withCopy((root) => writeFileSync(join(root, 'data', 'glossary.yaml'), '- id: a\n  sv: [unclosed\n'));
  assert.ok(problems.some((p) => p.startsWith('data/glossary.yaml: YAML does not parse')), problems.join('\n'));
});

test('a research phrase in a chapter stops the build with file, line and column', () => {
  const problems = withCopy((root) => replaceIn(root, 'sv/steg-3.mdx', /\n\n<Section id="/, '\n\nTiden har inte kunnat bekräftas.\n\n<Section id="'));
  assert.ok(problems.some((p) => /^sv\/steg-3\.mdx:\d+:\d+: research language "har inte kunnat bekräftas"/.test(p)), problems.join('\n'));
});

test('a research phrase in a data field names the entry and the field', () => {
  const problems = withCopy((root) => replaceIn(root, 'data/contacts.yaml', /(- id: stodtelefon[\s\S]*?description:\n\s+sv: ")/, '$1Tiderna är enligt uppgift 9–16. '));
  assert.ok(problems.some((p) => /^data\/contacts\.yaml: entry "stodtelefon" → description\.sv: research language "enligt uppgift"/.test(p)), problems.join('\n'));
});

test('a step section without sources stops the build naming the section', () => {
  const problems = withCopy((root) => replaceIn(root, 'en/steg-6.mdx', /\n<Sources ids="[^"]*" \/>\n/, '\n'));
  assert.ok(problems.some((p) => /^en\/steg-6\.mdx:\d+: section "steg-6-[a-z0-9-]+" has no <Sources>/.test(p)), problems.join('\n'));
});

test('an unknown source id stops the build', () => {
  const problems = withCopy((root) => replaceIn(root, 'sv/steg-1.mdx', /<Sources ids="/, '<Sources ids="no-such-source '));
  assert.ok(problems.some((p) => /^sv\/steg-1\.mdx:\d+: unknown source id "no-such-source"/.test(p)), problems.join('\n'));
});

test('a source that nothing cites is refused', () => {
  const problems = withCopy((root) => writeFileSync(join(root, 'data/sources.yaml'), `${readFileSync(join(root, 'data/sources.yaml'), 'utf8')}\n- id: uncited-page\n  kind: guidance\n  publisher: X\n  title: "Y"\n  url: "https://example.org/uncited"\n  consulted: 2026-12-01\n`));
  assert.ok(problems.some((p) => p.startsWith('data/sources.yaml: source "uncited-page" is not cited anywhere')), problems.join('\n'));
});

test('a form the glossary avoids stops the build with the preferred term', () => {
  const problems = withCopy((root) => replaceIn(root, 'en/steg-2.mdx', /\n\n<Section id="/, '\n\nAn immediate custody decision.\n\n<Section id="'));
  assert.ok(problems.some((p) => /^en\/steg-2\.mdx:\d+:\d+: "immediate custody" is a form the glossary says to avoid\. Fix: write "emergency care order"/.test(p)), problems.join('\n'));
});

test('an actor that names an unknown source is refused', () => {
  const problems = withCopy((root) => replaceIn(root, 'data/actors.yaml', /(\n  sources:\n    - )/, '$1no-such-source\n    - '));
  assert.ok(problems.some((p) => /^data\/actors\.yaml: entry "[a-z-]+" → sources: unknown source id "no-such-source"/.test(p)), problems.join('\n'));
});

test('an impossible review date and a year alone are refused with the field named', () => {
  const impossible = withCopy((root) => replaceIn(root, 'sv/steg-6.mdx', /^lastReviewed: .*$/m, 'lastReviewed: 2026-02-30'));
  assert.ok(impossible.some((p) => /^sv\/steg-6\.mdx: field "lastReviewed": "2026-02-30" is not a day in the calendar/.test(p)), impossible.join('\n'));
  const year = withCopy((root) => replaceIn(root, 'en/steg-6.mdx', /^lastReviewed: .*$/m, 'lastReviewed: 2026'));
  assert.ok(year.some((p) => /^en\/steg-6\.mdx: field "lastReviewed": 2026 is not a date/.test(p)), year.join('\n'));
});

test('a review date in the future is refused', () => {
  const problems = withCopy((root) => replaceIn(root, 'sv/steg-1.mdx', /^lastReviewed: .*$/m, 'lastReviewed: 2099-01-01'));
  assert.ok(problems.some((p) => /^sv\/steg-1\.mdx: field "lastReviewed": 2099-01-01 is in the future/.test(p)), problems.join('\n'));
});

test('a file that is not UTF-8 is refused at the line of the first bad byte, YAML and MDX alike', () => {
  const latin1 = (root: string, file: string, from: string, to: string) => {
    const path = join(root, file);
    const text = readFileSync(path, 'utf8');
    const at = text.indexOf(from);
    assert.ok(at >= 0, `fixture text not found in ${file}`);
    const before = Buffer.from(text.slice(0, at), 'utf8');
    writeFileSync(path, Buffer.concat([before, Buffer.from(to, 'latin1'), Buffer.from(text.slice(at + from.length), 'utf8')]));
    return text.slice(0, at).split('\n').length;
  };
  let yamlLine = 0;
  const yaml = withCopy((root) => { yamlLine = latin1(root, 'data/contacts.yaml', 'Nationella stödtelefonen', 'Nationella stödtelefonen'); });
  assert.ok(yaml.includes(`data/contacts.yaml:${yamlLine}: the file is not UTF-8 (a character here was saved in another encoding). Fix: save the file as UTF-8 in your editor and retype the character.`), yaml.join('\n'));
  let mdxLine = 0;
  const mdx = withCopy((root) => { mdxLine = latin1(root, 'sv/steg-2.mdx', 'Betänketid', 'Betänketid'); });
  assert.ok(mdx.some((p) => p.startsWith(`sv/steg-2.mdx:${mdxLine}: the file is not UTF-8`)), mdx.join('\n'));
});

test('one root problem gives one message: a data file that is not a list, front matter that does not parse', () => {
  const notList = withCopy((root) => writeFileSync(join(root, 'data/laws.yaml'), 'id: brb\nname: x\n'));
  assert.deepEqual(notList, ['data/laws.yaml: the file is not a list. Fix: write a YAML list: one "- id: …" entry per item.']);
  const frontmatter = withCopy((root) => replaceIn(root, 'sv/steg-6.mdx', /^title: .*$/m, 'title: "Steg 6: unclosed'));
  assert.equal(frontmatter.length, 1, frontmatter.join('\n'));
  assert.match(frontmatter[0]!, /^sv\/steg-6\.mdx:2: front matter does not parse/);
  const badEntry = withCopy((root) => replaceIn(root, 'data/laws.yaml', /(- id: utl\n  type: )act/, '$1statute'));
  assert.equal(badEntry.length, 1, badEntry.join('\n'));
});

test('the same glossary term under a second id is refused', () => {
  const problems = withCopy((root) => writeFileSync(join(root, 'data/glossary.yaml'), `${readFileSync(join(root, 'data/glossary.yaml'), 'utf8')}\n- id: betanketid-igen\n  sv: "Betänketid"\n  en: "recovery period"\n  definition:\n    sv: "x"\n    en: "x"\n`));
  assert.ok(problems.some((p) => p === 'data/glossary.yaml: entry "betanketid-igen" → sv: the term "Betänketid" is already defined by entry "betanketid". Fix: merge the two entries into one, or name the terms apart.'), problems.join('\n'));
});

test('a chapter the MDX parser cannot read is one problem at its opening tag: no uncited sources, no dead links into it', () => {
  const problems = withCopy((root) => replaceIn(root, 'sv/steg-1.mdx', /<\/Section>\s*$/, ''));
  assert.equal(problems.length, 1, problems.join('\n'));
  // The last section lost its closing tag: its opening tag's line is named.
  const lines = readFileSync('content/sv/steg-1.mdx', 'utf8').split('\n');
  const opening = lines.map((l, n) => (l.startsWith('<Section ') ? n + 1 : 0)).filter(Boolean).at(-1);
  assert.match(problems[0]!, new RegExp(`^sv/steg-1\\.mdx:${opening}:1: <Section> is never closed`));
});

test('the contact card: two entries at one position and a via without a number of its own are refused', () => {
  const problems = withCopy((root) => {
    replaceIn(root, 'data/contacts.yaml', /card:\n    position: 2\n/, 'card:\n    position: 1\n');
    replaceIn(root, 'data/contacts.yaml', /    via: stodtelefon\n/, '    via: socialjour\n');
  });
  const card = problems.filter((p) => p.startsWith('data/contacts.yaml'));
  assert.ok(card.some((p) => p.includes('entry "stodtelefon" → card.position: 1 is already the position of "larm-112"') && p.includes('Fix: give each contact on the card a position of its own')), card.join('\n'));
  assert.ok(card.some((p) => p.includes('entry "regionkoordinatorer" → card.via: "socialjour" has no number or address of its own') && p.includes('Fix: name a contact of type phone, email or fax')), card.join('\n'));
});

test('a card text too long for the one-sheet card is refused naming the field', () => {
  const problems = withCopy((root) => replaceIn(root, 'data/contacts.yaml', /sv: "När någon är i akut fara\."/, `sv: "${'Mycket lång text. '.repeat(15)}"`));
  assert.ok(problems.some((p) => p.includes('"larm-112" → card.text.sv') && p.includes('at most 200 characters')), problems.join('\n'));
});

test('a card entry reached through an unknown contact is refused naming the entry', () => {
  const problems = withCopy((root) => replaceIn(root, 'data/contacts.yaml', /    via: stodtelefon\n/, '    via: stodtelefonen\n'));
  assert.ok(problems.some((p) => p.includes('entry "regionkoordinatorer" → card.via: unknown id "stodtelefonen"')), problems.join('\n'));
});

test('a build for publication (SITE_URL) with no publisher in site.yaml stops, naming the file, the fields and the fix', () => {
  const problems = withCopy(() => {}, { siteUrl: 'https://manual.example.se' });
  assert.deepEqual(
    problems.map((p) => p.split(':')[0] + ': ' + /field "([^"]+)"/.exec(p)?.[1]),
    ['data/site.yaml: publisher.name.sv', 'data/site.yaml: publisher.name.en', 'data/site.yaml: publisher.contact', 'data/site.yaml: publisher.feedback'],
  );
  assert.match(problems[0]!, /Fix: set publisher\.name\.sv in content\/data\/site\.yaml to the name of the agency that publishes the site/);
  const filled = withCopy((root) => {
    replaceIn(root, 'data/site.yaml', /sv: ""( +# the agency's name in Swedish)/, 'sv: "Exempelmyndigheten"$1');
    replaceIn(root, 'data/site.yaml', /en: ""( +# the same agency)/, 'en: "The Example Agency"$1');
    replaceIn(root, 'data/site.yaml', /contact: ""/, 'contact: "https://example.se/kontakt"');
    replaceIn(root, 'data/site.yaml', /feedback: ""/, 'feedback: "tillganglighet@example.se"');
  }, { siteUrl: 'https://manual.example.se' });
  assert.deepEqual(filled, []);
});

test('a publisher contact that is neither an e-mail nor an https address is refused', () => {
  const problems = withCopy((root) => replaceIn(root, 'data/site.yaml', /contact: ""/, 'contact: "www.example.se"'));
  assert.ok(problems.some((p) => p.startsWith('data/site.yaml: field "entry "edition" → publisher.contact": write an e-mail address')), problems.join('\n'));
});

/** The translation record's view of a copy of content/ after an edit: outdated ids, warnings, errors. */
function translationsOfCopy(edit: (root: string) => void) {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  try {
    cpSync('content', root, { recursive: true });
    edit(root);
    const rel = relative(process.cwd(), root);
    const state = readTranslationState(root);
    const clean = (p: Parameters<typeof formatProblem>[0]) => formatProblem(p).replaceAll(`${rel}/`, '');
    return { outdated: state.status.outdated.map((u) => u.id), warnings: contentWarnings(root).map(clean), problems: checkContent(root).map(clean) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('the manual as committed has no outdated translation and no warning', () => {
  const state = readTranslationState('content');
  assert.deepEqual(state.status, { outdated: [], missing: [], stale: [] });
  assert.deepEqual(state.problems, []);
});

test('a changed sentence in one Swedish subsection marks exactly that section outdated, and the build goes on', () => {
  const t = translationsOfCopy((root) => replaceIn(root, 'sv/steg-2.mdx', 'Två aktörer kan ansöka hos Migrationsverket:', 'Två aktörer kan ansöka om betänketid hos Migrationsverket:'));
  assert.deepEqual(t.outdated, ['steg-2-betanketid-vem']);
  assert.deepEqual(t.problems, []);
  assert.deepEqual(t.warnings, []);
});

test('re-wrapping a Swedish paragraph is no change; a change in English alone is none either', () => {
  const t = translationsOfCopy((root) => {
    replaceIn(root, 'sv/steg-2.mdx', 'Två aktörer kan ansöka hos Migrationsverket:', 'Två aktörer kan\nansöka  hos Migrationsverket:');
    replaceIn(root, 'en/steg-2.mdx', /<Section id="steg-2-betanketid-vem" title="[^"]*">\n\n/, '$&An English sentence.\n\n');
  });
  assert.deepEqual(t.outdated, []);
});

test('a section with no entry and an entry for a section that is gone are warnings that name the file, the id and the fix', () => {
  const t = translationsOfCopy((root) => {
    const path = join(root, 'translations.json');
    const record = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
    delete record['steg-2-barn'];
    record['steg-2-borttagen'] = '0123456789ab';
    writeFileSync(path, JSON.stringify(record));
  });
  assert.deepEqual(t.problems, []);
  assert.equal(t.warnings.length, 2);
  assert.match(t.warnings[0]!, /^translations\.json: section "steg-2-barn" \(sv\/steg-2\.mdx:\d+\) has no entry.*Fix: .*npm run translations -- --update steg-2-barn\.$/);
  assert.match(t.warnings[1]!, /^translations\.json: entry "steg-2-borttagen" names no section.*Fix: run npm run translations -- --update steg-2-borttagen to remove it\.$/);
});

test('a translation record that is missing or not JSON stops the build naming the file and the fix', () => {
  const gone = translationsOfCopy((root) => rmSync(join(root, 'translations.json')));
  assert.deepEqual(gone.problems, ['translations.json: the translation record is missing. Fix: when the English text is up to date with the Swedish, run npm run translations -- --update --all and commit the file.']);
  const broken = translationsOfCopy((root) => writeFileSync(join(root, 'translations.json'), '{ "start": '));
  assert.equal(broken.problems.length, 1);
  assert.match(broken.problems[0]!, /^translations\.json: the file is not JSON/);
});

test('the editors\' report reads every chapter in both languages, the open questions and the addresses with where they are used', () => {
  const c = readEditorsContent('content');
  const files = (lang: string) => c.chapters.filter((x) => x.lang === lang).length;
  assert.equal(files('sv'), files('en'));
  assert.ok(files('sv') >= 13);
  assert.ok(c.chapters.find((x) => x.id === 'steg-2' && x.lang === 'sv')!.sections.some((s) => s.number === '2.4'));
  assert.ok(c.questions.length > 0);
  // A law cited in a chapter is used there and defined in laws.yaml.
  const utl = c.links.filter((l) => l.where === 'content/sv/steg-2.mdx' || l.where === 'content/data/laws.yaml: utl');
  assert.ok(utl.some((l) => l.where === 'content/sv/steg-2.mdx'));
  assert.ok(utl.some((l) => l.where === 'content/data/laws.yaml: utl'));
  // A value after " #" in YAML is a comment: a "where" with more places after the section is quoted.
  assert.ok(c.questions.every((q) => !/\(och$/.test(q.where)), 'quote a where: value that contains " #"');
});

test('search words for a section that does not exist stop the build naming the file, the entry and the fix', () => {
  const problems = withCopy((root) => replaceIn(root, 'data/search-terms.yaml', /- id: steg-2-skyddat-boende\n/, '- id: steg-2-skyddat-boendet\n'));
  assert.ok(
    problems.includes('data/search-terms.yaml: entry "steg-2-skyddat-boendet": no section has this id (did you mean "steg-2-skyddat-boende"?). Fix: use the id of an existing <Section> (content/published-addresses.json lists them), or remove the entry.'),
    problems.join('\n'),
  );
});

test('a search word with a comma, a repeated word or an entry without words is refused with the field named', () => {
  const comma = withCopy((root) => replaceIn(root, 'data/search-terms.yaml', /en: \[shelter, shelters,/, 'en: ["shelter, refuge", shelters,'));
  assert.ok(comma.some((p) => p.startsWith('data/search-terms.yaml: field "entry "steg-2-skyddat-boende" → en.0": write one word or phrase per item, without commas or colons')), comma.join('\n'));
  const twice = withCopy((root) => replaceIn(root, 'data/search-terms.yaml', /en: \[shelter, shelters,/, 'en: [shelter, Shelter,'));
  assert.ok(twice.some((p) => p.startsWith('data/search-terms.yaml: field "entry "steg-2-skyddat-boende" → en.1": "Shelter" is listed twice')), twice.join('\n'));
  const empty = withCopy((root) => writeFileSync(join(root, 'data/search-terms.yaml'), '- id: steg-2-barn\n  sv: []\n'));
  assert.ok(empty.some((p) => p.startsWith('data/search-terms.yaml: field "entry "steg-2-barn" → sv": list at least one search word in sv or en')), empty.join('\n'));
});
