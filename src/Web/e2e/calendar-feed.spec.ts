import { expect, request, test } from '@playwright/test';
import ICAL from 'ical.js';
import { admin, adminSpeaks, apiAs, createUser, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

/** The events of an iCalendar text read by ical.js, an independent parser, with the time zones it describes. */
function readCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return { method: calendar.getFirstPropertyValue('method'), events: calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e)) };
}

function wallClock(instant: Date, timeZone: string) {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

test('a colleague in New York subscribes to their calendar and finds the Paris meeting at the right instant', async ({ page, baseURL }) => {
  const run = Date.now().toString(36).slice(-5);
  const title = `Contract review ${run}`;
  const colleague = await createUser(baseURL!, ['SalesRep'], 'Nora York', 'America/New_York');
  const asColleague = await apiAs(baseURL!, colleague.email, colleague.password);
  const colleagueId = ((await (await asColleague.get('/api/v1/me')).json()) as { id: string }).id;
  await asColleague.dispose();
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const created = await api.post('/api/v1/appointments', {
    data: { title, timeZone: 'Europe/Paris', start: '2030-03-05T16:00', end: '2030-03-05T17:00', recurrence: 'FREQ=WEEKLY;COUNT=4', userIds: [colleagueId] },
  });
  expect(created.status(), await created.text()).toBe(201);
  await api.dispose();

  await signIn(page, colleague.email, colleague.password);
  await page.goto('/profile');
  await page.getByRole('button', { name: 'Get my calendar address' }).click();
  const address = await page.getByLabel('Calendar address', { exact: true }).inputValue();
  expect(address).toMatch(/\/api\/v1\/calendar\/feeds\/[A-Za-z0-9_-]+\.ics$/);
  await expect(page.getByText(/Your calendar address works since/)).toBeVisible();

  const calendarApp = await request.newContext();
  const feed = await calendarApp.get(address);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  const { method, events } = readCalendar(await feed.text());
  const meeting = events.find((e) => e.summary === title)!;
  expect(method).toBe('PUBLISH');
  expect(meeting).toBeDefined();
  const first = meeting.startDate.toJSDate();
  expect(first.toISOString()).toBe('2030-03-05T15:00:00.000Z');
  expect(wallClock(first, 'America/New_York')).toBe('10:00');

  // The series crosses both countries' spring changes (New York on 10 March, Paris on 31 March): 16:00 in Paris each week.
  const starts: string[] = [];
  const iterator = meeting.iterator();
  for (let next = iterator.next(); next && starts.length < 4; next = iterator.next()) {
    starts.push(meeting.getOccurrenceDetails(next).startDate.toJSDate().toISOString());
  }
  expect(starts).toEqual(['2030-03-05T15:00:00.000Z', '2030-03-12T15:00:00.000Z', '2030-03-19T15:00:00.000Z', '2030-03-26T15:00:00.000Z']);

  await page.getByRole('button', { name: 'Stop the subscription' }).click();
  await expect(page.getByText('The calendar address no longer works.')).toBeVisible();
  expect((await calendarApp.get(address)).status()).toBe(404);
  await calendarApp.dispose();
});
