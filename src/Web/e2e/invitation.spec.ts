import { expect, test } from '@playwright/test';
import { admin, adminSpeaks, expectAccessible, signIn, strongPassword, uniqueEmail } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

test('the administrator invites a colleague, who chooses a password from the link and signs in', async ({ page, browser }, testInfo) => {
  await signIn(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expectAccessible(page, testInfo, 'admin-users');

  const email = uniqueEmail('louis');
  await page.getByRole('button', { name: 'Invite a user' }).click();
  const dialog = page.getByRole('dialog', { name: 'Invite a user' });
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByLabel('Display name').fill('Louis Pasteur');
  await dialog.getByLabel('Language').selectOption('en');
  await dialog.getByRole('checkbox', { name: 'SalesRep' }).check();
  await expectAccessible(page, testInfo, 'admin-users-invite');
  await dialog.getByRole('button', { name: 'Send invitation' }).click();
  const link = await dialog.getByLabel('Invitation link').inputValue();
  expect(link).toContain('/invitation#user=');

  const colleague = await (await browser.newContext({ locale: 'en-GB' })).newPage();
  await colleague.goto(link);
  await expect(colleague.getByRole('heading', { level: 1, name: 'Choose your password' })).toBeVisible();
  await expectAccessible(colleague, testInfo, 'invitation');
  await colleague.getByLabel('New password').fill('short');
  await colleague.getByLabel('Repeat the password').fill('short');
  await colleague.getByRole('button', { name: 'Activate my account' }).click();
  await expect(colleague.getByLabel('New password')).toHaveAttribute('aria-invalid', 'true');

  await colleague.getByLabel('New password').fill(strongPassword);
  await colleague.getByLabel('Repeat the password').fill(strongPassword);
  await colleague.getByRole('button', { name: 'Activate my account' }).click();
  await colleague.getByRole('link', { name: 'Go to sign-in' }).click();
  await signIn(colleague, email, strongPassword);
  await expect(colleague.getByRole('heading', { level: 1 })).toHaveText('Hello, Louis Pasteur');
  await colleague.context().close();

  await page.reload();
  await expect(page.getByRole('row', { name: /Louis Pasteur/ })).toContainText('Active');
});

test('roles and teams administration screens are usable', async ({ page }, testInfo) => {
  await signIn(page, admin.email, admin.password);
  await page.goto('/admin/roles');
  await expect(page.getByRole('heading', { level: 1, name: 'Roles' })).toBeVisible();
  await expectAccessible(page, testInfo, 'admin-roles');
  await page.getByRole('button', { name: 'New role' }).click();
  const roleName = `Auditors${Date.now()}`;
  await page.getByRole('dialog').getByLabel('Name', { exact: true }).fill(roleName);
  await page.getByRole('dialog').getByRole('checkbox', { name: /Read contacts/ }).check();
  await expectAccessible(page, testInfo, 'admin-roles-new');
  await page.getByRole('dialog').getByRole('button', { name: 'Create the role' }).click();
  await expect(page.getByRole('row', { name: new RegExp(roleName) })).toBeVisible();

  await page.goto('/admin/teams');
  await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
  await page.getByRole('button', { name: 'New team' }).click();
  const teamName = `North ${Date.now()}`;
  await page.getByRole('dialog').getByLabel('Name', { exact: true }).fill(teamName);
  await page.getByRole('dialog').getByRole('button', { name: 'Create the team' }).click();
  await expect(page.getByRole('row', { name: new RegExp(teamName) })).toBeVisible();
  await expectAccessible(page, testInfo, 'admin-teams');
});
