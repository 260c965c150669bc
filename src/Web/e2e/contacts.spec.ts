import { expect, test } from '@playwright/test';
import { admin, adminSpeaks, apiAs, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

test('a contact is created from the form with its numbers and address, opened, found in the list, and deleted', async ({ page }, testInfo) => {
  await signIn(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  await page.getByRole('link', { name: 'New contact' }).click();
  await expectAccessible(page, testInfo, 'contact-new');

  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Last name').fill('Lovelace');
  await page.getByLabel('Email 1', { exact: true }).fill('not-an-email');
  await page.getByLabel('Phone 1', { exact: true }).fill('12');
  await page.getByRole('button', { name: 'Create the contact' }).click();
  // The API's messages sit next to their fields, and nothing typed is lost.
  await expect(page.getByLabel('Email 1', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Phone 1', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('First name')).toHaveValue('Ada');

  const email = `ada.${Date.now()}@analytical.example`;
  await page.getByLabel('Email 1', { exact: true }).fill('ada@work.example');
  await page.getByRole('button', { name: 'Add an email address' }).click();
  await page.getByLabel('Email 2', { exact: true }).fill(email);
  await page.getByRole('radio', { name: 'Email 2 is the primary one' }).check();
  await page.getByLabel('Phone 1', { exact: true }).fill('06 12 34 56 78');
  await page.getByLabel('City').fill('Paris');
  await page.getByLabel('Country').selectOption('FR');
  await page.getByLabel('Lifecycle stage').selectOption('Customer');
  await page.getByLabel('Tags').fill('vip, early adopter');
  await page.getByRole('button', { name: 'Create the contact' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Ada Lovelace' })).toBeVisible();
  await expect(page.getByRole('link', { name: email })).toBeVisible();
  await expect(page.getByRole('link', { name: '+33 6 12 34 56 78' })).toHaveAttribute('href', 'tel:+33612345678');
  await expect(page.getByText('France')).toBeVisible();
  await expect(page.getByText('Customer')).toBeVisible();
  await expectAccessible(page, testInfo, 'contact-view');

  await page.getByRole('link', { name: 'All contacts' }).click();
  await page.getByLabel('Search by name, email or phone').fill(email);
  await expect(page.getByRole('row')).toHaveCount(2);
  await expect(page.getByRole('row').nth(1)).toContainText(email);
  await expect(page.getByRole('row').nth(1)).toContainText('+33 6 12 34 56 78');
  await expectAccessible(page, testInfo, 'contacts-list');

  await page.getByRole('link', { name: 'Ada Lovelace' }).click();
  await page.getByRole('button', { name: 'Delete the contact' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete Ada Lovelace?' })).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete the contact' }).click();
  await expect(page.getByText('Contact Ada Lovelace deleted.')).toBeVisible();
  await expect(page).toHaveURL(/\/contacts$/);
  await page.getByLabel('Search by name, email or phone').fill(email);
  await expect(page.getByText(`No contact matches “${email}”.`)).toBeVisible();
});

test('a change saved meanwhile by someone else is explained, and the typed values are kept until reload', async ({ page, baseURL }) => {
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const created = await (await api.post('/api/v1/contacts', { data: { firstName: 'Grace', lastName: 'Hopper' } })).json() as { id: string };

  await signIn(page, admin.email, admin.password);
  await page.goto(`/contacts/${created.id}`);
  await page.getByRole('button', { name: 'Edit the contact' }).click();
  await page.getByLabel('First name').fill('Rear Admiral Grace');

  const other = await api.put(`/api/v1/contacts/${created.id}`, {
    data: { firstName: 'Amazing Grace', lastName: 'Hopper' }, headers: { 'If-Match': '"1"' },
  });
  expect(other.status(), await other.text()).toBe(200);
  await api.dispose();

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Someone else changed this record' })).toBeVisible();
  await expect(page.getByLabel('First name')).toHaveValue('Rear Admiral Grace');

  await page.getByRole('button', { name: 'Reload the latest version' }).click();
  await expect(page.getByLabel('First name')).toHaveValue('Amazing Grace');
  await page.getByLabel('First name').fill('Grace Brewster');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grace Brewster Hopper' })).toBeVisible();
});

test('a possible duplicate is shown before saving, can be opened, or the contact created anyway', async ({ page, baseURL }, testInfo) => {
  const email = `grace.${Date.now()}@navy.example`;
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const existing = await (await api.post('/api/v1/contacts', { data: { firstName: 'Grace', lastName: 'Brewster', emails: [{ address: email }] } })).json() as { id: string };
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await page.goto('/contacts/new');
  await page.getByLabel('First name').fill('Grace');
  await page.getByLabel('Last name').fill('Murray');
  await page.getByLabel('Email 1', { exact: true }).fill(email.toUpperCase());
  await page.getByRole('button', { name: 'Create the contact' }).click();

  const notice = page.getByRole('alert').filter({ hasText: 'This person may already be here' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('link', { name: 'Grace Brewster' })).toHaveAttribute('href', `/contacts/${existing.id}`);
  await expect(notice).toContainText('same email address');
  await expectAccessible(page, testInfo, 'contact-duplicates');

  await notice.getByRole('button', { name: 'Create anyway' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grace Murray' })).toBeVisible();
});

test('notes in Markdown are written on a contact\'s timeline, shown safely, edited and deleted by their author', async ({ page, baseURL }, testInfo) => {
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const contact = await (await api.post('/api/v1/contacts', { data: { firstName: 'Mary', lastName: `Somerville ${Date.now()}` } })).json() as { id: string };
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await page.goto(`/contacts/${contact.id}`);
  const notes = page.getByRole('region', { name: 'Timeline' });
  await notes.getByLabel('New note').fill('**Call back** on Monday <script>window.hacked = true</script>');
  await notes.getByRole('button', { name: 'Add the note' }).click();
  await expect(notes.locator('.note-body strong')).toHaveText('Call back');
  await expect(notes.getByText('<script>window.hacked = true</script>')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { hacked?: boolean }).hacked)).toBeUndefined();
  await expectAccessible(page, testInfo, 'contact-notes');

  await notes.getByRole('button', { name: 'Edit the note' }).click();
  await notes.getByLabel('Edit the note').fill('Called: *interested*');
  await notes.getByRole('button', { name: 'Save' }).click();
  await expect(notes.locator('.note-body em')).toHaveText('interested');
  await expect(notes.getByText('edited')).toBeVisible();

  await notes.getByRole('button', { name: 'Delete the note' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete the note' }).click();
  await expect(notes.locator('.note-body')).toHaveCount(0);

  // What happened to the contact is on the same timeline.
  await notes.getByLabel('Show').selectOption('changes');
  await expect(notes.getByText('Created.')).toBeVisible();
});
