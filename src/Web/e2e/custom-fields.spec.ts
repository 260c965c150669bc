import { expect, test, type Page } from '@playwright/test';
import { admin, adminSpeaks, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

/** The value shown beside a label in a record's details. */
const detail = (page: Page, label: string) => page.locator('dl.details dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');

test('an administrator adds a list and a number to contacts, a contact is filled in, changed, and the field renamed', async ({ page }, testInfo) => {
  // Labels of this run only, so the spec also passes against a database that kept an earlier run's fields.
  const run = Date.now().toString(36).slice(-5);
  const segment = `Segment ${run}`;
  const seats = `Seats ${run}`;
  const market = `Market ${run}`;

  await signIn(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Custom fields' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Custom fields' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Contacts' })).toHaveAttribute('aria-selected', 'true');

  // A list of choices: a blank option row is left out.
  await page.getByRole('button', { name: 'New field' }).click();
  const create = page.getByRole('dialog', { name: 'New contact field' });
  await create.getByLabel('Label', { exact: true }).fill(segment);
  await expect(create.getByText(`Left empty, it is segment_${run}.`)).toBeVisible();
  await create.getByLabel('Type').selectOption({ label: 'One choice in a list' });
  await create.getByRole('button', { name: 'Add the field' }).click();
  // Options are needed: told next to them before anything is sent.
  await expect(create.getByText('Give every option a label, and keep at least one option that is not retired.')).toBeVisible();
  await create.getByLabel('Option 1', { exact: true }).fill('Small business');
  await create.getByLabel('Option 2', { exact: true }).fill('Enterprise');
  await create.getByRole('button', { name: 'Add the field' }).click();
  await expect(page.getByText(`The field ${segment} was added.`)).toBeVisible();

  // A number, which cannot be unique twice over: the API's refusal of a taken key is shown in the form.
  await page.getByRole('button', { name: 'New field' }).click();
  await create.getByLabel('Label', { exact: true }).fill(seats);
  await create.getByLabel('Key (optional)').fill(`segment_${run}`);
  await create.getByLabel('Type').selectOption({ label: 'Number' });
  await expect(create.getByLabel('Unique')).toBeVisible();
  await expectAccessible(page, testInfo, 'admin-fields-new');
  await create.getByRole('button', { name: 'Add the field' }).click();
  await expect(create.getByRole('alert')).toContainText('Another field of this kind of record already has this key');
  await expect(create.getByLabel('Key (optional)')).toHaveAttribute('aria-invalid', 'true');
  await create.getByLabel('Key (optional)').fill('');
  await create.getByRole('button', { name: 'Add the field' }).click();
  await expect(page.getByText(`The field ${seats} was added.`)).toBeVisible();

  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: segment })).toContainText('One choice in a list');
  await expect(rows.filter({ hasText: segment })).toContainText('2 options');
  await expect(rows.filter({ hasText: seats })).toContainText('Number');
  await expectAccessible(page, testInfo, 'admin-fields');

  // A contact is created with both fields; a number that is not one is told next to its input.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  await page.getByRole('link', { name: 'New contact' }).click();
  await page.getByLabel('First name').fill('Hedy');
  await page.getByLabel('Last name').fill(`Lamarr ${run}`);
  await page.getByLabel(segment).selectOption({ label: 'Enterprise' });
  await page.getByLabel(seats).fill('many');
  await page.getByRole('button', { name: 'Create the contact' }).click();
  await expect(page.getByLabel(seats)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter a number, such as 1234.5.')).toBeVisible();
  await expect(page.getByLabel('First name')).toHaveValue('Hedy');
  await expectAccessible(page, testInfo, 'contact-new-custom-fields');
  await page.getByLabel(seats).fill('1 250');
  await page.getByRole('button', { name: 'Create the contact' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Hedy Lamarr ${run}` })).toBeVisible();
  await expect(detail(page, segment)).toHaveText('Enterprise');
  await expect(detail(page, seats)).toHaveText('1,250');
  await expectAccessible(page, testInfo, 'contact-view-custom-fields');
  const contactUrl = page.url();

  // One value changed: the form starts from the stored ones.
  await page.getByRole('button', { name: 'Edit the contact' }).click();
  await expect(page.getByLabel(seats)).toHaveValue('1250');
  await expect(page.getByLabel(segment)).toHaveValue('enterprise');
  await page.getByLabel(segment).selectOption({ label: 'Small business' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Contact saved.')).toBeVisible();
  await expect(detail(page, segment)).toHaveText('Small business');
  await expect(detail(page, seats)).toHaveText('1,250');

  // The field and one of its options are renamed; the number moves up; the stored values stay.
  await page.goto('/admin/fields');
  await page.getByRole('button', { name: `Edit ${segment}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit ${segment}` });
  await expect(edit.getByText(`Key segment_${run} · One choice in a list.`, { exact: false })).toBeVisible();
  await edit.getByLabel('Label', { exact: true }).fill(market);
  await edit.getByLabel('Option 1', { exact: true }).fill('Small companies');
  await expectAccessible(page, testInfo, 'admin-fields-edit');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`The field ${market} was saved.`)).toBeVisible();
  await expect(rows.filter({ hasText: market })).toBeVisible();
  await page.getByRole('button', { name: `Move ${seats} up` }).click();
  await expect(page.getByText(`${seats} moved.`)).toBeVisible();
  const order = page.locator('tbody th');
  await expect(order.filter({ hasText: seats }).or(order.filter({ hasText: market }))).toHaveText([new RegExp(seats), new RegExp(market)]);

  await page.goto(contactUrl);
  await expect(detail(page, market)).toHaveText('Small companies');
  await expect(page.locator('dl.details dt', { hasText: segment })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Timeline' }).getByText(new RegExp(`Changed: .*${market}`))).toBeVisible();

  // A retired field leaves the page; its value comes back when it is restored.
  await page.goto('/admin/fields');
  await page.getByRole('button', { name: `Retire ${seats}` }).click();
  await page.getByRole('dialog', { name: `Retire ${seats}?` }).getByRole('button', { name: 'Retire the field' }).click();
  await expect(page.getByText(`${seats} was retired.`)).toBeVisible();
  await expect(rows.filter({ hasText: seats })).toContainText('Retired');
  await page.goto(contactUrl);
  await expect(detail(page, market)).toHaveText('Small companies');
  await expect(page.locator('dl.details dt', { hasText: seats })).toHaveCount(0);
  await page.goto('/admin/fields');
  await page.getByRole('button', { name: `Restore ${seats}` }).click();
  await expect(page.getByText(`${seats} is back in the forms.`)).toBeVisible();
  await page.goto(contactUrl);
  await expect(detail(page, seats)).toHaveText('1,250');
});
