import { expect, test } from '@playwright/test';
import { admin, adminSpeaks, apiAs, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

test('a task is added from the tasks page, listed among my open tasks, then done', async ({ page }, testInfo) => {
  const run = Date.now().toString(36).slice(-5);
  const title = `Call Hedy back ${run}`;

  await signIn(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Tasks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tasks' })).toBeVisible();

  await page.getByLabel('Task', { exact: true }).fill(title);
  await page.getByLabel('Due on').fill('2030-01-15');
  await page.getByLabel('At (optional)').fill('09:30');
  await page.getByLabel('Priority').selectOption({ label: 'High' });
  await page.getByRole('button', { name: 'Add the task' }).click();
  await expect(page.getByText(`“${title}” was added.`)).toBeVisible();

  const row = page.getByRole('region', { name: 'My open tasks, the soonest due first' }).getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('High');
  await expect(row).toContainText('2030');
  await expectAccessible(page, testInfo, 'tasks');

  await row.getByRole('button', { name: `Mark “${title}” done` }).click();
  await expect(page.getByText(`“${title}” is done.`)).toBeVisible();
  await expect(row).toHaveCount(0);
});

test('a task about a deal shows on the deal page and is done from there', async ({ page, baseURL }) => {
  const run = Date.now().toString(36).slice(-5);
  const dealName = `Tasked deal ${run}`;
  const title = `Send the references ${run}`;
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const deal = await api.post('/api/v1/deals', { data: { name: dealName } });
  expect(deal.status(), await deal.text()).toBe(201);
  const dealId = ((await deal.json()) as { id: string }).id;
  const task = await api.post('/api/v1/tasks', { data: { title, dueDate: '2030-02-01', relatedType: 'deal', relatedId: dealId } });
  expect(task.status(), await task.text()).toBe(201);
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await page.goto(`/deals/${dealId}`);
  await expect(page.getByRole('heading', { level: 1, name: dealName })).toBeVisible();
  const panel = page.getByRole('region', { name: 'Tasks about this deal' });
  const row = panel.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('Open');
  await row.getByRole('button', { name: `Mark “${title}” done` }).click();
  await expect(row).toContainText('Done');

  // Opened in place, a done task is opened again.
  await row.getByRole('button', { name: title, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toContainText('Deal');
  await dialog.getByRole('button', { name: 'Reopen', exact: true }).click();
  await expect(page.getByText(`“${title}” is open again.`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(row).toContainText('Open');
  await expect(page).toHaveURL(new RegExp(`/deals/${dealId}$`));
});

test('my day on the home page lists my overdue tasks and leads to all of them', async ({ page, baseURL }) => {
  const run = Date.now().toString(36).slice(-5);
  const title = `Overdue call ${run}`;
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const task = await api.post('/api/v1/tasks', { data: { title, dueDate: '2020-01-02' } });
  expect(task.status(), await task.text()).toBe(201);
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  const myDay = page.locator('.card').filter({ has: page.getByRole('heading', { level: 2, name: 'My day' }) });
  await expect(myDay.getByRole('region', { name: /overdue tasks?$/ })).toContainText(title);
  await myDay.getByRole('link', { name: 'All my tasks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tasks' })).toBeVisible();
});

test('open tasks are chosen and marked done together, then found among my done tasks', async ({ page, baseURL }) => {
  const run = Date.now().toString(36).slice(-5);
  const titles = [`Bulk one ${run}`, `Bulk two ${run}`];
  const api = await apiAs(baseURL!, admin.email, admin.password);
  for (const title of titles) {
    const created = await api.post('/api/v1/tasks', { data: { title, dueDate: '2030-03-01' } });
    expect(created.status(), await created.text()).toBe(201);
  }
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await page.goto('/tasks');
  for (const title of titles) await page.getByLabel(`Select “${title}”`, { exact: true }).check();
  await page.getByRole('button', { name: 'Mark 2 selected tasks done' }).click();
  await expect(page.getByText('2 tasks done.')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: titles[0]! })).toHaveCount(0);

  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Done' });
  await expect(page).toHaveURL(/status=Done/);
  for (const title of titles) await expect(page.getByRole('row').filter({ hasText: title })).toContainText('Done');
});

test('a task about a contact is added from the contact page and listed there', async ({ page, baseURL }) => {
  const run = Date.now().toString(36).slice(-5);
  const title = `Send Ada the brochure ${run}`;
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const contact = await api.post('/api/v1/contacts', { data: { firstName: 'Ada', lastName: `Tasked ${run}` } });
  expect(contact.status(), await contact.text()).toBe(201);
  const contactId = ((await contact.json()) as { id: string }).id;
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await page.goto(`/contacts/${contactId}`);
  await page.getByLabel('New task about it', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Add the task', exact: true }).click();
  await expect(page.getByText(`“${title}” was added.`)).toBeVisible();
  const panel = page.getByRole('region', { name: 'Tasks about this contact' });
  await expect(panel.getByRole('row').filter({ hasText: title })).toContainText('Open');
  await panel.getByRole('button', { name: `Mark “${title}” done` }).click();
  await expect(panel.getByRole('row').filter({ hasText: title })).toContainText('Done');
});

test('a weekly task gets a checklist, is ticked off and done, and comes back a week later with its checklist to do', async ({ page }, testInfo) => {
  const run = Date.now().toString(36).slice(-5);
  const title = `Weekly report ${run}`;

  await signIn(page, admin.email, admin.password);
  await page.goto('/tasks');
  await page.getByLabel('Task', { exact: true }).fill(title);
  await expect(page.getByLabel('Repeat', { exact: true })).toBeDisabled();
  await page.getByLabel('Due on', { exact: true }).fill('2031-03-03');
  await page.getByLabel('Repeat', { exact: true }).selectOption({ label: 'Every week' });
  await page.getByRole('button', { name: 'Add the task' }).click();
  await expect(page.getByText(`“${title}” was added.`)).toBeVisible();

  const list = page.getByRole('region', { name: 'My open tasks, the soonest due first' });
  const row = list.getByRole('row').filter({ hasText: title });
  await expect(row.getByRole('img', { name: 'Repeats weekly' })).toBeVisible();
  await row.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(/\/tasks\?id=[0-9a-f-]{36}$/);
  const dialog = page.getByRole('dialog', { name: title });
  await expect(dialog).toContainText('Every week');

  await dialog.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(dialog.getByLabel('Repeat', { exact: true })).toHaveValue('WEEKLY');
  await dialog.getByLabel('New checklist item', { exact: true }).fill('Gather the figures');
  await dialog.getByRole('button', { name: 'Add to the checklist' }).click();
  await dialog.getByLabel('New checklist item', { exact: true }).fill('Send the report');
  await dialog.getByLabel('New checklist item', { exact: true }).press('Enter');
  await expect(dialog.getByLabel('Checklist item 2', { exact: true })).toHaveValue('Send the report');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(`“${title}” was saved.`)).toBeVisible();
  await expect(row).toContainText('0/2');
  await expectAccessible(page, testInfo, 'task-dialog');

  const first = dialog.getByRole('checkbox', { name: 'Gather the figures' });
  await first.check();
  await expect(first).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Send the report' })).not.toBeChecked();
  await expect(row).toContainText('1/2');

  await dialog.getByRole('button', { name: 'Mark done', exact: true }).click();
  await expect(page.getByText(`“${title}” is done. Next one due 10 Mar 2031.`)).toBeVisible();
  await expect(dialog).toContainText('Done');
  await dialog.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/tasks$/);

  const next = list.getByRole('row').filter({ hasText: title });
  await expect(next).toHaveCount(1);
  await expect(next).toContainText('10 Mar 2031');
  await expect(next).toContainText('0/2');
  await expect(next.getByRole('img', { name: 'Repeats weekly' })).toBeVisible();
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('a task opens in a dialog that fits the width, and a repeat without a due day is refused in its form', async ({ page, baseURL }) => {
    const run = Date.now().toString(36).slice(-5);
    const title = `Undated follow-up ${run}`;
    const api = await apiAs(baseURL!, admin.email, admin.password);
    const created = await api.post('/api/v1/tasks', {
      data: { title, description: 'Ask for the signed quote', checklist: [{ text: 'Call' }, { text: 'Write a very long checklist item that should wrap on a phone' }] },
    });
    expect(created.status(), await created.text()).toBe(201);
    const id = ((await created.json()) as { id: string }).id;
    await api.dispose();

    await signIn(page, admin.email, admin.password);
    await page.goto(`/tasks?id=${id}`);
    const dialog = page.getByRole('dialog', { name: title });
    await expect(dialog.getByRole('checkbox', { name: 'Call' })).toBeVisible();
    const overflow = () => page.evaluate(() => {
      const open = document.querySelector('dialog[open]');
      return Math.max(document.documentElement.scrollWidth - document.documentElement.clientWidth, open ? open.scrollWidth - open.clientWidth : 0);
    });
    expect(await overflow(), 'the task’s details are wider than the phone').toBeLessThanOrEqual(0);

    await dialog.getByRole('button', { name: 'Edit', exact: true }).click();
    await dialog.getByLabel('Repeat', { exact: true }).selectOption({ label: 'Every week' });
    expect(await overflow(), 'the task’s form is wider than the phone').toBeLessThanOrEqual(0);
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('Only a task with a due day repeats: give it one.');
    await expect(dialog.getByLabel('Repeat', { exact: true })).toHaveAttribute('aria-invalid', 'true');

    await dialog.getByLabel('Due on', { exact: true }).fill('2031-04-07');
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText(`“${title}” was saved.`)).toBeVisible();
    await expect(dialog).toContainText('Every week');
  });
});

test.describe('in a browser set to another time zone than the profile', () => {
  test.use({ timezoneId: 'Asia/Tokyo' });

  test('a due time is read and shown on the profile’s clock, in the list, the API and the form', async ({ page, baseURL }) => {
    const run = Date.now().toString(36).slice(-5);
    const title = `Call Tokyo ${run}`;
    const api = await apiAs(baseURL!, admin.email, admin.password);
    const me = (await (await api.get('/api/v1/me')).json()) as { timeZone: string };
    expect(me.timeZone).toBe('Europe/Paris');

    await signIn(page, admin.email, admin.password);
    await page.goto('/tasks');
    await page.getByLabel('Task', { exact: true }).fill(title);
    await page.getByLabel('Due on', { exact: true }).fill('2030-01-15');
    await page.getByLabel('At (optional)', { exact: true }).fill('09:30');
    await page.getByRole('button', { name: 'Add the task' }).click();
    const row = page.getByRole('region', { name: 'My open tasks, the soonest due first' }).getByRole('row').filter({ hasText: title });
    await expect(row).toContainText('09:30');

    const tasks = (await (await api.get('/api/v1/tasks?limit=50')).json()) as { items: { title: string; dueAtUtc: string }[] };
    expect(Date.parse(tasks.items.find((t) => t.title === title)!.dueAtUtc)).toBe(Date.parse('2030-01-15T08:30:00Z'));
    await api.dispose();

    await row.getByRole('link', { name: title }).click();
    const dialog = page.getByRole('dialog', { name: title });
    await dialog.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect(dialog.getByLabel('Due on', { exact: true })).toHaveValue('2030-01-15');
    await expect(dialog.getByLabel('At (optional)', { exact: true })).toHaveValue('09:30');
  });
});
