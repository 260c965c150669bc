import { expect, test } from '@playwright/test';
import { admin, adminSpeaks, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('on a 360 px phone every screen fits the width and the menu opens from its button', async ({ page }, testInfo) => {
  // Ten screens, each checked for accessibility: more than one test's usual budget on a loaded machine.
  test.setTimeout(240_000);
  await page.goto('/sign-in');
  await expectAccessible(page, testInfo, 'phone-sign-in');
  await signIn(page, admin.email, admin.password);
  for (const path of ['/', '/contacts', '/contacts/new', '/companies', '/companies/new', '/profile', '/admin/users', '/admin/roles', '/admin/teams', '/tasks']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} is wider than the phone`).toBeLessThanOrEqual(0);
    await expectAccessible(page, testInfo, `phone${path.replaceAll('/', '-')}`);
  }

  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await page.getByRole('button', { name: 'Open the menu' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Contacts/ })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
});
