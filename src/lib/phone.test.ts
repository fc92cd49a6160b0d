import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSwedishPhone, telHref } from './phone.ts';

test('national numbers get the country code in tel: links', () => {
  assert.equal(telHref('020-39 00 00'), 'tel:+4620390000');
  assert.equal(telHref('011-23 98 39'), 'tel:+46112398 39'.replaceAll(' ', ''));
  assert.equal(telHref('010-223 10 00'), 'tel:+46102231000');
});

test('short numbers are dialled as they are', () => {
  assert.equal(telHref('112'), 'tel:112');
  assert.equal(telHref('114 14'), 'tel:11414');
});

test('numbers in another format are refused', () => {
  assert.equal(isSwedishPhone('020390000'), false);
  assert.equal(isSwedishPhone('+46 20 39 00 00'), false);
  assert.equal(isSwedishPhone('020 39 00 00'), false);
  assert.throws(() => telHref('ring oss'), /national format/);
});
