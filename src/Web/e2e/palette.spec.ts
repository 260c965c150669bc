import { expect, test } from '@playwright/test';
import { admin, adminSpeaks, apiAs, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

test('Ctrl+K finds a contact by name and opens it, and jumps to a screen', async ({ page, baseURL }, testInfo) => {
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const lastName = `Hamilton${Date.now()}`;
  expect((await api.post('/api/v1/contacts', { data: { firstName: 'Margaret', lastName } })).status()).toBe(201);
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hello');
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: 'Type a command or a contact name' });
  await expect(input).toBeFocused();
  await input.fill(lastName);
  await expect(page.getByRole('option', { name: new RegExp(`Margaret ${lastName}`) })).toBeVisible();
  await expectAccessible(page, testInfo, 'command-palette');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Margaret ${lastName}` })).toBeVisible();

  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Type a command or a contact name' }).fill('teams');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/admin\/teams$/);
});
