import { expect, test } from '@playwright/test';
import { admin, adminSpeaks, apiAs, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('a visit report typed on a phone on the contact page appears on the contact’s timeline', async ({ page, baseURL }, testInfo) => {
  const run = Date.now().toString(36).slice(-5);
  const lastName = `Visited ${run}`;
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const contact = await api.post('/api/v1/contacts', { data: { firstName: 'Hedy', lastName } });
  expect(contact.status(), await contact.text()).toBe(201);
  const contactId = ((await contact.json()) as { id: string }).id;
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await page.goto(`/contacts/${contactId}`);
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(lastName) })).toBeVisible();
  await page.getByRole('button', { name: 'Log a call / visit report' }).click();
  const form = page.getByRole('region', { name: 'Log a call or a visit report' });
  await expect(form.getByRole('radio', { name: 'Visit report' })).toBeChecked();
  await form.getByLabel('Where (optional)').fill('Lyon plant');
  await form.getByRole('textbox', { name: 'Report' }).fill(`Demo done ${run}.\nThey want a quote for 40 seats.`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'the form is wider than the phone').toBeLessThanOrEqual(0);
  await expectAccessible(page, testInfo, 'phone-log-visit');
  await form.getByRole('button', { name: 'Save the report' }).click();
  await expect(page.getByText('The visit report was saved.')).toBeVisible();

  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByText('Visit report, Lyon plant')).toBeVisible({ timeout: 20_000 });
  await expect(timeline.getByText(`Demo done ${run}.`)).toBeVisible();

  await page.getByRole('button', { name: 'Log a call / visit report' }).click();
  await form.getByRole('radio', { name: 'Call' }).check();
  await form.getByLabel('Duration (minutes)').fill('4');
  await form.getByLabel('Outcome').selectOption({ label: 'Reached' });
  await form.getByRole('button', { name: 'Log the call' }).click();
  await expect(timeline.getByText('Call (outbound, 4 min): reached')).toBeVisible({ timeout: 20_000 });
});

test('a call logged from a deal page is listed on the deal and reaches its contact’s timeline', async ({ page, baseURL }) => {
  const run = Date.now().toString(36).slice(-5);
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const contact = await api.post('/api/v1/contacts', { data: { firstName: 'Grace', lastName: `Called ${run}` } });
  expect(contact.status(), await contact.text()).toBe(201);
  const contactId = ((await contact.json()) as { id: string }).id;
  const deal = await api.post('/api/v1/deals', { data: { name: `Called deal ${run}`, contacts: [{ contactId }] } });
  expect(deal.status(), await deal.text()).toBe(201);
  const dealId = ((await deal.json()) as { id: string }).id;
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await page.goto(`/deals/${dealId}`);
  const panel = page.getByRole('region', { name: 'Calls and visits' });
  await expect(panel.getByText('No call or visit logged about this deal yet.')).toBeVisible();
  await panel.getByRole('button', { name: 'Log a call / visit report' }).click();
  await panel.getByRole('radio', { name: 'Call' }).check();
  await panel.getByLabel('Direction').selectOption({ label: 'Inbound (they called)' });
  await panel.getByLabel('Duration (minutes)').fill('12');
  await panel.getByLabel('Outcome').selectOption({ label: 'Reached' });
  await panel.getByLabel('Subject (optional)').fill(`Pricing ${run}`);
  await panel.getByRole('button', { name: 'Log the call' }).click();
  await expect(panel.getByText('Call (inbound, 12 min): reached')).toBeVisible();
  await expect(panel.getByText(`Pricing ${run}`)).toBeVisible();

  await page.goto(`/contacts/${contactId}`);
  await expect(page.getByRole('region', { name: 'Timeline' }).getByText('Call (inbound, 12 min): reached')).toBeVisible({ timeout: 20_000 });
});

test('a visit report is corrected from the timeline, then deleted', async ({ page, baseURL }) => {
  const run = Date.now().toString(36).slice(-5);
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const contact = await api.post('/api/v1/contacts', { data: { firstName: 'Ada', lastName: `Corrected ${run}` } });
  expect(contact.status(), await contact.text()).toBe(201);
  const contactId = ((await contact.json()) as { id: string }).id;
  const visit = await api.post('/api/v1/interactions', { data: { kind: 'Visit', location: 'Lyon', notes: `Typo ${run}`, contactIds: [contactId] } });
  expect(visit.status(), await visit.text()).toBe(201);
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await page.goto(`/contacts/${contactId}`);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline.getByText('Visit report, Lyon')).toBeVisible({ timeout: 20_000 });
  await timeline.getByRole('button', { name: 'Change', exact: true }).click();
  const form = page.getByRole('region', { name: 'Change the call or visit report' });
  await form.getByLabel('Where (optional)').fill('Villeurbanne');
  await form.getByRole('textbox', { name: 'Report' }).fill(`Fixed ${run}`);
  await form.getByRole('button', { name: 'Save the report' }).click();
  await expect(page.getByText('The change is saved.')).toBeVisible();
  await expect(timeline.getByText('Visit report, Villeurbanne')).toBeVisible({ timeout: 20_000 });
  await expect(timeline.getByText(`Fixed ${run}`)).toBeVisible();
  await expect(timeline.getByText('Visit report, Lyon')).toHaveCount(0);

  await timeline.getByRole('button', { name: 'Change', exact: true }).click();
  await page.getByRole('region', { name: 'Change the call or visit report' }).getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByText('The call or visit report was deleted.')).toBeVisible();
  await expect(timeline.getByText('Visit report, Villeurbanne')).toHaveCount(0, { timeout: 20_000 });
});
