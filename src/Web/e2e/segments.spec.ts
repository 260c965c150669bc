import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { admin, adminSpeaks, apiAs, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

test('a filtered list is saved as a dynamic segment, two ticked contacts go in a static one that exports alone, and a saved view comes back', async ({ page, baseURL }, testInfo) => {
  // Contacts of this run only, found by a word in their last name, so the spec passes against a database kept from an earlier run.
  const run = `Seg${Date.now().toString(36).slice(-5)}`;
  const people = [
    { firstName: 'Ada', lastName: `Alpha${run}`, jobTitle: 'Engineer' },
    { firstName: 'Bea', lastName: `Beta${run}`, jobTitle: 'Designer' },
    { firstName: 'Cy', lastName: `Gamma${run}`, jobTitle: 'Manager' },
  ];
  const api = await apiAs(baseURL!, admin.email, admin.password);
  for (const p of people) {
    const created = await api.post('/api/v1/contacts', { data: { ...p, ignoreDuplicates: true } });
    expect(created.status(), await created.text()).toBe(201);
  }
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  const table = page.getByRole('table', { name: 'Contacts' });
  const rows = table.getByRole('row');
  await expect(table).toBeVisible();

  // Last name contains the run's word: the three contacts.
  await page.getByRole('button', { name: 'Add a filter' }).click();
  await page.getByLabel('Field').selectOption({ label: 'Last name' });
  await page.getByLabel('Condition').selectOption({ label: 'contains' });
  await page.getByLabel('Value').fill(run);
  await page.getByRole('button', { name: 'Apply the filter' }).click();
  await expect(page.getByText(`Last name contains ${run}`)).toBeVisible();
  await expect(rows).toHaveCount(4);

  // Saved as a dynamic segment, then opened with the filters cleared: the same three.
  await page.getByRole('button', { name: 'Save as segment' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill(`Dynamic ${run}`);
  await expectAccessible(page, testInfo, 'segments-save-as');
  await dialog.getByRole('button', { name: 'Create the segment' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  await expect(page).not.toHaveURL(/filter=/);
  await page.getByLabel('Segment', { exact: true }).selectOption({ label: `Dynamic ${run}` });
  await expect(page).toHaveURL(/segment=/);
  await expect(rows).toHaveCount(4);
  for (const p of people) await expect(table.getByRole('link', { name: `${p.firstName} ${p.lastName}` })).toBeVisible();

  // A static segment, and two contacts ticked (one with the keyboard) put in it.
  await page.getByRole('button', { name: 'New static segment' }).click();
  await dialog.getByLabel('Name').fill(`Static ${run}`);
  await dialog.getByRole('button', { name: 'Create the segment' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('checkbox', { name: `Select Ada Alpha${run}` }).check();
  await page.getByRole('checkbox', { name: `Select Bea Beta${run}` }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: `Select Bea Beta${run}` })).toBeChecked();
  await expect(page.getByText('2 contacts selected', { exact: true })).toBeVisible();
  await expectAccessible(page, testInfo, 'segments-selection');
  await page.getByRole('button', { name: 'Add to segment…' }).click();
  await dialog.getByLabel('Static segment').selectOption({ label: `Static ${run}` });
  await dialog.getByRole('button', { name: 'Add to the segment' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`2 contacts added to “Static ${run}”.`).first()).toBeVisible();

  // The static segment holds the two; its export holds them and not the third.
  await page.getByLabel('Segment', { exact: true }).selectOption({ label: `Static ${run}` });
  await expect(rows).toHaveCount(3);
  await expect(table.getByRole('link', { name: `Cy Gamma${run}` })).toHaveCount(0);
  await page.getByText('Export', { exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Export the list as CSV' }).click();
  const file = readFileSync((await (await download).path())!, 'utf8');
  expect(file).toContain(`Ada;Alpha${run};`);
  expect(file).toContain(`Bea;Beta${run};`);
  expect(file).not.toContain(`Gamma${run}`);
  expect(file.trim().split('\n')).toHaveLength(3);

  // The segments page lists both; a segment is renamed and opened in the list.
  await page.getByRole('link', { name: 'Segments', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Segments' })).toBeVisible();
  await expect(page.getByRole('link', { name: `Open Dynamic ${run} in the list` })).toBeVisible();
  await expectAccessible(page, testInfo, 'segments-page');
  await page.getByRole('button', { name: `Rename Static ${run}` }).click();
  await dialog.getByLabel('Name').fill(`Picked ${run}`);
  await dialog.getByRole('button', { name: 'Rename' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: `Open Picked ${run} in the list` }).click();
  await expect(page.getByLabel('Segment', { exact: true })).toHaveValue(/.+/);
  await expect(rows).toHaveCount(3);

  // Taken out of the static segment: one left.
  await page.getByRole('checkbox', { name: `Select Ada Alpha${run}` }).check();
  await page.getByRole('button', { name: 'Remove from segment' }).click();
  await expect(rows).toHaveCount(2);

  // A view: all contacts, the run's filter, sorted by name descending, with the job title column.
  await page.getByLabel('Segment', { exact: true }).selectOption({ label: 'All contacts' });
  await page.getByRole('button', { name: 'Add a filter' }).click();
  await page.getByLabel('Field').selectOption({ label: 'Last name' });
  await page.getByLabel('Condition').selectOption({ label: 'contains' });
  await page.getByLabel('Value').fill(run);
  await page.getByRole('button', { name: 'Apply the filter' }).click();
  await expect(rows).toHaveCount(4);
  const name = page.getByRole('columnheader', { name: 'Name' });
  await name.getByRole('button').click();
  await name.getByRole('button').click();
  await expect(name).toHaveAttribute('aria-sort', 'descending');
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Job title' }).check();
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('button', { name: 'Save view' }).click();
  await dialog.getByLabel('Name').fill(`View ${run}`);
  await dialog.getByRole('button', { name: 'Save the view' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Saved view')).toHaveValue(/.+/);

  // Cleared: the plain list, without the column; the view applied again brings all of it back.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  await expect(page).not.toHaveURL(/filter=|sort=|view=/);
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('checkbox', { name: 'Job title' }).uncheck();
  await page.getByText('Columns', { exact: true }).click();
  await expect(page.getByRole('columnheader', { name: 'Job title' })).toHaveCount(0);
  await page.getByLabel('Saved view').selectOption({ label: `View ${run}` });
  await expect(page.getByText(`Last name contains ${run}`)).toBeVisible();
  await expect(page).toHaveURL(/sort=-lastName/);
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('columnheader', { name: 'Job title' })).toBeVisible();
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText(`Gamma${run}`);
  await expect(rows.nth(3)).toContainText(`Alpha${run}`);
  await expectAccessible(page, testInfo, 'contacts-saved-view');
});
