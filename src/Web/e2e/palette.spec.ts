import { expect, test } from '@playwright/test';
import { admin, adminSpeaks, apiAs, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

test('Ctrl+K finds a contact by name or phone and a company by name, opens them, and jumps to a screen', async ({ page, baseURL }, testInfo) => {
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const lastName = `Hamilton${Date.now()}`;
  // 06 12 is a range libphonenumber takes as French mobiles (not every 06 block is allotted); the clock makes it unique.
  const phone = `06 12 ${String(Date.now()).slice(-6).replace(/(\d\d)(?=\d)/g, '$1 ')}`;
  expect((await api.post('/api/v1/contacts', { data: { firstName: 'Margaret', lastName, phones: [{ number: phone }] } })).status()).toBe(201);
  expect((await api.post('/api/v1/companies', { data: { name: `${lastName} Aerospace` } })).status()).toBe(201);
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hello');
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: 'Type a command, a name, an email or a phone number' });
  await expect(input).toBeFocused();
  await input.fill(`margaret ${lastName}`);
  await expect(page.getByRole('option', { name: new RegExp(`Margaret ${lastName}`) })).toBeVisible();
  await expectAccessible(page, testInfo, 'command-palette');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Margaret ${lastName}` })).toBeVisible();

  // The same number typed otherwise: with dots, without the leading 0, with the country code.
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Type a command, a name, an email or a phone number' }).fill(`+33 ${phone.slice(1).replaceAll(' ', '.')}`);
  await expect(page.getByRole('option', { name: new RegExp(`Margaret ${lastName}`) })).toBeVisible();
  await page.getByRole('combobox', { name: 'Type a command, a name, an email or a phone number' }).fill(`${lastName} aero`);
  await page.getByRole('option', { name: new RegExp(`${lastName} Aerospace`) }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${lastName} Aerospace` })).toBeVisible();

  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Type a command, a name, an email or a phone number' }).fill('teams');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/admin\/teams$/);
});
