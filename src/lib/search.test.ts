import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rankSubResults, readState, withHighlight, writeState } from './search.ts';

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
