import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { admin, adminSpeaks, apiAs, createUser, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

/** The value shown beside a label in a record's details. */
const detail = (page: Page, label: string) => page.locator('dl.details dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');

interface CreatedPipeline {
  id: string;
  name: string;
  stages: { id: string; name: string; kind: 'Open' | 'Won' | 'Lost' }[];
}

/** A pipeline of this run only: a first stage at 40 %, then won and lost. */
async function createPipeline(api: APIRequestContext, name: string): Promise<CreatedPipeline> {
  const created = await api.post('/api/v1/pipelines', {
    data: { name, stages: [{ name: 'Qualify', kind: 'Open', probability: 40 }, { name: 'Won', kind: 'Won' }, { name: 'Lost', kind: 'Lost' }] },
  });
  expect(created.status(), await created.text()).toBe(201);
  return (await created.json()) as CreatedPipeline;
}

/** Today in Paris, where the test users live: yyyy-mm-dd. */
const todayInParis = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

test('a lead is converted from its contact page, its company created; the deal opens and the contact shows it', async ({ page, baseURL }, testInfo) => {
  const run = Date.now().toString(36).slice(-5);
  const name = `Léa Martin${run}`;
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const pipeline = await createPipeline(api, `Leads ${run}`);
  const created = await api.post('/api/v1/contacts', { data: { firstName: 'Léa', lastName: `Martin${run}`, lifecycleStage: 'Lead', ignoreDuplicates: true } });
  expect(created.status(), await created.text()).toBe(201);
  const contact = (await created.json()) as { id: string };
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await page.goto(`/contacts/${contact.id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(detail(page, 'Lifecycle stage')).toHaveText('Lead');
  await expect(page.getByRole('region', { name: 'Deals', exact: true })).toContainText('No deal yet.');

  await page.getByRole('button', { name: 'Convert to deal' }).click();
  const dialog = page.getByRole('dialog', { name: `Convert ${name} to a deal` });
  await expect(dialog.getByLabel('Name of the deal')).toHaveValue(name);
  await dialog.getByLabel('Name of the deal').fill(`Pilot ${run}`);
  await dialog.getByLabel('Amount', { exact: true }).fill('8,000');
  await dialog.getByLabel('Pipeline', { exact: true }).selectOption({ label: pipeline.name });
  await dialog.getByLabel('New company').fill(`Acme ${run}`);
  await expectAccessible(page, testInfo, 'convert-lead');
  await dialog.getByRole('button', { name: 'Convert to deal' }).click();

  // The deal's page opens: the contact's new company is the deal's.
  await expect(page).toHaveURL(/\/deals\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1, name: `Pilot ${run}` })).toBeVisible();
  await expect(page.getByText(`Deal Pilot ${run} opened for ${name}.`)).toBeVisible();
  await expect(detail(page, 'Company')).toHaveText(`Acme ${run}`);
  await expect(detail(page, 'Amount')).toHaveText('€8,000.00');
  const dealUrl = page.url();

  // The contact is an opportunity now, with its company, its deal and, once the deal's event arrives, its timeline.
  await page.goto(`/contacts/${contact.id}`);
  await expect(detail(page, 'Lifecycle stage')).toHaveText('Opportunity');
  await expect(detail(page, 'Companies')).toContainText(`Acme ${run}`);
  await expect(page.getByRole('button', { name: 'Convert to deal' })).toHaveCount(0);
  const deals = page.getByRole('region', { name: 'Deals', exact: true });
  await expect(deals.getByRole('listitem')).toHaveText([new RegExp(`^Pilot ${run}Open.*Qualify · €8,000\\.00$`)]);
  const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
  await expect(async () => {
    await page.reload();
    await expect(timeline.getByText(`Deal opened: Pilot ${run}`)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await expect(timeline.getByRole('link', { name: `Pilot ${run}` })).toHaveAttribute('href', new URL(dealUrl).pathname);
  await expectAccessible(page, testInfo, 'contact-with-deal');

  // Its company lists the deal too.
  await detail(page, 'Companies').getByRole('link', { name: `Acme ${run}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Acme ${run}` })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Deals', exact: true }).getByRole('link', { name: `Pilot ${run}` })).toBeVisible();
});

test('a sales manager sets a quota and sees the quarter’s forecast: weighted figure and attainment of a deal won', async ({ page, baseURL }, testInfo) => {
  const run = Date.now().toString(36).slice(-5);
  const manager = await createUser(baseURL!, ['SalesManager'], `Quota Manager${run}`);
  // A colleague in a team: the manager, who does not administer users, sees their name and the team from the directory.
  const rep = await createUser(baseURL!, ['SalesRep'], `Quota Rep${run}`);
  const administrator = await apiAs(baseURL!, admin.email, admin.password);
  const team = await administrator.post('/api/v1/teams', { data: { name: `Team ${run}` } });
  expect(team.status(), await team.text()).toBe(201);
  await administrator.dispose();
  const api = await apiAs(baseURL!, manager.email, manager.password);
  const pipeline = await createPipeline(api, `Forecast ${run}`);
  const qualify = pipeline.stages.find((s) => s.kind === 'Open')!;
  const won = pipeline.stages.find((s) => s.kind === 'Won')!;
  const today = todayInParis();
  // Open, closing today at 40 %: weighted 4,000.
  const open = await api.post('/api/v1/deals', {
    data: { name: `Open ${run}`, amount: { amount: 10000, currency: 'EUR' }, expectedCloseDate: today, pipelineId: pipeline.id, stageId: qualify.id },
  });
  expect(open.status(), await open.text()).toBe(201);
  // Won today: 5,000.
  const toWin = await api.post('/api/v1/deals', {
    data: { name: `Won ${run}`, amount: { amount: 5000, currency: 'EUR' }, expectedCloseDate: today, pipelineId: pipeline.id, stageId: qualify.id },
  });
  expect(toWin.status(), await toWin.text()).toBe(201);
  const deal = (await toWin.json()) as { id: string; version: number };
  const moved = await api.post(`/api/v1/deals/${deal.id}/move`, { data: { stageId: won.id }, headers: { 'If-Match': `"${deal.version}"` } });
  expect(moved.status(), await moved.text()).toBe(200);
  await api.dispose();
  const repApi = await apiAs(baseURL!, rep.email, rep.password);
  const repDeal = await repApi.post('/api/v1/deals', { data: { name: `Rep deal ${run}`, pipelineId: pipeline.id, stageId: qualify.id } });
  expect(repDeal.status(), await repDeal.text()).toBe(201);
  await repApi.dispose();

  await signIn(page, manager.email, manager.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Forecast' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Forecast' })).toBeVisible();

  // The quota of this month, typed in the grid and saved on Enter.
  const now = new Date();
  const month = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'Europe/Paris' }).format(now);
  const quotas = page.getByRole('region', { name: 'Quotas', exact: true });
  const cell = quotas.getByRole('textbox', { name: `Quota of ${manager.name} (you) for ${month}` });
  await cell.fill('10000');
  await cell.press('Enter');
  await expect(quotas.getByRole('status')).toHaveText(`Quota of ${manager.name} (you) for ${month} saved.`);
  await expect(quotas.getByRole('row', { name: new RegExp(`^${manager.name}`) }).getByRole('cell').last()).toHaveText('€10,000.00');
  await expect(quotas.getByRole('rowheader', { name: rep.name, exact: true })).toBeVisible();
  await expect(page.getByLabel('Deals of', { exact: true }).getByRole('option', { name: `Team ${run}`, exact: true })).toBeAttached();

  // My deals of this quarter, per quarter, in the new pipeline.
  await page.getByLabel('Deals of', { exact: true }).selectOption({ label: 'Me' });
  await page.getByLabel('Per', { exact: true }).selectOption({ label: 'Quarter' });
  await page.getByLabel('Pipeline', { exact: true }).selectOption({ label: pipeline.name });
  const [year, monthNumber] = today.split('-').map(Number) as [number, number];
  const quarter = `Q${Math.floor((monthNumber - 1) / 3) + 1} ${year}`;
  const euros = page.getByRole('region', { name: 'In EUR', exact: true });
  const summary = euros.getByRole('definition');
  await expect(summary).toHaveText(['€5,000.00', '€10,000.00', '50%', '€0.00', '€4,000.00', '€10,000.00']);
  const row = euros.getByRole('row', { name: new RegExp(`^${quarter}`) });
  // Won, commit, best case, weighted, open pipeline, quota, attainment, open deals, won deals.
  await expect(row.getByRole('cell')).toHaveText(['€5,000.00', '€0.00', '€0.00', '€4,000.00', '€10,000.00', '€10,000.00', '50%', '1', '1']);
  await expect(euros.getByRole('img', { name: 'Forecast in EUR per period' })).toBeVisible();
  await expect(page).toHaveURL(/scope=me/);
  await expectAccessible(page, testInfo, 'forecast');

  // On the board, each card names its owner.
  await page.goto(`/deals?pipeline=${pipeline.id}`);
  await expect(page.getByRole('article', { name: `Rep deal ${run}` })).toContainText(`Owner: ${rep.name}`);
  await expect(page.getByRole('article', { name: `Open ${run}` })).toContainText('Owner: you');
  await page.getByLabel('Deals shown', { exact: true }).selectOption({ label: rep.name });
  await expect(page.getByRole('article', { name: `Rep deal ${run}` })).toBeVisible();
  await expect(page.getByRole('article', { name: `Open ${run}` })).toHaveCount(0);
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the forecast and its quota grid fit the width, their tables scrolling within the page', async ({ page }, testInfo) => {
    await signIn(page, admin.email, admin.password);
    await page.goto('/forecast?range=thisYear');
    await expect(page.getByRole('heading', { level: 1, name: 'Forecast' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Quotas', exact: true }).getByRole('table')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, '/forecast is wider than the phone').toBeLessThanOrEqual(0);
    await expectAccessible(page, testInfo, 'phone-forecast');
  });
});
