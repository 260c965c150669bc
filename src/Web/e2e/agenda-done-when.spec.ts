import { expect, request, test } from '@playwright/test';
import ICAL from 'ical.js';
import { admin, adminSpeaks, apiAs, calendarPart, createUser, receivedMail, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

/** `yyyy-mm-ddThh:mm` of an instant on the wall clock of `timeZone`. */
function wallClock(instant: Date, timeZone: string): string {
  return instant.toLocaleString('sv-SE', { timeZone, hour12: false }).replace(' ', 'T').slice(0, 16);
}

test('a manager in Paris meets a customer and a colleague in New York: each sees their own time, the feed agrees, the reminder comes once', async ({ browser, page, baseURL }) => {
  test.setTimeout(180_000);
  const run = Date.now().toString(36).slice(-5);
  const title = `Contract review ${run}`;
  const colleague = await createUser(baseURL!, ['SalesRep'], `Nora York ${run}`, 'America/New_York');
  const api = await apiAs(baseURL!, admin.email, admin.password);
  expect((await api.put('/api/v1/me/profile', {
    data: { displayName: 'Administrator', language: 'en', timeZone: 'Europe/Paris' },
    headers: { 'If-Match': (await api.get('/api/v1/me')).headers().etag! },
  })).status()).toBe(200);
  const customer = await api.post('/api/v1/contacts', { data: { firstName: 'Anne', lastName: `Customer${run}`, emails: [{ address: `anne.${run}@client.example`, isPrimary: true }] } });
  expect(customer.status(), await customer.text()).toBe(201);
  await api.dispose();

  // Fifteen minutes and a little more from now, on a whole minute: the default reminder (15 minutes before) is due within a minute.
  const start = new Date(Math.ceil((Date.now() + 15 * 60_000 + 20_000) / 60_000) * 60_000);
  const end = new Date(start.getTime() + 60 * 60_000);

  await signIn(page, admin.email, admin.password);
  await page.goto('/agenda');
  await page.getByRole('button', { name: 'New appointment', exact: true }).click();
  const form = page.getByRole('dialog', { name: 'New appointment' });
  await form.getByLabel('Title', { exact: true }).fill(title);
  await form.getByLabel('Starts', { exact: true }).fill(wallClock(start, 'Europe/Paris'));
  await form.getByLabel('Ends', { exact: true }).fill(wallClock(end, 'Europe/Paris'));
  await expect(form.getByLabel('Time zone', { exact: true })).toHaveValue('Europe/Paris');
  await form.getByLabel('Invite a colleague', { exact: true }).selectOption({ label: colleague.name });
  await form.getByLabel('Invite a contact', { exact: true }).fill(`Customer${run}`);
  await form.getByRole('button', { name: new RegExp(`Anne Customer${run}`) }).click();
  await expect(form.getByLabel('Reminder', { exact: true })).toHaveValue('15');
  await expect(form.getByLabel(/Email the invitation to the contacts/)).toBeChecked();
  await form.getByRole('button', { name: 'Save the appointment' }).click();
  await expect(form).toHaveCount(0);

  // The customer got an iCalendar invitation by email.
  const invitation = await receivedMail(title);
  expect(invitation).toContain('invites you to an appointment');
  expect(invitation).toMatch(/text\/calendar;\s*method=REQUEST/i);
  const invite = new ICAL.Component(ICAL.parse(calendarPart(invitation)));
  expect(invite.getFirstPropertyValue('method')).toBe('REQUEST');
  for (const zone of invite.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const invited = new ICAL.Event(invite.getFirstSubcomponent('vevent')!);
  expect(invited.summary).toBe(title);
  expect(invited.startDate.toJSDate().toISOString()).toBe(start.toISOString());
  expect(invited.endDate.toJSDate().toISOString()).toBe(end.toISOString());
  expect(invited.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toContain(`mailto:anne.${run}@client.example`);

  // The colleague, in New York, sees it at New York's time on their home page.
  const context = await browser.newContext();
  const colleaguePage = await context.newPage();
  await signIn(colleaguePage, colleague.email, colleague.password);
  await colleaguePage.goto('/');
  const nyTimes = `${wallClock(start, 'America/New_York').slice(11)}–${wallClock(end, 'America/New_York').slice(11)}`;
  await expect(colleaguePage.getByText(`${nyTimes} · ${title}`)).toBeVisible();

  // Their subscribed calendar, read by ical.js, has it at the same instant.
  await colleaguePage.goto('/profile');
  await colleaguePage.getByRole('button', { name: 'Get my calendar address' }).click();
  const address = await colleaguePage.getByLabel('Calendar address', { exact: true }).inputValue();
  const calendarApp = await request.newContext();
  const calendar = new ICAL.Component(ICAL.parse(await (await calendarApp.get(address)).text()));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getAllSubcomponents('vevent').find((e) => e.getFirstPropertyValue('summary') === title)!;
  expect(new ICAL.Event(vevent).startDate.toJSDate().toISOString()).toBe(start.toISOString());
  expect(vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Paris');
  await calendarApp.dispose();

  // The reminder reaches the colleague's open page live, once.
  await colleaguePage.goto('/');
  const bell = colleaguePage.getByRole('button', { name: /^Notifications/ });
  await expect(bell).toHaveAccessibleName('Notifications, 1 unread', { timeout: 90_000 });
  await bell.click();
  await expect(colleaguePage.getByRole('region', { name: 'Notifications' }).getByRole('button', { name: new RegExp(`Reminder: ${title}`) })).toBeVisible();
  await colleaguePage.waitForTimeout(3_000);
  const theirs = await apiAs(baseURL!, colleague.email, colleague.password);
  const notifications = (await (await theirs.get('/api/v1/notifications?limit=50')).json()) as { items: { title: string }[] };
  expect(notifications.items.filter((n) => n.title === `Reminder: ${title}`)).toHaveLength(1);
  await theirs.dispose();
  await context.close();
});
