import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { admin, adminSpeaks, apiAs, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

test('the contacts list, narrowed by a search, is downloaded as a CSV that Excel opens', async ({ page, baseURL }, testInfo) => {
  const lastName = `Exportée${Date.now()}`;
  const api = await apiAs(baseURL!, admin.email, admin.password);
  await api.post('/api/v1/contacts', { data: { firstName: 'Zoé', lastName, emails: [{ address: `zoe${Date.now()}@exemple.fr` }], ignoreDuplicates: true } });
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  await page.getByLabel('Search by name, email or phone').fill(lastName);
  await expect(page.getByRole('link', { name: `Zoé ${lastName}` })).toBeVisible();
  await page.getByText('Export', { exact: true }).click();
  await expectAccessible(page, testInfo, 'contacts-export');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export the list as CSV' }).click();
  const file = readFileSync((await (await download).path())!, 'utf8');

  // UTF-8 with its mark and semicolons, as French Excel reads it; only the contact the search finds.
  expect(file.startsWith('\uFEFFFirst name;Last name;Email;')).toBe(true);
  expect(file).toContain(`Zoé;${lastName};`);
  expect(file.trim().split('\n')).toHaveLength(2);
});
