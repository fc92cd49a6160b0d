import { test } from 'node:test';
import assert from 'node:assert/strict';
import { printCss } from './print-css.ts';

test('the paper rule carries the running head and the page numbers in the page language, safely quoted', () => {
  const css = printCss({ runningHead: 'Manual "x" – Webbutgåva 2026', runningFoot: 'Stödtelefonen: 020-39 00 00. Vid akut fara, ring 112.', page: 'Sida', of: 'av' });
  assert.match(css, /size: A4;/);
  assert.match(css, /@top-left \{ content: "Manual \\"x\\" – Webbutgåva 2026";/);
  assert.match(css, /@bottom-left \{ content: "Stödtelefonen: 020-39 00 00. Vid akut fara, ring 112.";/);
  assert.match(css, /@bottom-right \{ content: "Sida " counter\(page\) " av " counter\(pages\);/);
});
