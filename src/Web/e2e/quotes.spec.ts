import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { admin, adminSpeaks, apiAs, expectAccessible, receivedMail, signIn, uniqueEmail } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

/** The value shown beside a label in a list of details. */
const detail = (scope: Page | Locator, label: string) =>
  scope.locator('dl dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');

/** A pipeline with an open stage and a deal in it, its customer's decision maker known by email, made through the API. */
async function dealInNewPipeline(baseURL: string, run: string) {
  const api = await apiAs(baseURL, admin.email, admin.password);
  const contactEmail = uniqueEmail('buyer');
  const contact = await api.post('/api/v1/contacts', { data: { firstName: 'Bea', lastName: `Buyer ${run}`, emails: [{ address: contactEmail }] } });
  expect(contact.status(), await contact.text()).toBe(201);
  const contactId = ((await contact.json()) as { id: string }).id;
  const created = await api.post('/api/v1/pipelines', {
    data: { name: `Subscriptions ${run}`, stages: [{ name: 'Proposal', kind: 'Open', probability: 50 }, { name: 'Won', kind: 'Won' }, { name: 'Lost', kind: 'Lost' }] },
  });
  expect(created.status(), await created.text()).toBe(201);
  const pipeline = (await created.json()) as { id: string; name: string; stages: { id: string; kind: string }[] };
  const deal = await api.post('/api/v1/deals', {
    data: {
      name: `Fleet tracking ${run}`, amount: { amount: 1000, currency: 'EUR' }, pipelineId: pipeline.id, stageId: pipeline.stages.find((s) => s.kind === 'Open')!.id,
      contacts: [{ contactId, role: 'DecisionMaker' }],
    },
  });
  expect(deal.status(), await deal.text()).toBe(201);
  const { id } = (await deal.json()) as { id: string };
  await api.dispose();
  return { pipeline, dealId: id, dealName: `Fleet tracking ${run}`, contactEmail };
}

test('a quote with a catalogue product and a free line is priced live, sent, printed and accepted: the deal then shows its order, subscription and onboarding', async ({ page, baseURL }, testInfo) => {
  // Names of this run only, so the spec also passes against a database that kept an earlier run's records.
  const run = Date.now().toString(36).slice(-5);
  const { pipeline, dealId, dealName, contactEmail } = await dealInNewPipeline(baseURL!, run);
  const template = `Kick-off ${run}`;
  const sku = `SEAT-${run}`;
  const product = `CRM seat ${run}`;

  await signIn(page, admin.email, admin.password);
  const nav = page.getByRole('navigation', { name: 'Main' });

  // The administrator gives the company's legal mentions, printed on every quote.
  await nav.getByRole('link', { name: 'Sales settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sales settings' })).toBeVisible();
  await page.getByLabel('Company name').fill(`Acme ${run} SAS`);
  await page.getByLabel('Address').fill('12 rue de la Paix\n75002 Paris');
  await page.getByLabel('SIRET').fill('732 829 320 00017');
  await page.getByLabel('VAT number').fill('FR44732829320');
  await page.getByLabel('Legal notice').fill('SAS au capital de 10 000 € · RCS Paris 732 829 320');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('The legal mentions were saved.')).toBeVisible();
  await expect(page.getByText('Set up: quotes print with these mentions.')).toBeVisible();

  // An onboarding template, laid out on the deals the pipeline wins.
  await nav.getByRole('link', { name: 'Onboarding' }).click();
  await page.getByRole('button', { name: 'New template' }).click();
  const templateForm = page.getByRole('dialog', { name: 'New onboarding template' });
  await templateForm.getByLabel('Name of the template').fill(template);
  await templateForm.getByRole('group', { name: 'Task 1', exact: true }).getByLabel('Title').fill('Kick-off call');
  await templateForm.getByRole('group', { name: 'Task 1', exact: true }).getByLabel('Due after (days)').fill('2');
  await templateForm.getByRole('button', { name: 'Add a task' }).click();
  await templateForm.getByRole('group', { name: 'Task 2', exact: true }).getByLabel('Title').fill('Training');
  await expect(templateForm.getByRole('group', { name: 'Task 2', exact: true }).getByLabel('Due after (days)')).toHaveValue('9');
  await expectAccessible(page, testInfo, 'onboarding-template-new');
  await templateForm.getByRole('button', { name: 'Create the template' }).click();
  await expect(page.getByText(`The template ${template} was created.`)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: template }).getByRole('listitem'))
    .toHaveText(["Day 2: Kick-off call · for the deal’s owner", "Day 9: Training · for the deal’s owner"]);

  // The pipeline lays it out on a win.
  await nav.getByRole('link', { name: 'Pipelines' }).click();
  await page.getByRole('button', { name: `Edit ${pipeline.name}` }).click();
  const pipelineForm = page.getByRole('dialog', { name: `Edit ${pipeline.name}` });
  await pipelineForm.getByLabel('Onboarding after a win').selectOption({ label: template });
  await pipelineForm.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`The pipeline ${pipeline.name} was saved.`)).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: pipeline.name })).toContainText(`Onboarding: ${template}`);

  // A monthly product in the catalogue.
  await nav.getByRole('link', { name: 'Products' }).click();
  await page.getByRole('button', { name: 'New product' }).click();
  const productForm = page.getByRole('dialog', { name: 'New product' });
  await productForm.getByLabel('SKU').fill(sku);
  await productForm.getByLabel('Name', { exact: true }).fill(product);
  await productForm.getByLabel('Price', { exact: true }).fill('19.99');
  await productForm.getByLabel('VAT rate').selectOption({ label: '20%' });
  await productForm.getByLabel('Billing').selectOption({ label: 'Monthly' });
  await expectAccessible(page, testInfo, 'product-new');
  await productForm.getByRole('button', { name: 'Create the product' }).click();
  await expect(page.getByText(`The product ${product} was created.`)).toBeVisible();
  await page.getByLabel('Search by name or SKU').fill(sku);
  await expect(page.getByRole('row').filter({ hasText: sku })).toHaveText(new RegExp(`${sku}${product}€19\\.9920%MonthlyOffered`));

  // On the deal, a new quote opens as a draft.
  await page.goto(`/deals/${dealId}`);
  await page.getByRole('region', { name: 'Quotes', exact: true }).getByRole('button', { name: 'New quote' }).click();
  const heading = page.getByRole('heading', { level: 1, name: /^Quote DEV-\d{4}-\d{5}$/ });
  await expect(heading).toBeVisible();
  const number = (await heading.textContent())!.replace('Quote ', '');
  const quoteId = new URL(page.url()).pathname.split('/').pop()!;

  // The product from the catalogue, three seats less 10 %, then a free line at 5.5 %.
  await page.getByLabel('Add a product from the catalogue').fill(sku);
  await page.getByRole('button', { name: new RegExp(product) }).click();
  const lines = page.getByRole('table', { name: 'Lines of the quote' });
  await expect(lines.getByLabel('Description (line 1)')).toHaveValue(product);
  await expect(lines.getByLabel('Unit price (line 1)')).toHaveValue('19.99');
  await lines.getByLabel('Quantity (line 1)').fill('3');
  await lines.getByLabel('Discount (%) (line 1)').fill('10');
  await page.getByRole('button', { name: 'Add a free-text line' }).click();
  await lines.getByLabel('Description (line 2)').fill('Set-up booklet');
  await lines.getByLabel('Unit price (line 2)').fill('7.50');
  await lines.getByLabel('VAT (line 2)').selectOption({ label: '5.5%' });

  // The totals follow as typed, rounded per line as the server does.
  const totals = page.getByRole('region', { name: 'Totals', exact: true });
  await expect(lines.getByRole('row').nth(1)).toContainText('€53.97');
  await expect(totals.getByRole('table', { name: 'VAT by rate' }).getByRole('row')).toHaveText(['RateNetVAT', '20%€53.97€10.79', '5.5%€7.50€0.41']);
  await expect(detail(totals, 'Total excluding VAT')).toHaveText('€61.47');
  await expect(detail(totals, 'Total VAT')).toHaveText('€11.20');
  await expect(detail(totals, 'Total including VAT')).toHaveText('€72.67');
  await expectAccessible(page, testInfo, 'quote-draft');

  await page.getByRole('button', { name: 'Save the draft' }).click();
  await expect(page.getByText(`Quote ${number} saved.`)).toBeVisible();

  // Sent: no longer edited, and printed by the server as a PDF in the customer's language.
  await page.getByRole('button', { name: 'Mark as sent' }).click();
  await expect(page.getByText(`Quote ${number} marked as sent.`)).toBeVisible();
  await expect(page.locator('.quote-status')).toHaveText('Sent');
  await expect(page.getByRole('button', { name: 'Save the draft' })).toHaveCount(0);
  const pdf = await page.request.get(`/api/v1/quotes/${quoteId}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).length).toBeGreaterThan(2000);
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Download the PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${number}.pdf`);
  const file = await readFile((await download.path())!);
  expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(file.length).toBeGreaterThan(2000);
  await expectAccessible(page, testInfo, 'quote-sent');

  // Emailed with its PDF to the deal's decision maker, offered as the recipient (a sent quote may go again).
  await page.getByRole('button', { name: 'Send by email' }).click();
  const emailing = page.getByRole('dialog', { name: `Email quote ${number}` });
  await expect(emailing.getByLabel('To', { exact: true })).toHaveValue(contactEmail);
  await expect(emailing.getByLabel('Subject')).toHaveValue(new RegExp(`^(Devis|Quote) ${number} – Acme ${run} SAS$`));
  await expect(emailing.getByLabel('Message')).toHaveValue(new RegExp(`${number} \\(${dealName}\\)`));
  await expectAccessible(page, testInfo, 'quote-email');
  await emailing.getByRole('button', { name: 'Send the email' }).click();
  await expect(page.getByText(`Quote ${number} emailed to ${contactEmail}.`)).toBeVisible();
  await expect(detail(page, 'Last emailed')).toContainText(contactEmail);
  const mail = await receivedMail(`${number}.pdf`);
  expect(mail).toMatch(new RegExp(`^To: ${contactEmail}\\r$`, 'm'));
  expect(mail).toContain('Content-Type: application/pdf');

  // Accepted: the order is placed and the deal won, with its subscription and its onboarding.
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  const accept = page.getByRole('dialog', { name: `Accept quote ${number}?` });
  await accept.getByRole('button', { name: 'Accept the quote' }).click();
  await expect(page.getByText(`Quote ${number} accepted: order placed, deal won.`)).toBeVisible();
  await page.getByRole('link', { name: 'See the order on the deal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: dealName })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Won' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Quotes', exact: true }).getByRole('row').nth(1)).toHaveText(new RegExp(`^${number}Accepted€72\\.67`));
  await expect(page.getByRole('region', { name: 'Orders', exact: true }).getByRole('row').nth(1)).toHaveText(new RegExp(`^CMD-\\d{4}-\\d{5}€61\\.47€72\\.67.+${number}$`));
  const subscription = page.getByRole('region', { name: 'Subscriptions', exact: true }).getByRole('row').nth(1);
  await expect(subscription).toContainText('€53.97');
  await expect(subscription).toContainText('€647.64');
  await expect(subscription).toContainText('Active');

  const onboarding = page.getByRole('region', { name: 'Onboarding', exact: true });
  await expect(onboarding).toContainText(`Checklist “${template}”`);
  await expect(onboarding.getByRole('checkbox')).toHaveCount(2);
  await expect(onboarding.getByRole('listitem').first()).toContainText('for you');
  // The box shows the server's answer: it turns checked once the tick is saved, which the assertions below wait for.
  await onboarding.getByRole('checkbox', { name: 'Kick-off call' }).click();
  await expect(onboarding.getByText('1 of 2 done').first()).toBeVisible();
  await expect(onboarding.getByRole('checkbox', { name: 'Kick-off call' })).toBeChecked();
  await expectAccessible(page, testInfo, 'deal-won-with-quote');

  // Ticked for good: read again from the server.
  await page.reload();
  await expect(page.getByRole('region', { name: 'Onboarding', exact: true }).getByRole('checkbox', { name: 'Kick-off call' })).toBeChecked();

  // The deal's timeline tells the story, newest first, each quote entry leading to the quote.
  const timeline = page.getByRole('region', { name: 'Timeline', exact: true });
  await expect(timeline.getByRole('listitem').first()).toContainText('Onboarding task done: Kick-off call');
  for (const line of [`Quote ${number} accepted`, `Quote ${number} emailed`, `Quote ${number} sent`, 'Onboarding started', 'Won (']) {
    await expect(timeline.getByText(line)).toBeVisible();
  }
  await expect(timeline.getByRole('listitem').last()).toContainText('Deal created in');
  await expect(timeline.getByText(/^Order CMD-\d{4}-\d{5} placed$/)).toBeVisible();
  await timeline.getByRole('link', { name: `Quote ${number} accepted` }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(number) })).toBeVisible();
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the catalogue, a quote being written and the sales setup fit the width', async ({ page, baseURL }, testInfo) => {
    const run = Date.now().toString(36).slice(-5);
    const { dealId } = await dealInNewPipeline(baseURL!, run);
    const api = await apiAs(baseURL!, admin.email, admin.password);
    const quote = await api.post(`/api/v1/deals/${dealId}/quotes`, {
      data: { lines: [{ description: 'Consulting day', quantity: 2, unitPrice: 850, vatRate: 20 }, { description: 'Travel', quantity: 1, unitPrice: 120, discountPercent: 5, vatRate: 10 }] },
    });
    expect(quote.status(), await quote.text()).toBe(201);
    const { id } = (await quote.json()) as { id: string };
    await api.dispose();

    await signIn(page, admin.email, admin.password);
    for (const path of [`/quotes/${id}`, '/products', '/admin/sales-settings', '/admin/onboarding']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toHaveCount(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} is wider than the phone`).toBeLessThanOrEqual(0);
      await expectAccessible(page, testInfo, `phone${path.startsWith('/quotes') ? '-quote' : path.replaceAll('/', '-')}`);
    }
  });
});
