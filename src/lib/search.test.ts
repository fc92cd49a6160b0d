import { test } from 'node:test';
import { fillLabel } from './labels.ts';
import assert from 'node:assert/strict';
import { containsPhrase, displayQuery, foundByKeywords, headingGrade, headingMatches, keywordsMeta, namedFirst, pageSections, quotedPhrases, readKeywords, readState, sectionExcerpt, sectionGrade, withHighlight, withoutQuotes, writeState, type PageData } from './search.ts';

test('the address holds the query, the filters and the language choice', () => {
  const state = readState('?q=betänketid&step=2&actor=migrationsverket&also=1&junk=x');
  assert.deepEqual(state, { q: 'betänketid', filters: { step: '2', actor: 'migrationsverket' }, also: true });
  assert.equal(writeState(state), '?q=bet%C3%A4nketid&step=2&actor=migrationsverket&also=1');
  assert.equal(writeState({ q: '', filters: {}, also: false }), '');
});

/** A page as Pagefind returns it: "Title. 2.1 Heading one. Words … 2.2 Heading two. Words …". */
function pageData(meta: Record<string, string> = {}): PageData {
  const content = 'Steg 2. Inledning om steget. 2.1 Betänketid. Personen får betänketid i trettio dagar och kan vila. 2.2 Skyddat boende. Socialtjänsten ordnar boende när det behövs. Källor. En källa.';
  const words = content.split(' ');
  const at = (w: string) => words.indexOf(w);
  return {
    url: '/sv/steg-2/',
    content,
    excerpt: 'Steg 2. Inledning om steget.',
    meta: { title: 'Steg 2', ...meta },
    anchors: [
      { element: 'h2', id: 'steg-2-betanketid', text: '2.1 Betänketid', location: at('2.1') },
      { element: 'h2', id: 'steg-2-skyddat-boende', text: '2.2 Skyddat boende', location: at('2.2') },
      { element: 'div', id: 'block', location: at('Socialtjänsten') },
    ],
    sub_results: [
      { title: 'Steg 2', url: '/sv/steg-2/', excerpt: '' },
      {
        title: '2.1 Betänketid',
        url: '/sv/steg-2/#steg-2-betanketid',
        excerpt: '',
        anchor: { element: 'h2', id: 'steg-2-betanketid', text: '2.1 Betänketid', location: at('2.1') },
        weighted_locations: [{ location: at('2.1') + 1, balanced_score: 50, weight: 6 }, { location: at('betänketid'), balanced_score: 5, weight: 1 }],
      },
    ],
  };
}
const text = (parts: Array<{ text: string; mark: boolean }>) => parts.map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

test('a snippet starts after the heading, marks the hits and shows where words are left out', () => {
  const words = 'Rubrik här. Ett två tre fyra fem sex sju åtta nio tio elva tolv'.split(' ');
  assert.equal(text(sectionExcerpt(words, 2, words.length, [{ location: 7, balanced_score: 1 }], 4)), '… fem [sex] sju åtta …');
  assert.equal(text(sectionExcerpt(words, 2, words.length, [], 3)), 'Ett två tre …');
  assert.equal(text(sectionExcerpt(words, 2, 5, [{ location: 0, balanced_score: 9 }, { location: 3, balanced_score: 1 }], 24)), 'Ett [två] tre');
});

test('sections are listed without the page itself, the heading not repeated in the snippet, and the hit marked', () => {
  const [first, ...rest] = pageSections(pageData(), 'betänketid');
  assert.equal(rest.length, 0);
  assert.equal(first!.title, '2.1 Betänketid');
  assert.equal(first!.url, '/sv/steg-2/#steg-2-betanketid');
  assert.equal(text(first!.excerpt), 'Personen får [betänketid] i trettio dagar och kan vila.');
  assert.equal(first!.named, 2);
});

test('a section found only by its search words is added from the page headings, with its own first words', () => {
  const d = pageData({ 'keywords-steg-2-skyddat-boende': 'shelter, jourboende, kvinnojour' });
  const sections = pageSections(d, 'jourboende');
  assert.deepEqual(sections.map((s) => [s.url, s.named]), [['/sv/steg-2/#steg-2-skyddat-boende', 2], ['/sv/steg-2/#steg-2-betanketid', 0]]);
  assert.equal(sections[0]!.title, '2.2 Skyddat boende');
  assert.equal(text(sections[0]!.excerpt), 'Socialtjänsten ordnar boende när det behövs. Källor. En källa.');
  // A search word that only begins like the query ("man" in "människohandlare") does not add a section.
  assert.deepEqual(pageSections(pageData({ 'keywords-steg-2-skyddat-boende': 'människohandlare' }), 'man').map((s) => s.url), ['/sv/steg-2/#steg-2-betanketid']);
});

test('sections that name the query come first: a whole word before a word begun, then by score', () => {
  const loc = (n: number) => [{ location: 0, weight: 1, balanced_score: n }];
  const d: PageData = {
    url: '/p/', content: 'a b c d e f', excerpt: '', meta: {},
    anchors: [],
    sub_results: [
      { title: 'Follow-up', url: '/p/#a', excerpt: '', anchor: { element: 'h2', id: 'a', text: 'Follow-up', location: 0 }, weighted_locations: loc(9) },
      { title: 'Personal security work', url: '/p/#b', excerpt: '', anchor: { element: 'h2', id: 'b', text: 'Personal security work', location: 1 }, weighted_locations: loc(1) },
      { title: 'Safety and personal-security', url: '/p/#c', excerpt: '', anchor: { element: 'h2', id: 'c', text: 'Safety and personal-security', location: 2 }, weighted_locations: loc(2) },
      { title: 'Other', url: '/p/#d', excerpt: '', anchor: { element: 'h2', id: 'd', text: 'Other', location: 3 }, weighted_locations: loc(5) },
    ],
  };
  assert.deepEqual(pageSections(d, 'personal security').map((s) => s.url), ['/p/#c', '/p/#b', '/p/#a', '/p/#d']);
});

test('pages that name the query best come first; the rest keep their order', () => {
  const pages = [{ id: 'a', g: 0 }, { id: 'b', g: 1 }, { id: 'c', g: 0 }, { id: 'd', g: 2 }, { id: 'e', g: 1 }];
  assert.deepEqual(namedFirst(pages, (p) => p.g).map((p) => p.id), ['d', 'b', 'e', 'a', 'c']);
  assert.equal(foundByKeywords({ matchedMetaFields: ['title', 'keywords-steg-2-skyddat-boende'] }), true);
  assert.equal(foundByKeywords({ matchedMetaFields: ['title'] }), false);
  assert.equal(foundByKeywords({}), false);
});

test('search words travel as one Pagefind metadata value per section and are read back', () => {
  const meta = keywordsMeta('steg-2-skyddat-boende', ['shelter', 'safe house']);
  assert.equal(meta, 'keywords-steg-2-skyddat-boende:shelter, safe house');
  assert.deepEqual(readKeywords(meta.split(':')[1]), ['shelter', 'safe house']);
  assert.deepEqual(readKeywords(undefined), []);
});

test('the highlight parameter goes before the section id', () => {
  assert.equal(withHighlight('/sv/a/#x', 'betänketid'), '/sv/a/?highlight=bet%C3%A4nketid#x');
  assert.equal(withHighlight('/sv/a/', ' offer '), '/sv/a/?highlight=offer');
  assert.equal(withHighlight('/sv/a/', ''), '/sv/a/');
});

test('a heading that names the query counts as a match, inflected and inside compounds', () => {
  assert.equal(headingMatches('Safety and special personal-security work', 'personal security'), true);
  assert.equal(headingMatches('Säkerhet och särskilt personsäkerhetsarbete', 'personsäkerhetsarbete'), true);
  assert.equal(headingMatches('Tolk', 'tolkar'), true);
  assert.equal(headingMatches('Health care', 'personal security'), false);
  assert.equal(headingMatches('Anything', '""'), false);
  assert.equal(headingGrade('Betänketid', 'betänketid'), 2);
  assert.equal(headingGrade('Vad betänketiden är till för', 'betänketid'), 1);
  assert.equal(headingGrade('EU/EEA citizens', 'EU citizen'), 1);
});

test('questions are matched on the words that name something', () => {
  assert.equal(sectionGrade('3.3 Tolk', ['vem betalar tolken'], 'vem betalar tolken'), 2);
  assert.equal(sectionGrade('3.3 Tolk', ['översättning'], 'vem betalar tolken'), 0);
  assert.equal(sectionGrade('3.9 Kostnader och ersättning', ['vem betalar vården'], 'Vem betalar vården?'), 2);
  assert.equal(sectionGrade('3.3 Interpreter', ['who pays for the interpreter'], 'who pays for the interpreter'), 2);
});

test('a search phrase that says more than the query is a partial match', () => {
  assert.equal(sectionGrade('Om någon är i fara nu', ['ringa polisen'], 'polisen'), 1);
  assert.equal(sectionGrade('Skyddat boende', ['shelter', "women's shelter"], 'shelter'), 2);
  assert.equal(sectionGrade('Koppleri', ['kopleri'], 'kopleri'), 2);
  assert.equal(sectionGrade('Köp av sexuell handling', ['sexköp'], 'kopleri'), 0);
});

test('the status line shows the query once, quoted once, and never reads $ patterns in it', () => {
  assert.equal(fillLabel('{n} sidor innehåller ”{q}”.', { n: '3', q: displayQuery('"god man"') }), '3 sidor innehåller ”god man”.');
  assert.equal(fillLabel('Inga träffar på ”{q}”.', { q: displayQuery("a$'b$&c") }), "Inga träffar på ”a$'b$&c”.");
  assert.equal(displayQuery('  ”betänketid”  '), 'betänketid');
  assert.equal(displayQuery('god "man"'), 'god "man"');
});

test('a quoted phrase is read from the query and searched word after word', () => {
  assert.deepEqual(quotedPhrases('"god man" barn'), [['god', 'man']]);
  assert.deepEqual(quotedPhrases('”särskild företrädare” och ”god man”'), [['särskild', 'företrädare'], ['god', 'man']]);
  assert.deepEqual(quotedPhrases('"betänketid"'), []);
  assert.deepEqual(quotedPhrases('"god man'), []);
  assert.equal(withoutQuotes('"god man"  barn'), 'god man barn');
  const words = 'En god man. Mannen är god.'.split(' ');
  assert.equal(containsPhrase(words, 0, words.length, ['god', 'man']), true);
  assert.equal(containsPhrase(words, 0, words.length, ['man', 'god']), false);
  assert.equal(containsPhrase(words, 0, 2, ['god', 'man']), false);
});

test('with a quoted phrase, only the sections that contain it are listed', () => {
  const d = pageData({ 'keywords-steg-2-skyddat-boende': 'safe house' });
  assert.deepEqual(pageSections(d, '"trettio dagar"').map((s) => s.url), ['/sv/steg-2/#steg-2-betanketid']);
  assert.deepEqual(pageSections(d, '"dagar trettio"').map((s) => s.url), []);
  assert.deepEqual(pageSections(d, '"safe house"').map((s) => s.url), ['/sv/steg-2/#steg-2-skyddat-boende']);
});
