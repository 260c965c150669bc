import { expect, test } from '@playwright/test';
import { createUser, expectAccessible, signIn } from './support';

test('switching to French translates the interface at once and is kept in the profile', async ({ page, baseURL }, testInfo) => {
  const user = await createUser(baseURL!, ['SalesRep'], 'Camille Martin');
  await signIn(page, user.email, user.password);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Camille Martin');

  await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bonjour, Camille Martin');
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Accueil' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expectAccessible(page, testInfo, 'home-fr');

  // Another browser (no local choice) follows the profile.
  const elsewhere = await page.context().browser()!.newPage({ locale: 'en-GB' });
  await signIn(elsewhere, user.email, user.password);
  await expect(elsewhere.getByRole('heading', { level: 1 })).toHaveText('Bonjour, Camille Martin');
  await elsewhere.getByRole('link', { name: 'Contacts' }).first().click();
  await expect(elsewhere.getByRole('heading', { level: 1, name: /Contacts/ })).toBeVisible();
  await expect(elsewhere.getByRole('link', { name: 'Nouveau contact' })).toBeVisible();
  await elsewhere.close();
});
