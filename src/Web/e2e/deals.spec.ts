import { expect, test, type Page } from '@playwright/test';
import { admin, adminSpeaks, apiAs, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

/** The value shown beside a label in a record's details. */
const detail = (page: Page, label: string) => page.locator('dl.details dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
/** A column of the board, named by its stage. */
const column = (page: Page, stage: string) => page.getByRole('region', { name: stage, exact: true });

test('an administrator sets up a pipeline with ordered stages and a required field, and a lost reason', async ({ page }, testInfo) => {
  // Names of this run only, so the spec also passes against a database that kept an earlier run's pipelines.
  const run = Date.now().toString(36).slice(-5);
  const name = `Renewals ${run}`;
  const reason = `Too slow ${run}`;

  await signIn(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Pipelines' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pipelines and lost reasons' })).toBeVisible();

  await page.getByRole('button', { name: 'New pipeline' }).click();
  const dialog = page.getByRole('dialog', { name: 'New pipeline' });
  await dialog.getByLabel('Name of the pipeline').fill(name);
  await dialog.getByRole('button', { name: 'Create the pipeline' }).click();
  // A stage without a name is told before anything is sent.
  const first = dialog.getByRole('group', { name: 'Stage 1', exact: true });
  await expect(first.getByText('Fill this in.')).toBeVisible();
  await first.getByLabel('Name', { exact: true }).fill('Contact');
  await dialog.getByRole('button', { name: 'Add a stage' }).click();
  const second = dialog.getByRole('group', { name: 'Stage 2', exact: true });
  await second.getByLabel('Name', { exact: true }).fill('Quote');
  await second.getByLabel('Win probability (%)').fill('60');
  await second.getByLabel('Rotting after (days)').fill('10');
  await second.getByLabel('Amount').check();
  await dialog.getByRole('button', { name: 'Move stage 2 up' }).click();
  await expect(first.getByLabel('Name', { exact: true })).toHaveValue('Quote');
  await expect(dialog.getByRole('group', { name: 'Won stage' }).getByLabel('Name', { exact: true })).toHaveValue('Won');
  await expectAccessible(page, testInfo, 'admin-pipeline-new');
  await dialog.getByRole('button', { name: 'Create the pipeline' }).click();
  await expect(page.getByText(`The pipeline ${name} was created.`)).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row.getByRole('listitem')).toHaveText([
    'Quote · 60% · rotting after 10 days · requires Amount', 'Contact · 10%', 'Won', 'Lost',
  ]);

  // A lost reason is added, retired (no longer offered) and restored.
  await page.getByLabel('New reason').fill(reason);
  await page.getByRole('button', { name: 'Add the reason' }).click();
  await expect(page.getByText(`The reason ${reason} was added.`)).toBeVisible();
  await page.getByRole('button', { name: `Retire ${reason}` }).click();
  await expect(page.getByRole('row').filter({ hasText: reason })).toContainText('Retired');
  await page.getByRole('button', { name: `Restore ${reason}` }).click();
  await expect(page.getByRole('row').filter({ hasText: reason })).toContainText('Offered');
  await expectAccessible(page, testInfo, 'admin-pipelines');
});

test('a deal is created on the board, dragged, moved from the keyboard, refused a stage needing an amount, lost for a reason, then won', async ({ page, baseURL }, testInfo) => {
  const run = Date.now().toString(36).slice(-5);
  const board = `Board ${run}`;
  const deal = `Fleet renewal ${run}`;
  const reason = `Went quiet ${run}`;
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const created = await api.post('/api/v1/pipelines', {
    data: {
      name: board,
      stages: [
        { name: 'Lead', kind: 'Open', probability: 10 }, { name: 'Demo', kind: 'Open', probability: 40 },
        { name: 'Offer', kind: 'Open', probability: 60 }, { name: 'Contract', kind: 'Open', probability: 90 },
        { name: 'Won', kind: 'Won' }, { name: 'Lost', kind: 'Lost' },
      ],
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const pipeline = (await created.json()) as { id: string };
  expect((await api.post('/api/v1/lost-reasons', { data: { name: reason } })).status()).toBe(201);
  await api.dispose();

  // The board is one command away.
  await signIn(page, admin.email, admin.password);
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: 'Type a command, a name, an email or a phone number' }).fill('deals');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Deals' })).toBeVisible();
  await page.getByLabel('Pipeline', { exact: true }).selectOption({ label: board });
  await expect(column(page, 'Lead')).toContainText('0 deals');

  // Created from the board, in the first stage.
  await page.getByRole('button', { name: 'New deal' }).click();
  const form = page.getByRole('dialog', { name: 'New deal' });
  await form.getByLabel('Name', { exact: true }).fill(deal);
  await form.getByLabel('Amount', { exact: true }).fill('lots');
  await form.getByLabel('Expected close date').fill('2026-12-15');
  await form.getByLabel('Next step').fill('Send the demo video');
  await form.getByRole('button', { name: 'Create the deal' }).click();
  await expect(form.getByText('Enter an amount with two decimals at most, such as 12,500.50.')).toBeVisible();
  await form.getByLabel('Amount', { exact: true }).fill('');
  await expectAccessible(page, testInfo, 'deal-new');
  await form.getByRole('button', { name: 'Create the deal' }).click();
  await expect(page.getByText(`Deal ${deal} created.`)).toBeVisible();
  const card = page.getByRole('article', { name: deal });
  await expect(column(page, 'Lead').getByRole('article', { name: deal })).toContainText('Closes 15 Dec 2026');
  await expect(column(page, 'Lead')).toContainText('1 deal');

  // Dragged to the next stage.
  await card.dragTo(column(page, 'Demo'));
  await expect(column(page, 'Demo').getByRole('article', { name: deal })).toBeVisible();
  await expect(page.getByText(`${deal} moved to Demo.`)).toBeVisible();
  await expect(column(page, 'Lead')).toContainText('0 deals');

  // Moved from the keyboard: the card's "Move to…" button lists the other stages; the focus follows the card.
  await card.getByRole('button', { name: 'Move to…' }).focus();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('button', { name: 'Lead' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(card.getByRole('button', { name: 'Offer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(column(page, 'Offer').getByRole('article', { name: deal })).toBeVisible();
  await expect(column(page, 'Offer').getByRole('button', { name: 'Move to…' })).toBeFocused();
  await expectAccessible(page, testInfo, 'deals-board');

  // An administrator makes the contract stage require an amount.
  await page.goto('/admin/pipelines');
  await page.getByRole('button', { name: `Edit ${board}` }).click();
  const setup = page.getByRole('dialog', { name: `Edit ${board}` });
  await setup.getByRole('group', { name: 'Stage 4', exact: true }).getByLabel('Amount').check();
  await setup.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`The pipeline ${board} was saved.`)).toBeVisible();

  // The move is refused, saying what is missing, with the way to the deal.
  await page.goto(`/deals?pipeline=${pipeline.id}`);
  await card.getByRole('button', { name: 'Move to…' }).click();
  await card.getByRole('button', { name: 'Contract' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'To move to' });
  await expect(refusal).toHaveText(new RegExp(`To move to “Contract”, ${deal} needs: Amount\\.`));
  await expect(column(page, 'Offer').getByRole('article', { name: deal })).toBeVisible();
  await refusal.getByRole('link', { name: 'Fill them in on the deal page' }).click();

  // On the deal page: the amount filled in, then the contract stage reached from the stage path.
  await expect(page.getByRole('heading', { level: 1, name: deal })).toBeVisible();
  await page.getByRole('button', { name: 'Move to Contract' }).click();
  await expect(page.getByRole('alert')).toContainText('To move to “Contract”, this deal needs: Amount.');
  await page.getByRole('button', { name: 'Edit the deal' }).click();
  await page.getByLabel('Amount', { exact: true }).fill('12,500.50');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Deal saved.')).toBeVisible();
  await expect(detail(page, 'Amount')).toHaveText('€12,500.50');
  await page.getByRole('button', { name: 'Move to Contract' }).click();
  await expect(page.getByText('current stage')).toHaveCount(1);
  await expect(page.locator('[aria-current="step"]')).toHaveText(/^Contract/);

  // Back on the board, dropped on the lost stage: the reason is asked first.
  await page.getByRole('link', { name: 'Back to the board' }).click();
  await expect(column(page, 'Contract')).toContainText('€12,500.50');
  // The lost column is at the far end of the board, which scrolls sideways. A person drags to the edge and the browser
  // scrolls; Playwright would scroll before the drag has started, so the column is brought into view first.
  await column(page, 'Lost').scrollIntoViewIfNeeded();
  await card.dragTo(column(page, 'Lost'));
  const lost = page.getByRole('dialog', { name: `Why was ${deal} lost?` });
  await lost.getByRole('button', { name: 'Mark as lost' }).click();
  await expect(lost.getByText('Choose a reason.')).toBeVisible();
  await lost.getByLabel('Reason').selectOption({ label: reason });
  await lost.getByLabel('Note (optional)').fill('Budget frozen until spring');
  await lost.getByRole('button', { name: 'Mark as lost' }).click();
  await expect(page.getByText(`${deal} was lost.`)).toBeVisible();
  await expect(column(page, 'Lost').getByRole('article', { name: deal })).toBeVisible();
  await expect(column(page, 'Contract')).toContainText('0 deals');

  // The deal page tells who lost it, when and why; winning it afterwards says so too.
  await column(page, 'Lost').getByRole('link', { name: deal }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Lost' })).toBeVisible();
  await expect(page.getByText(new RegExp(`^Lost on .+ by you\\. Reason: ${reason}\\.$`))).toBeVisible();
  await expect(page.getByText('Note: Budget frozen until spring')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Stage history' }).getByRole('listitem').locator('strong'))
    .toHaveText(['Lost', 'Contract', 'Offer', 'Demo', 'Lead']);
  await expectAccessible(page, testInfo, 'deal-lost');
  await page.getByRole('button', { name: 'Mark as won' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Won' })).toBeVisible();
  await expect(page.getByText(/^Won on .+ by you\.$/)).toBeVisible();
  await expect(detail(page, 'Status')).toHaveText('Won');
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the board scrolls sideways within the page and the sales setup fits the width', async ({ page }, testInfo) => {
    await signIn(page, admin.email, admin.password);
    for (const path of ['/deals', '/admin/pipelines']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} is wider than the phone`).toBeLessThanOrEqual(0);
      await expectAccessible(page, testInfo, `phone${path.replaceAll('/', '-')}`);
    }
  });
});

test('an administrator adds a choice field to deals; a deal is given a value and the board is narrowed by it', async ({ page, baseURL }, testInfo) => {
  const run = Date.now().toString(36).slice(-5);
  const region = `Region ${run}`;
  const board = `Regions ${run}`;
  const north = `North deal ${run}`;
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const created = await api.post('/api/v1/pipelines', {
    data: { name: board, stages: [{ name: 'Lead', kind: 'Open', probability: 10 }, { name: 'Won', kind: 'Won' }, { name: 'Lost', kind: 'Lost' }] },
  });
  expect(created.status(), await created.text()).toBe(201);
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Custom fields' }).click();
  await page.getByRole('tab', { name: 'Deals' }).click();
  await page.getByRole('button', { name: 'New field' }).click();
  const define = page.getByRole('dialog', { name: 'New deal field' });
  await define.getByLabel('Label', { exact: true }).fill(region);
  await define.getByLabel('Type').selectOption({ label: 'Text' });
  await expect(define.getByLabel('Unique')).toHaveCount(0);
  await define.getByLabel('Type').selectOption({ label: 'One choice in a list' });
  await define.getByLabel('Option 1', { exact: true }).fill('North');
  await define.getByLabel('Option 2', { exact: true }).fill('South');
  await define.getByRole('button', { name: 'Add the field' }).click();
  await expect(page.getByText(`The field ${region} was added.`)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: region })).toContainText('2 options');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Deals' }).click();
  await page.getByLabel('Pipeline', { exact: true }).selectOption({ label: board });
  for (const [name, choice] of [[north, 'North'], [`South deal ${run}`, 'South']] as const) {
    await page.getByRole('button', { name: 'New deal' }).click();
    const form = page.getByRole('dialog', { name: 'New deal' });
    await form.getByLabel('Name', { exact: true }).fill(name);
    await form.getByLabel(region).selectOption({ label: choice });
    await form.getByRole('button', { name: 'Create the deal' }).click();
    await expect(page.getByText(`Deal ${name} created.`)).toBeVisible();
  }
  await expect(column(page, 'Lead')).toContainText('2 deals');

  // The board's filter on the field keeps the address, so the narrowed board can be shared.
  await page.getByRole('group', { name: 'Board filters' }).getByLabel(region).selectOption({ label: 'North' });
  await expect(column(page, 'Lead')).toContainText('1 deal');
  await expect(column(page, 'Lead').getByRole('article')).toHaveCount(1);
  await expect(column(page, 'Lead').getByRole('article', { name: north })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`cf\\.region_${run}=north`));
  await expectAccessible(page, testInfo, 'deals-board-field-filter');

  await column(page, 'Lead').getByRole('article', { name: north }).getByRole('link', { name: north }).click();
  await expect(page.getByRole('heading', { level: 1, name: north })).toBeVisible();
  await expect(detail(page, region)).toHaveText('North');
});
