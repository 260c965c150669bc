import { expect, test } from '@playwright/test';
import { admin, adminSpeaks, apiAs, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

test('a company is created with checked identifiers, a contact is linked to it, and it is deleted leaving the contact', async ({ page, baseURL }, testInfo) => {
  const name = `Danone ${Date.now()}`;
  await signIn(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Companies' }).click();
  await page.getByRole('link', { name: 'New company' }).click();
  await expectAccessible(page, testInfo, 'company-new');

  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('SIREN').fill('552 032 535');
  await page.getByLabel('VAT number').fill('FR 27 552 032 534');
  await page.getByLabel('Phone').fill('01 44 35 20 20');
  await page.getByRole('button', { name: 'Create the company' }).click();
  // A wrong check digit is told next to the SIREN; nothing typed is lost.
  await expect(page.getByLabel('SIREN')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('VAT number')).toHaveValue('FR 27 552 032 534');

  await page.getByLabel('SIREN').fill('552 032 534');
  await page.getByLabel('Domains').fill('https://www.danone.com/fr');
  await page.getByLabel('Size').selectOption('Enterprise');
  await page.getByRole('button', { name: 'Create the company' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('FR27552032534')).toBeVisible();
  await expect(page.getByRole('link', { name: '+33 1 44 35 20 20' })).toBeVisible();
  await expect(page.getByText('danone.com', { exact: true })).toBeVisible();
  await expectAccessible(page, testInfo, 'company-view');

  // A contact joins the company from its own form.
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const contact = await (await api.post('/api/v1/contacts', { data: { firstName: 'Antoine', lastName: `Riboud ${Date.now()}` } })).json() as { id: string; lastName: string };
  await api.dispose();
  await page.goto(`/contacts/${contact.id}`);
  await page.getByRole('button', { name: 'Edit the contact' }).click();
  await page.getByLabel('Add a company').fill(name.slice(0, 10));
  await page.getByRole('button', { name }).click();
  await page.getByLabel(`Role at ${name}`).fill('CEO');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('link', { name })).toBeVisible();
  await expect(page.getByText('· CEO')).toBeVisible();

  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('link', { name: `Antoine ${contact.lastName}` })).toBeVisible();

  await page.getByRole('button', { name: 'Delete the company' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete the company' }).click();
  await expect(page.getByText(`Company ${name} deleted.`)).toBeVisible();
  await page.goto(`/contacts/${contact.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Antoine ${contact.lastName}` })).toBeVisible();
  await expect(page.getByRole('link', { name })).toHaveCount(0);
});
