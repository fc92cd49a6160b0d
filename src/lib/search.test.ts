import { test } from 'node:test';
import assert from 'node:assert/strict';
import { displayQuery, fillLabel, headingMatches, pagesByHeadingMatch, rankSubResults, readState, withHighlight, writeState } from './search.ts';

test('the address holds the query, the filters and the language choice', () => {
  const state = readState('?q=betänketid&step=2&actor=migrationsverket&also=1&junk=x');
  assert.deepEqual(state, { q: 'betänketid', filters: { step: '2', actor: 'migrationsverket' }, also: true });
  assert.equal(writeState(state), '?q=bet%C3%A4nketid&step=2&actor=migrationsverket&also=1');
  assert.equal(writeState({ q: '', filters: {}, also: false }), '');
});

test('sections are ordered by match strength, the page itself left out', () => {
  const loc = (n: number) => [{ weight: 1, balanced_score: n }];
  const subs = [
    { title: 'page', url: '/sv/a/', excerpt: '' },
    { title: 'weak', url: '/sv/a/#x', excerpt: '', weighted_locations: loc(1) },
    { title: 'strong', url: '/sv/a/#y', excerpt: '', weighted_locations: loc(9) },
    { title: 'mid', url: '/sv/a/#z', excerpt: '', weighted_locations: loc(5) },
    { title: 'weakest', url: '/sv/a/#w', excerpt: '', weighted_locations: loc(0.5) },
  ];
  assert.deepEqual(rankSubResults(subs, '/sv/a/').map((s) => s.title), ['strong', 'mid', 'weak']);
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
});

test('pages whose section heading names the query come first; the rest keep their order', () => {
  const page = (id: string, title: string, score: number) => ({ id, sub_results: [{ title, url: `/p/${id}#s`, excerpt: '', weighted_locations: [{ weight: 1, balanced_score: score }] }] });
  const ordered = pagesByHeadingMatch([page('a', 'Follow-up', 9), page('b', 'Other', 5), page('c', 'Safety and personal security', 1)], 'personal security');
  assert.deepEqual(ordered.map((p) => p.id), ['c', 'a', 'b']);
  const subs = rankSubResults([
    { title: 'Follow-up', url: '/p#a', excerpt: '', weighted_locations: [{ weight: 1, balanced_score: 9 }] },
    { title: 'Personal security', url: '/p#b', excerpt: '', weighted_locations: [{ weight: 1, balanced_score: 1 }] },
  ], '/p', 3, 'personal security');
  assert.deepEqual(subs.map((s) => s.url), ['/p#b', '/p#a']);
});

test('the status line shows the query once, quoted once, and never reads $ patterns in it', () => {
  assert.equal(fillLabel('{n} sidor innehåller ”{q}”.', { n: '3', q: displayQuery('"god man"') }), '3 sidor innehåller ”god man”.');
  assert.equal(fillLabel('Inga träffar på ”{q}”.', { q: displayQuery("a$'b$&c") }), "Inga träffar på ”a$'b$&c”.");
  assert.equal(displayQuery('  ”betänketid”  '), 'betänketid');
  assert.equal(displayQuery('god "man"'), 'god "man"');
});
