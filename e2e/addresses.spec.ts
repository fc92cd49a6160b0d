import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { builtAddresses, REGISTRY } from '../src/cli/addresses.ts';
import { diffAddresses, type AddressList } from '../src/lib/addresses.ts';

test('no published page or section address has disappeared, and new ones were added on purpose', () => {
  const published = JSON.parse(readFileSync(REGISTRY, 'utf8')) as AddressList;
  const { missing, added } = diffAddresses(published, builtAddresses());
  expect(missing, 'these addresses are linked from outside and must keep working: restore the page or section id').toEqual([]);
  expect(added, `new addresses: run "npm run build && npm run addresses -- --update" and commit ${REGISTRY}`).toEqual([]);
});

test('every section and block address resolves in a real browser, in both languages', async ({ page }) => {
  const published = JSON.parse(readFileSync(REGISTRY, 'utf8')) as AddressList;
  for (const path of ['/sv/steg-4-langsiktigt-stod/', '/en/step-4-long-term-support/']) {
    await page.goto(path);
    for (const id of published[path]!) await expect(page.locator(`[id="${id}"]`)).toHaveCount(1);
  }
});
