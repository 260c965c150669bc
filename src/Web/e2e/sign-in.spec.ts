import { expect, test } from '@playwright/test';
import { admin, adminSpeaks, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

test('a wrong password is refused with the lockout rule, the right one opens the home page', async ({ page }, testInfo) => {
  await page.goto('/contacts');
  await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fcontacts$/);
  await expectAccessible(page, testInfo, 'sign-in');

  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill('not the password at all');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('locked for 15 minutes after 5 failed attempts');
  await expect(page.getByLabel('Email')).toHaveValue(admin.email);

  await page.getByLabel('Password').fill(admin.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/contacts$/);
  await expect(page.getByRole('heading', { level: 1, name: /Contacts/ })).toBeVisible();
});

test('the home page greets the administrator and signing out ends the session', async ({ page }, testInfo) => {
  await signIn(page, admin.email, admin.password);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hello');
  await expectAccessible(page, testInfo, 'home');

  await page.getByRole('button', { name: /Account menu of/ }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in$/);
});
