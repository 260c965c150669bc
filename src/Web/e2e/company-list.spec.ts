import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { admin, adminSpeaks, apiAs, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

test('the companies list is filtered by size and a custom number, sorted both ways, given a column, kept on reload and exported as shown', async ({ page, baseURL }, testInfo) => {
  // A number field and companies of this run only, so the spec passes against a database that kept an earlier run's.
  const run = `r${Date.now().toString(36).slice(-5)}`;
  const label = `Employees ${run}`;
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const defined = await api.post('/api/v1/custom-fields', { data: { entity: 'Company', label, type: 'Number', isRequired: false, isUnique: false } });
  expect(defined.status(), await defined.text()).toBe(201);
  const { key } = (await defined.json()) as { key: string };
  const companies = [
    { name: `Alpha ${run}`, size: 'Enterprise', employees: 500 },
    { name: `Beta ${run}`, size: 'Small', employees: 20 },
    { name: `Gamma ${run}`, size: 'Enterprise', employees: 5000 },
    { name: `Delta ${run}`, size: 'Micro', employees: null },
  ];
  for (const c of companies) {
    const created = await api.post('/api/v1/companies', { data: { name: c.name, size: c.size, customFields: { [key]: c.employees } } });
    expect(created.status(), await created.text()).toBe(201);
  }
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Companies' }).click();
  await page.getByLabel('Search by name, domain, SIREN or city').fill(run);
  const table = page.getByRole('table', { name: 'Companies' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(5); // the header and the four companies of this run
  await expect(page.getByRole('heading', { level: 1 })).toContainText('4 companies');

  // Size is 5,000 people or more.
  await page.getByRole('button', { name: 'Add a filter' }).click();
  await page.getByLabel('Field').selectOption({ label: 'Size' });
  await page.getByLabel('Condition').selectOption({ label: 'is' });
  await page.getByLabel('Value').selectOption({ label: '5,000 people or more' });
  await expectAccessible(page, testInfo, 'company-list-filter-form');
  await page.getByRole('button', { name: 'Apply the filter' }).click();
  await expect(page.getByText('Size is 5,000 people or more')).toBeVisible();
  await expect(page).toHaveURL(/filter=size%3Aeq%3AEnterprise/);
  await expect(rows).toHaveCount(3);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2 companies');

  // Sorted by name, then the other way round.
  const name = page.getByRole('columnheader', { name: 'Name' });
  await name.getByRole('button').click();
  await expect(name).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.nth(1)).toContainText(`Alpha ${run}`);
  await expect(rows.nth(2)).toContainText(`Gamma ${run}`);
  await name.getByRole('button').click();
  await expect(name).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.nth(1)).toContainText(`Gamma ${run}`);
  await expect(rows.nth(2)).toContainText(`Alpha ${run}`);
  await expect(page).toHaveURL(/sort=-name/);

  // The custom field as a column, its values in the reader's format.
  await page.getByText('Columns', { exact: true }).click();
  await page.getByRole('checkbox', { name: label }).check();
  await page.getByRole('checkbox', { name: 'Size', exact: true }).check();
  await page.getByText('Columns', { exact: true }).click();
  await expect(page.getByRole('columnheader', { name: label })).toBeVisible();
  await expect(rows.nth(1)).toContainText('5,000');
  await expect(rows.nth(1)).toContainText('5,000 people or more');

  // The custom number is at least 1,000.
  await page.getByRole('button', { name: 'Add a filter' }).click();
  await page.getByLabel('Field').selectOption({ label });
  await page.getByLabel('Condition').selectOption({ label: 'is at least' });
  await page.getByLabel('Value').fill('1000');
  await page.getByRole('button', { name: 'Apply the filter' }).click();
  await expect(page.getByText(`${label} is at least 1000`)).toBeVisible();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(`Gamma ${run}`);
  await expectAccessible(page, testInfo, 'company-list-view');

  // The same view after a reload: search, filters, sort and columns.
  await page.reload();
  await expect(page.getByText('Size is 5,000 people or more')).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('columnheader', { name: label })).toBeVisible();
  await expect(rows).toHaveCount(2);

  // Export follows the list: spreadsheets only, its links carry the search and filters, the file holds what is shown.
  await page.getByText('Export', { exact: true }).click();
  await expect(page.getByRole('link', { name: 'Export the list as vCard' })).toHaveCount(0);
  const csv = page.getByRole('link', { name: 'Export the list as CSV' });
  await expect(csv).toHaveAttribute('href', new RegExp(`^/api/v1/companies/export\\?format=csv&q=${run}&filter=size%3Aeq%3AEnterprise&filter=cf\\.${key}%3Agte%3A1000$`));
  const download = page.waitForEvent('download');
  await csv.click();
  const file = readFileSync((await (await download).path())!, 'utf8');
  expect(file.startsWith('\uFEFFCompany name;Domains;Industry;Size;')).toBe(true);
  expect(file.split('\n')[0]).toContain(label);
  expect(file).toContain(`Gamma ${run};;;Enterprise;`);
  expect(file).not.toContain(`Alpha ${run}`);
  expect(file.trim().split('\n')).toHaveLength(2);

  // A filter removed from its chip widens the list again, in the same order.
  await page.getByRole('button', { name: `Remove the filter: ${label} is at least 1000` }).click();
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText(`Gamma ${run}`);
  await expect(rows.nth(2)).toContainText(`Alpha ${run}`);
});
