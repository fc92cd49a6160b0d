import { test } from 'node:test';
import assert from 'node:assert/strict';
import { citation, isValidProvision, provisionToEnglish } from './legal.ts';

test('Swedish provisions become English ones', () => {
  assert.equal(provisionToEnglish('4 kap. 1 a §'), 'Chapter 4, Section 1 a');
  assert.equal(provisionToEnglish('5 kap. 15 §'), 'Chapter 5, Section 15');
  assert.equal(provisionToEnglish('6 §'), 'Section 6');
  assert.equal(provisionToEnglish('5 kap. 15 § andra stycket'), 'Chapter 5, Section 15, second paragraph');
  assert.equal(provisionToEnglish('5 kap. 15 a–d §§'), 'Chapter 5, Sections 15 a–d');
  assert.equal(provisionToEnglish('23 kap.'), 'Chapter 23');
  assert.equal(provisionToEnglish('artikel 11'), 'Article 11');
  assert.equal(provisionToEnglish('artiklarna 11–12'), 'Articles 11–12');
  assert.equal(provisionToEnglish('skäl 5'), 'Recital 5');
});

test('unreadable provisions are rejected', () => {
  assert.equal(isValidProvision('5 kap 15 §'), false);
  assert.equal(isValidProvision('Chapter 5'), false);
  assert.equal(isValidProvision(''), false);
  assert.throws(() => provisionToEnglish('paragraf 5'), /cannot read/);
});

const brb = { type: 'act' as const, sfs: '1962:700', name: { sv: 'brottsbalken', en: 'the Penal Code' } };
const dir = { type: 'eu-directive' as const, name: { sv: 'direktiv 2011/36/EU', en: 'Directive 2011/36/EU' } };

test('citations follow the style guide in both languages', () => {
  assert.equal(citation(brb, 'sv', '4 kap. 1 a §', true), '4 kap. 1 a § brottsbalken (1962:700)');
  assert.equal(citation(brb, 'sv', '4 kap. 1 a §'), '4 kap. 1 a § brottsbalken');
  assert.equal(citation(brb, 'en', '4 kap. 1 a §', true), 'Chapter 4, Section 1 a of the Penal Code (brottsbalken, 1962:700)');
  assert.equal(citation(brb, 'en', '4 kap. 1 a §'), 'Chapter 4, Section 1 a of the Penal Code');
  assert.equal(citation(dir, 'sv', 'artikel 11'), 'artikel 11 i direktiv 2011/36/EU');
  assert.equal(citation(dir, 'en', 'artikel 11'), 'Article 11 of Directive 2011/36/EU');
  assert.equal(citation(brb, 'sv'), 'brottsbalken');
});
