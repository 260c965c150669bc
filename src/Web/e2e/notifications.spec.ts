import { expect, test, type APIRequestContext } from '@playwright/test';
import { admin, adminSpeaks, apiAs, expectAccessible, receivedMail, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

/** `yyyy-mm-ddThh:mm:ss` in `timeZone`, `seconds` from now (never on a whole minute, which the input would shorten). */
function localTimeFromNow(seconds: number, timeZone: string): string {
  let at = new Date(Date.now() + seconds * 1000);
  if (at.getSeconds() === 0) at = new Date(at.getTime() + 1000);
  return at.toLocaleString('sv-SE', { timeZone, hour12: false }).replace(' ', 'T');
}

/** `yyyy-mm-ddThh:mm` a day ago: a reminder already past fires at once (one more than 30 days past would not be scheduled). */
function yesterday(): string {
  return new Date(Date.now() - 86_400_000).toISOString().slice(0, 16);
}

async function myTimeZone(api: APIRequestContext): Promise<string> {
  return ((await (await api.get('/api/v1/me')).json()) as { timeZone: string }).timeZone;
}

test('a reminder set on a task a few seconds ahead appears live in the bell, by email, and leads to its task', async ({ page, baseURL }, testInfo) => {
  const run = Date.now().toString(36).slice(-5);
  const title = `Call Ada back ${run}`;
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const timeZone = await myTimeZone(api);
  expect((await api.post('/api/v1/notifications/read-all')).status()).toBe(200);
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tasks' }).click();
  const bell = page.getByRole('button', { name: /^Notifications/ });
  await expect(bell).toHaveAccessibleName('Notifications');

  await page.getByLabel('Task', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Add a reminder' }).click();
  await page.getByLabel('Reminder 1', { exact: true }).fill(localTimeFromNow(3, timeZone));
  await page.getByRole('button', { name: 'Add the task' }).click();
  await expect(page.getByText(`“${title}” was added.`)).toBeVisible();

  // Nothing is reloaded: the reminder fires on the server and its notification is pushed to the open page.
  await expect(bell).toHaveAccessibleName('Notifications, 1 unread', { timeout: 20_000 });
  await expect(bell).toContainText('1');
  await bell.click();
  const list = page.getByRole('region', { name: 'Notifications' });
  const item = list.getByRole('button', { name: new RegExp(`Reminder: ${title}`) });
  await expect(item).toBeVisible();
  await expectAccessible(page, testInfo, 'notifications');

  await item.click();
  await expect(page).toHaveURL(/\/tasks\?id=[0-9a-f-]{36}$/);
  await expect(page.locator('tr.task-pointed')).toContainText(title);
  await expect(page.getByRole('dialog', { name: title })).toContainText('Reminders');
  await expect(bell).toHaveAccessibleName('Notifications');

  expect(await receivedMail(`Reminder: ${title}`)).toContain('Hello');
});

test('notifications arriving while the page is open are counted, listed and all marked read at once', async ({ page, baseURL }) => {
  const run = Date.now().toString(36).slice(-5);
  const api = await apiAs(baseURL!, admin.email, admin.password);
  expect((await api.post('/api/v1/notifications/read-all')).status()).toBe(200);
  await signIn(page, admin.email, admin.password);
  const bell = page.getByRole('button', { name: /^Notifications/ });
  await expect(bell).toHaveAccessibleName('Notifications');
  await bell.click();
  const list = page.getByRole('region', { name: 'Notifications' });

  // Reminders already past fire at once.
  for (const name of [`First ${run}`, `Second ${run}`]) {
    const created = await api.post('/api/v1/tasks', { data: { title: name, reminders: [{ at: yesterday() }] } });
    expect(created.status(), await created.text()).toBe(201);
  }
  await api.dispose();

  await expect(bell).toHaveAccessibleName('Notifications, 2 unread', { timeout: 20_000 });
  await expect(list.getByRole('button', { name: new RegExp(`Reminder: Second ${run}`) })).toBeVisible();
  await expect(list.getByRole('button', { name: new RegExp(`Reminder: First ${run}`) })).toBeVisible();

  await list.getByRole('button', { name: 'Mark all read' }).click();
  await expect(bell).toHaveAccessibleName('Notifications');
  await expect(list.getByText('Unread:')).toHaveCount(0);
});

test('the bell and its list fit a 360 px phone', async ({ page, baseURL }) => {
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const created = await api.post('/api/v1/tasks', { data: { title: 'A rather long task title to see how the list wraps on a small phone screen', reminders: [{ at: yesterday() }] } });
  expect(created.status(), await created.text()).toBe(201);
  await api.dispose();

  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, admin.email, admin.password);
  const bell = page.getByRole('button', { name: /^Notifications/ });
  await expect(bell).toHaveAccessibleName(/^Notifications, \d+ unread$/, { timeout: 20_000 });
  await bell.click();
  const list = page.getByRole('region', { name: 'Notifications' });
  await expect(list.getByRole('button', { name: /A rather long task title/ }).first()).toBeVisible();
  const box = (await list.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
