import { expect, test } from '@playwright/test';
import { admin, adminSpeaks, apiAs, createUser, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

test('a meeting made from an empty slot of the week is placed there, dragged an hour later, then cancelled', async ({ page }, testInfo) => {
  const run = Date.now().toString(36).slice(-5);
  const title = `Contract review ${run}`;

  await signIn(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Agenda' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
  await page.goto('/agenda?view=week&date=2030-03-06');
  await expect(page.getByRole('heading', { level: 2, name: '4 Mar – 10 Mar 2030' })).toBeVisible();

  await page.getByRole('button', { name: 'New appointment on Wednesday 6 March at 10:00', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'New appointment' });
  await expect(form.getByLabel('Starts', { exact: true })).toHaveValue('2030-03-06T10:00');
  await expect(form.getByLabel('Ends', { exact: true })).toHaveValue('2030-03-06T11:00');
  await form.getByLabel('Title', { exact: true }).fill(title);
  await form.getByLabel('Location', { exact: true }).fill('Head office');
  await form.getByLabel('Repeats', { exact: true }).selectOption({ label: 'Does not repeat' });
  await form.getByRole('button', { name: 'Save the appointment' }).click();
  await expect(page.getByText(`“${title}” was added to the agenda.`)).toBeVisible();
  await expect(form).toBeHidden();

  const placed = page.getByRole('button', { name: `${title}, Wednesday 6 March 10:00–11:00`, exact: true });
  await expect(placed).toBeVisible();
  await expectAccessible(page, testInfo, 'agenda-week');

  // Dragged down one hour (48 px an hour), snapped to the quarter-hour, its length kept.
  await placed.scrollIntoViewIfNeeded();
  const box = (await placed.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 10);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + 30, { steps: 4 });
  await page.mouse.move(box.x + box.width / 2, box.y + 10 + 50, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByText(`“${title}” now starts at`)).toBeVisible();

  await page.reload();
  const moved = page.getByRole('button', { name: `${title}, Wednesday 6 March 11:00–12:00`, exact: true });
  await expect(moved).toBeVisible();

  await moved.click();
  const details = page.getByRole('dialog', { name: 'Appointment' });
  await expect(details.getByRole('heading', { name: title })).toBeVisible();
  await expect(details).toContainText('Head office');
  await expect(details).toContainText('Wed 6 Mar, 11:00–12:00');
  await expectAccessible(page, testInfo, 'agenda-details');
  await details.getByRole('button', { name: 'Cancel the appointment' }).click();
  await details.getByRole('button', { name: 'Yes, cancel it' }).click();
  await expect(page.getByText(`“${title}” was cancelled.`)).toBeVisible();
  await expect(details).toBeHidden();
  await expect(moved).toHaveCount(0);
});

test('the month lists the meetings per day and a day opens in the day view', async ({ page }) => {
  const run = Date.now().toString(36).slice(-5);
  const title = `Trade fair ${run}`;
  await signIn(page, admin.email, admin.password);
  await page.goto('/agenda?view=day&date=2030-04-10');
  await page.getByRole('button', { name: 'New appointment', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'New appointment' });
  await form.getByLabel('Title', { exact: true }).fill(title);
  await form.getByLabel('All day', { exact: true }).check();
  await form.getByLabel('Last day', { exact: true }).fill('2030-04-11');
  await form.getByRole('button', { name: 'Save the appointment' }).click();
  await expect(page.getByText(`“${title}” was added to the agenda.`)).toBeVisible();

  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Month' }).click();
  await expect(page).toHaveURL(/view=month&date=2030-04-10/);
  await expect(page.getByRole('heading', { level: 2, name: 'April 2030' })).toBeVisible();
  await expect(page.getByRole('gridcell').filter({ hasText: title })).toHaveCount(2);
  await page.getByRole('button', { name: 'Open Thursday 11 April', exact: true }).click();
  await expect(page).toHaveURL(/view=day&date=2030-04-11/);
  await expect(page.getByRole('button', { name: title, exact: true })).toBeVisible();
});

test('one occurrence of a series is cancelled, the others stay', async ({ page, baseURL }) => {
  const run = Date.now().toString(36).slice(-5);
  const title = `Stand-up ${run}`;
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const series = await api.post('/api/v1/appointments', { data: { title, start: '2030-06-03T09:00', end: '2030-06-03T09:15', recurrence: 'FREQ=DAILY;COUNT=3' } });
  expect(series.status(), await series.text()).toBe(201);
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await page.goto('/agenda?view=week&date=2030-06-03');
  const occurrences = page.getByRole('button', { name: new RegExp(`^${title}, `) });
  await expect(occurrences).toHaveCount(3);
  await page.getByRole('button', { name: `${title}, Tuesday 4 June 09:00–09:15`, exact: true }).click();
  const details = page.getByRole('dialog', { name: 'Appointment' });
  await expect(details).toContainText('Part of a series');
  await details.getByRole('button', { name: 'Cancel this occurrence' }).click();
  await details.getByRole('button', { name: 'Yes, cancel it' }).click();
  await expect(page.getByText(`This occurrence of “${title}” was cancelled.`)).toBeVisible();
  await expect(occurrences).toHaveCount(2);
  await expect(page.getByRole('button', { name: `${title}, Tuesday 4 June 09:00–09:15`, exact: true })).toHaveCount(0);
});

test('an invited colleague answers; their calendar overlays mine; the meetings show in my day and on the deal page', async ({ page, browser, baseURL }) => {
  const run = Date.now().toString(36).slice(-5);
  const colleague = await createUser(baseURL!, ['SalesRep'], `Aude ${run}`);
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const me = (await (await api.get('/api/v1/me')).json()) as { timeZone: string };
  const people = (await (await api.get('/api/v1/directory/people', { params: { limit: 200 } })).json()) as { items: { id: string; displayName: string }[] };
  const colleagueId = people.items.find((p) => p.displayName === colleague.name)!.id;
  const deal = await api.post('/api/v1/deals', { data: { name: `Agenda deal ${run}` } });
  expect(deal.status(), await deal.text()).toBe(201);
  const dealId = ((await deal.json()) as { id: string }).id;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: me.timeZone }).format(new Date());
  const kickOff = `Kick-off ${run}`;
  const demo = `Demo ${run}`;
  for (const data of [
    { title: kickOff, timeZone: me.timeZone, start: `${today}T12:00`, end: `${today}T13:00`, userIds: [colleagueId] },
    { title: demo, timeZone: me.timeZone, start: '2030-05-02T14:00', end: '2030-05-02T15:00', relatedType: 'deal', relatedId: dealId },
  ]) {
    const created = await api.post('/api/v1/appointments', { data });
    expect(created.status(), await created.text()).toBe(201);
  }
  await api.dispose();
  const theirs = await apiAs(baseURL!, colleague.email, colleague.password);
  const dentist = await theirs.post('/api/v1/appointments', { data: { title: `Dentist ${run}`, timeZone: me.timeZone, start: `${today}T15:00`, end: `${today}T16:00` } });
  expect(dentist.status(), await dentist.text()).toBe(201);
  await theirs.dispose();

  const context = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'Europe/Paris' });
  const colleaguePage = await context.newPage();
  await signIn(colleaguePage, colleague.email, colleague.password);
  await colleaguePage.goto(`/agenda?view=day&date=${today}`);
  await colleaguePage.getByRole('button', { name: new RegExp(`^${kickOff}, `) }).click();
  const invitation = colleaguePage.getByRole('dialog', { name: 'Appointment' });
  await invitation.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect(colleaguePage.getByText('Your answer was sent.')).toBeVisible();
  await expect(invitation.getByRole('button', { name: 'Accept', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(invitation.getByRole('button', { name: 'Cancel the appointment' })).toHaveCount(0);
  await context.close();

  await signIn(page, admin.email, admin.password);
  const myDay = page.locator('.card').filter({ has: page.getByRole('heading', { level: 2, name: 'My day' }) });
  await expect(myDay.getByRole('region', { name: /meetings? today$/ })).toContainText(`12:00–13:00 · ${kickOff}`);

  await page.goto(`/agenda?view=day&date=${today}`);
  await expect(page.getByRole('button', { name: new RegExp(`^Dentist ${run}`) })).toHaveCount(0);
  await page.getByLabel('Add a colleague', { exact: true }).selectOption({ label: colleague.name });
  await expect(page).toHaveURL(new RegExp(`users=${colleagueId}`));
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText(colleague.name);
  await expect(page.getByRole('button', { name: `Dentist ${run}, ${new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${today}T00:00:00Z`))} 15:00–16:00`, exact: true })).toBeVisible();
  await page.getByRole('button', { name: new RegExp(`^${kickOff}, `) }).click();
  await expect(page.getByRole('dialog', { name: 'Appointment' })).toContainText(`${colleague.name} · Accepted`);
  await page.getByRole('dialog', { name: 'Appointment' }).getByRole('button', { name: 'Close' }).click();

  await page.goto(`/deals/${dealId}`);
  const upcoming = page.getByRole('region', { name: 'Upcoming meetings' });
  await expect(upcoming).toContainText(`${demo} · Thu 2 May, 14:00–15:00`);
  await upcoming.getByRole('button', { name: 'Plan a meeting' }).click();
  const plan = page.getByRole('dialog', { name: 'New appointment' });
  await expect(plan.getByLabel('Title', { exact: true })).toHaveValue(`Agenda deal ${run}`);
  await plan.getByLabel('Starts', { exact: true }).fill('2030-05-03T10:00');
  await expect(plan.getByLabel('Ends', { exact: true })).toHaveValue('2030-05-03T11:00');
  await plan.getByRole('button', { name: 'Save the appointment' }).click();
  await expect(upcoming).toContainText(`Agenda deal ${run} · Fri 3 May, 10:00–11:00`);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the agenda fits the width: the week as a list of days, the day and the month as grids', async ({ page }, testInfo) => {
    await signIn(page, admin.email, admin.password);
    for (const view of ['week', 'day', 'month']) {
      await page.goto(`/agenda?view=${view}&date=2030-03-06`);
      await expect(page.getByRole('heading', { level: 1, name: 'Agenda' })).toBeVisible();
      if (view === 'week') await expect(page.getByRole('heading', { level: 2, name: 'Wednesday 6 March' })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `the ${view} view is wider than the phone`).toBeLessThanOrEqual(0);
      await expectAccessible(page, testInfo, `phone-agenda-${view}`);
    }
  });
});

test('while planning, the form tells who is busy at the chosen time and takes the first time everyone is free', async ({ page, baseURL }) => {
  const run = Date.now().toString(36).slice(-5);
  const colleague = await createUser(baseURL!, ['SalesRep'], `Basile ${run}`);
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const me = (await (await api.get('/api/v1/me')).json()) as { timeZone: string };
  const day = '2032-02-17';
  const mine = await api.post('/api/v1/appointments', { data: { title: `Call ${run}`, timeZone: me.timeZone, start: `${day}T11:00`, end: `${day}T11:30` } });
  expect(mine.status(), await mine.text()).toBe(201);
  await api.dispose();
  const theirs = await apiAs(baseURL!, colleague.email, colleague.password);
  const busy = await theirs.post('/api/v1/appointments', { data: { title: `Training ${run}`, timeZone: me.timeZone, start: `${day}T09:30`, end: `${day}T10:30` } });
  expect(busy.status(), await busy.text()).toBe(201);
  await theirs.dispose();

  await signIn(page, admin.email, admin.password);
  await page.goto(`/agenda?view=day&date=${day}`);
  await page.getByRole('button', { name: 'New appointment', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'New appointment' });
  await form.getByLabel('Title', { exact: true }).fill(`Planning ${run}`);
  await form.getByLabel('Starts', { exact: true }).fill(`${day}T10:00`);
  await form.getByLabel('Ends', { exact: true }).fill(`${day}T11:00`);
  const availability = form.getByRole('region', { name: /^Availability on / });
  await expect(availability.getByRole('listitem').filter({ hasText: 'You' })).toContainText('free at this time · busy 11:00–11:30');

  await form.getByLabel('Invite a colleague', { exact: true }).selectOption({ label: colleague.name });
  await expect(availability.getByRole('listitem').filter({ hasText: colleague.name })).toContainText('busy at this time · busy 09:30–10:30');
  await expect(availability).toContainText('Everyone is free at 11:30–12:30.');
  await availability.getByRole('button', { name: 'Take 11:30–12:30' }).click();
  await expect(form.getByLabel('Starts', { exact: true })).toHaveValue(`${day}T11:30`);
  await expect(form.getByLabel('Ends', { exact: true })).toHaveValue(`${day}T12:30`);
  await expect(availability.getByRole('listitem').filter({ hasText: colleague.name })).toContainText('free at this time');
  await expect(availability.getByRole('button', { name: /^Take / })).toHaveCount(0);
});
