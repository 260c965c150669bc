import { expect, test } from '@playwright/test';
import { createUser, expectAccessible, freshTotp, signIn, wrongTotp } from './support';

test('a user enrols MFA with the QR code page, then a wrong code is refused and the right one signs in', async ({ page, baseURL }, testInfo) => {
  const user = await createUser(baseURL!, ['SalesRep'], 'Marie Curie');
  const used = new Set<string>();
  await signIn(page, user.email, user.password);
  await page.getByRole('button', { name: /Account menu of/ }).click();
  await page.getByRole('link', { name: 'Profile and security' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Profile and security' })).toBeVisible();
  await expectAccessible(page, testInfo, 'profile');

  await page.getByRole('button', { name: 'Set up two-step verification' }).click();
  await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
  await expectAccessible(page, testInfo, 'profile-mfa-enrolment');
  const sharedKey = (await page.getByTestId('mfa-shared-key').textContent())!;

  await page.getByLabel('Code from your app').fill(wrongTotp(sharedKey));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByText('That is not the code your app shows now')).toBeVisible();

  await page.getByLabel('Code from your app').fill(await freshTotp(sharedKey, used));
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem')).toHaveCount(10);
  await page.getByRole('button', { name: 'I have stored them' }).click();
  await expect(page.getByRole('region', { name: 'Two-step verification' }).getByText('Two-step verification is on.')).toBeVisible();

  await page.getByRole('button', { name: /Account menu of/ }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, user.email, user.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Two-step verification' })).toBeVisible();
  await expectAccessible(page, testInfo, 'sign-in-mfa-step');

  await page.getByLabel('Code from your app').fill(wrongTotp(sharedKey));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('alert')).toContainText('That code is not right');

  await page.getByLabel('Code from your app').fill(await freshTotp(sharedKey, used));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Marie Curie');
});
