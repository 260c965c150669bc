import { expect, test } from '@playwright/test';
import { admin, adminSpeaks, apiAs, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

test('a view of the companies list is saved and applied again, and two ticked companies get a tag in bulk', async ({ page, baseURL }, testInfo) => {
  // Companies of this run only, found by a word in their name: the e2e database is shared by the specs.
  const run = `Cv${Date.now().toString(36).slice(-5)}`;
  const tag = `salon-${run.toLowerCase()}`;
  const names = [`Alpha ${run}`, `Beta ${run}`, `Gamma ${run}`];
  const api = await apiAs(baseURL!, admin.email, admin.password);
  for (const name of names) {
    const created = await api.post('/api/v1/companies', { data: { name } });
    expect(created.status(), await created.text()).toBe(201);
  }
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Companies' }).click();
  const table = page.getByRole('table', { name: 'Companies' });
  const rows = table.getByRole('row');
  await expect(table).toBeVisible();

  // The list narrowed to this run, by name from Z to A, with the tags shown: saved as a view.
  await page.getByRole('button', { name: 'Add a filter' }).click();
  await page.getByLabel('Field').selectOption({ label: 'Name' });
  await page.getByLabel('Condition').selectOption({ label: 'contains' });
  await page.getByLabel('Value').fill(run);
  await page.getByRole('button', { name: 'Apply the filter' }).click();
  await expect(rows).toHaveCount(4);
  const name = page.getByRole('columnheader', { name: 'Name' });
  await name.getByRole('button').click();
  await expect(name).toHaveAttribute('aria-sort', 'ascending');
  await name.getByRole('button').click();
  await expect(page).toHaveURL(/sort=-name/);
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Tags' }).check();
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('button', { name: 'Save view' }).click();
  const save = page.getByRole('dialog', { name: 'Save this view' });
  await save.getByLabel('Name').fill(`Companies ${run}`);
  await save.getByRole('button', { name: 'Save the view' }).click();
  await expect(save).toBeHidden();
  await expect(page).toHaveURL(/view=/);
  await expect(page.getByLabel('Saved view')).toHaveValue(/.+/);

  // Cleared: the plain list, without the column; the view applied again brings all of it back.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Companies' }).click();
  await expect(page).not.toHaveURL(/filter=|sort=|view=/);
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Tags' }).uncheck();
  await page.getByText('Columns', { exact: true }).click();
  await expect(page.getByRole('columnheader', { name: 'Tags' })).toHaveCount(0);
  await page.getByLabel('Saved view').selectOption({ label: `Companies ${run}` });
  await expect(page).toHaveURL(/sort=-name/);
  await expect(page.getByText(`Name contains ${run}`)).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('columnheader', { name: 'Tags' })).toBeVisible();
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText(`Gamma ${run}`);
  await expect(rows.nth(3)).toContainText(`Alpha ${run}`);
  await expectAccessible(page, testInfo, 'companies-saved-view');

  // Two ticked companies get a tag; the dialog follows the action to its end.
  await page.getByRole('checkbox', { name: `Select Alpha ${run}` }).check();
  await page.getByRole('checkbox', { name: `Select Beta ${run}` }).check();
  await page.getByRole('region', { name: 'Selected companies' }).getByRole('button', { name: 'Actions…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Act on the selected companies' });
  await expect(dialog).toContainText('For 2 companies.');
  await expect(dialog.getByLabel('Action')).toHaveValue('AddTag');
  await dialog.getByLabel('Tag').fill(tag);
  await expectAccessible(page, testInfo, 'companies-bulk-actions-form');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Done · 2 / 2 done · 2 changed', { timeout: 30_000 });
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(dialog).toBeHidden();
  await expect(rows.filter({ hasText: `Alpha ${run}` })).toContainText(tag);
  await expect(rows.filter({ hasText: `Beta ${run}` })).toContainText(tag);
  await expect(rows.filter({ hasText: `Gamma ${run}` })).not.toContainText(tag);
});
