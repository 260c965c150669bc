import { expect, test } from '@playwright/test';
import { admin, adminSpeaks, apiAs, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

test('the contacts list is filtered by stage and a custom number, sorted both ways, given a column, and kept on reload', async ({ page, baseURL }, testInfo) => {
  // A number field and contacts of this run only, so the spec passes against a database that kept an earlier run's.
  const run = Date.now().toString(36).slice(-5);
  const label = `Seats ${run}`;
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const defined = await api.post('/api/v1/custom-fields', { data: { entity: 'Contact', label, type: 'Number', isRequired: false, isUnique: false } });
  expect(defined.status(), await defined.text()).toBe(201);
  const { key } = (await defined.json()) as { key: string };
  const people = [
    { firstName: 'Ada', lastName: `Byron ${run}`, lifecycleStage: 'Customer', seats: 12 },
    { firstName: 'Grace', lastName: `Hopper ${run}`, lifecycleStage: 'Customer', seats: 40 },
    { firstName: 'Alan', lastName: `Turing ${run}`, lifecycleStage: 'Customer', seats: 3 },
    { firstName: 'Edsger', lastName: `Dijkstra ${run}`, lifecycleStage: 'Lead', seats: 50 },
  ];
  for (const p of people) {
    const created = await api.post('/api/v1/contacts', {
      data: { firstName: p.firstName, lastName: p.lastName, lifecycleStage: p.lifecycleStage, customFields: { [key]: p.seats }, ignoreDuplicates: true },
    });
    expect(created.status(), await created.text()).toBe(201);
  }
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  await expect(page.getByRole('table', { name: 'Contacts' })).toBeVisible();

  // Lifecycle stage is Customer.
  await page.getByRole('button', { name: 'Add a filter' }).click();
  await page.getByLabel('Field').selectOption({ label: 'Lifecycle stage' });
  await page.getByLabel('Condition').selectOption({ label: 'is' });
  await page.getByLabel('Value').selectOption({ label: 'Customer' });
  await page.getByRole('button', { name: 'Apply the filter' }).click();
  await expect(page.getByText('Lifecycle stage is Customer')).toBeVisible();

  // The custom number is at least 10: an empty value is told first.
  await page.getByRole('button', { name: 'Add a filter' }).click();
  await page.getByLabel('Field').selectOption({ label });
  await page.getByLabel('Condition').selectOption({ label: 'is at least' });
  await page.getByRole('button', { name: 'Apply the filter' }).click();
  await expect(page.getByText('Give this condition the value it needs.')).toBeVisible();
  await page.getByLabel('Value').fill('10');
  await expectAccessible(page, testInfo, 'contact-list-filter-form');
  await page.getByRole('button', { name: 'Apply the filter' }).click();
  await expect(page.getByText(`${label} is at least 10`)).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`filter=cf\\.${key}%3Agte%3A10`));

  const rows = page.getByRole('table', { name: 'Contacts' }).getByRole('row');
  await expect(rows).toHaveCount(3); // the header and Ada and Grace
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2 contacts');

  // Sorted by last name, then the other way round.
  const name = page.getByRole('columnheader', { name: 'Name' });
  await name.getByRole('button').click();
  await expect(name).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.nth(1)).toContainText(`Byron ${run}`);
  await expect(rows.nth(2)).toContainText(`Hopper ${run}`);
  await name.getByRole('button').click();
  await expect(name).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.nth(1)).toContainText(`Hopper ${run}`);
  await expect(rows.nth(2)).toContainText(`Byron ${run}`);
  await expect(page).toHaveURL(/sort=-lastName/);

  // The custom field as a column, its values in the reader's format.
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('checkbox', { name: label }).check();
  await page.getByText('Columns', { exact: true }).click();
  await expect(page.getByRole('columnheader', { name: label })).toBeVisible();
  await expect(rows.nth(1)).toContainText('40');

  // Export follows the list: its links carry the filters.
  await page.getByText('Export', { exact: true }).click();
  await expect(page.getByRole('link', { name: 'Export the list as CSV' })).toHaveAttribute('href', new RegExp(`filter=cf\\.${key}%3Agte%3A10`));
  await page.getByText('Export', { exact: true }).click();
  await expectAccessible(page, testInfo, 'contact-list-view');

  // The same view after a reload: filters, sort and column.
  await page.reload();
  await expect(page.getByText('Lifecycle stage is Customer')).toBeVisible();
  await expect(page.getByText(`${label} is at least 10`)).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('columnheader', { name: label })).toBeVisible();
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText(`Hopper ${run}`);

  // A filter removed from its chip widens the list to the Lead, in the same order.
  await page.getByRole('button', { name: 'Remove the filter: Lifecycle stage is Customer' }).click();
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText(`Hopper ${run}`);
  await expect(rows.nth(2)).toContainText(`Dijkstra ${run}`);
  await expect(rows.nth(3)).toContainText(`Byron ${run}`);
  await expect(page).not.toHaveURL(/lifecycleStage/);
});
