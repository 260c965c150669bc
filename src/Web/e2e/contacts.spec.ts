import { expect, test } from '@playwright/test';
import { admin, adminSpeaks, apiAs, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

test('a contact is created from the form, opened, and found in the list', async ({ page }, testInfo) => {
  await signIn(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  await page.getByRole('link', { name: 'New contact' }).click();
  await expectAccessible(page, testInfo, 'contact-new');

  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Last name').fill('Lovelace');
  await page.getByLabel('Email').fill('not-an-email');
  await page.getByRole('button', { name: 'Create the contact' }).click();
  // The API's message sits next to the field, and nothing typed is lost.
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('First name')).toHaveValue('Ada');

  const email = `ada.${Date.now()}@analytical.example`;
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Create the contact' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeVisible();
  await expect(page.getByRole('link', { name: email })).toBeVisible();
  await expectAccessible(page, testInfo, 'contact-view');

  await page.getByRole('link', { name: 'All contacts' }).click();
  await page.getByLabel('Search by name or email').fill(email);
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Ada Lovelace' })).toBeVisible();
  await expectAccessible(page, testInfo, 'contacts-list');
});

test('a change saved meanwhile by someone else is explained, and the typed values are kept until reload', async ({ page, baseURL }) => {
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const created = await (await api.post('/api/v1/contacts', { data: { firstName: 'Grace', lastName: 'Hopper' } })).json() as { id: string };

  await signIn(page, admin.email, admin.password);
  await page.goto(`/contacts/${created.id}`);
  await page.getByRole('button', { name: 'Edit the contact' }).click();
  await page.getByLabel('First name').fill('Rear Admiral Grace');

  const other = await api.put(`/api/v1/contacts/${created.id}`, {
    data: { firstName: 'Amazing Grace', lastName: 'Hopper' }, headers: { 'If-Match': '"1"' },
  });
  expect(other.status(), await other.text()).toBe(200);
  await api.dispose();

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Someone else changed this record' })).toBeVisible();
  await expect(page.getByLabel('First name')).toHaveValue('Rear Admiral Grace');

  await page.getByRole('button', { name: 'Reload the latest version' }).click();
  await expect(page.getByLabel('First name')).toHaveValue('Amazing Grace');
  await page.getByLabel('First name').fill('Grace Brewster');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grace Brewster Hopper' })).toBeVisible();
});
