import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CSP } from './csp.ts';
import { SECURITY_HEADERS, headersFile, nginxFile } from './security-headers.ts';

test('the header policy is the page policy plus a ban on framing', () => {
  const csp = new Map(SECURITY_HEADERS).get('Content-Security-Policy')!;
  assert.equal(csp, `${CSP}; frame-ancestors 'none'`);
  assert.doesNotMatch(csp, /unsafe-inline/);
});

test('the _headers file covers every path under the base, one header a line', () => {
  const file = headersFile('/manual/');
  assert.match(file, /^\/manual\/\*$/m);
  for (const [k, v] of SECURITY_HEADERS) assert.ok(file.includes(`  ${k}: ${v}\n`), k);
});

test('the nginx include sends each header always, quoted', () => {
  const file = nginxFile();
  assert.match(file, /^add_header Referrer-Policy "no-referrer" always;$/m);
  assert.match(file, /^add_header Content-Security-Policy "default-src 'self';.*frame-ancestors 'none'" always;$/m);
});
