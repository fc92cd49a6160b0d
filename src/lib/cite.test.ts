import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actorPart, blockPart, citation, citationLead, localDay, sectionPart } from './cite.ts';

const sv = { work: 'Manual vid misstanke om människohandel', edition: 'Webbutgåva 2026' };
const en = { work: 'Manual for cases of suspected human trafficking', edition: 'Web edition 2026' };

test('a numbered section is cited with the manual, the edition, its number and title, the address and the day', () => {
  const url = 'https://example.se/sv/steg-2-akut-skydd/#steg-2-risk';
  const lead = citationLead(sv.work, sv.edition, sectionPart('sv', '2.4', 'Risk- och säkerhetsbedömning'));
  assert.equal(citation('sv', lead, url, '2026-12-02'), `Manual vid misstanke om människohandel, webbutgåva 2026, avsnitt 2.4 Risk- och säkerhetsbedömning, ${url}, hämtad 2 december 2026`);
  const enLead = citationLead(en.work, en.edition, sectionPart('en', '2.4', 'Risk and safety assessment'));
  assert.equal(citation('en', enLead, 'https://x/en/#a', '2026-12-02'), 'Manual for cases of suspected human trafficking, web edition 2026, section 2.4 Risk and safety assessment, https://x/en/#a, retrieved 2 December 2026');
});

test('a section without a number is named with its chapter', () => {
  assert.equal(sectionPart('sv', undefined, 'Så citerar du manualen', 'Om manualen'), 'Om manualen, avsnitt Så citerar du manualen');
  assert.equal(sectionPart('en', undefined, 'Citing the manual', 'About the manual'), 'About the manual, section Citing the manual');
  assert.equal(sectionPart('en', undefined, 'Contacts'), 'section Contacts');
});

test('a responsibility block and an actor page name the actor', () => {
  assert.equal(blockPart('sv', sectionPart('sv', '2.2.1', 'Betänketid'), 'Polismyndigheten'), 'avsnitt 2.2.1 Betänketid, ansvar: Polismyndigheten');
  assert.equal(blockPart('en', sectionPart('en', '2.2', 'Reflection period'), 'Swedish Police Authority'), 'section 2.2 Reflection period, responsibility: Swedish Police Authority');
  assert.equal(actorPart('sv', 'Migrationsverket'), 'aktör: Migrationsverket');
  assert.equal(actorPart('en', 'Swedish Migration Agency'), 'actor: Swedish Migration Agency');
});

test('the edition reads in running text, but an abbreviation keeps its capitals', () => {
  assert.equal(citationLead('M', 'Webbutgåva 2026', 'p'), 'M, webbutgåva 2026, p');
  assert.equal(citationLead('M', 'EU-utgåva 2026', 'p'), 'M, EU-utgåva 2026, p');
  assert.equal(citationLead('M', 'Ö', 'p'), 'M, Ö, p');
});

test('the day of copying is the reader’s local calendar day', () => {
  assert.equal(localDay(new Date(2026, 11, 2, 0, 30)), '2026-12-02');
  assert.equal(localDay(new Date(2027, 0, 9, 23, 59)), '2027-01-09');
});
