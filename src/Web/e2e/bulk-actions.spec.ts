import { expect, test } from '@playwright/test';
import { admin, adminSpeaks, apiAs, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

test('two ticked contacts get a tag, the whole filtered list a lifecycle stage, and a ticked contact is deleted after confirming', async ({ page, baseURL }, testInfo) => {
  // Contacts of this run only, found by a word in their last name: the e2e database is shared by the specs.
  const run = `Blk${Date.now().toString(36).slice(-5)}`;
  const tag = `vip-${run.toLowerCase()}`;
  const people = [
    { firstName: 'Ada', lastName: `Alpha${run}` },
    { firstName: 'Bea', lastName: `Beta${run}` },
    { firstName: 'Cy', lastName: `Gamma${run}` },
  ];
  const api = await apiAs(baseURL!, admin.email, admin.password);
  for (const p of people) {
    const created = await api.post('/api/v1/contacts', { data: { ...p, lifecycleStage: 'Lead', ignoreDuplicates: true } });
    expect(created.status(), await created.text()).toBe(201);
  }
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  const table = page.getByRole('table', { name: 'Contacts' });
  const rows = table.getByRole('row');
  await expect(table).toBeVisible();
  await page.getByRole('button', { name: 'Add a filter' }).click();
  await page.getByLabel('Field').selectOption({ label: 'Last name' });
  await page.getByLabel('Condition').selectOption({ label: 'contains' });
  await page.getByLabel('Value').fill(run);
  await page.getByRole('button', { name: 'Apply the filter' }).click();
  await expect(rows).toHaveCount(4);

  // The tags as a column, to see them change.
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Tags' }).check();
  await page.getByText('Columns', { exact: true }).click();

  // Two ticked rows get a tag; the dialog follows the action to its end.
  await page.getByRole('checkbox', { name: `Select Ada Alpha${run}` }).check();
  await page.getByRole('checkbox', { name: `Select Bea Beta${run}` }).check();
  await page.getByRole('region', { name: 'Selected contacts' }).getByRole('button', { name: 'Actions…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Act on the selected contacts' });
  await expect(dialog).toContainText('For 2 contacts.');
  await expect(dialog.getByLabel('Action')).toHaveValue('AddTag');
  // An empty tag is told before anything is sent.
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Give a tag of at most 50 printable characters.');
  await dialog.getByLabel('Tag').fill(tag);
  await expectAccessible(page, testInfo, 'bulk-actions-form');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Done · 2 / 2 done · 2 changed', { timeout: 30_000 });
  await expectAccessible(page, testInfo, 'bulk-actions-done');
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(dialog).toBeHidden();
  await expect(rows.filter({ hasText: `Alpha${run}` })).toContainText(tag);
  await expect(rows.filter({ hasText: `Beta${run}` })).toContainText(tag);
  await expect(rows.filter({ hasText: `Gamma${run}` })).not.toContainText(tag);

  // The whole filtered list (the three) becomes customers.
  await page.getByRole('button', { name: 'Act on all 3 contacts of this list…' }).click();
  const all = page.getByRole('dialog', { name: 'Act on every contact of this list' });
  await all.getByLabel('Action').selectOption({ label: 'Set a field' });
  await expect(all.getByLabel('Field', { exact: true })).toHaveValue('lifecycleStage');
  await all.getByLabel('New value').selectOption({ label: 'Customer' });
  await all.getByRole('button', { name: 'Apply' }).click();
  await expect(all.getByRole('status')).toHaveText('Done · 3 / 3 done · 3 changed', { timeout: 30_000 });
  await all.getByRole('button', { name: 'Close', exact: true }).last().click();
  for (const p of people) await expect(rows.filter({ hasText: p.lastName })).toContainText('Customer');

  // One ticked contact is deleted once the count is confirmed.
  await page.getByRole('button', { name: 'Clear the selection' }).click();
  await page.getByRole('checkbox', { name: `Select Cy Gamma${run}` }).check();
  await page.getByRole('region', { name: 'Selected contacts' }).getByRole('button', { name: 'Actions…' }).click();
  await dialog.getByLabel('Action').selectOption({ label: 'Delete' });
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog).toContainText('Delete 1 contact? It is deleted for everyone, with its details. This cannot be undone.');
  await expectAccessible(page, testInfo, 'bulk-actions-delete');
  await dialog.getByRole('button', { name: 'Delete 1 contact' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Done · 1 / 1 done · 1 changed', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(rows).toHaveCount(3);
  await expect(table.getByRole('link', { name: `Cy Gamma${run}` })).toHaveCount(0);
});
