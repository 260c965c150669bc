import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { admin, adminSpeaks, apiAs, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

test('a French Excel CSV is mapped, previewed, imported with its error report, found in the list, then reverted', async ({ page }, testInfo) => {
  // The e2e database is shared by every spec of the run: the names are this run's own.
  const unique = Date.now();
  const lastName = `Dupré${unique}`;
  const email = `helene${unique}@exemple.fr`;
  // As French Excel saves a sheet: Windows-1252 (é is one byte), semicolons, CRLF; the second row has a wrong email.
  // The comment column becomes a note on the contact.
  const csv = `Prénom;Nom;E-mail;Téléphone;Société;Commentaire\r\nHélène;${lastName};${email};06 12 34 56 78;Société ${unique};Cliente fidèle\r\nBad;Row;not-an-email;;;\r\n`;
  const file = { name: `contacts-${unique}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'latin1') };

  await signIn(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import contacts' })).toBeVisible();
  await expectAccessible(page, testInfo, 'import-file');

  // Without a file, the form says so.
  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choose a file first.');

  // A file the API cannot read is refused in the interface's words, and nothing is created.
  await page.getByLabel('File to import').setInputFiles({ name: 'old.xls', mimeType: 'application/vnd.ms-excel', buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]) });
  await page.getByRole('button', { name: 'Read the file' }).click();
  await expect(page.getByRole('alert')).toHaveText('Old Excel .xls files cannot be read: save the sheet as .xlsx or CSV, then import that file.');
  await expect(page).toHaveURL(/\/contacts\/import$/);

  await page.getByLabel('File to import').setInputFiles(file);
  await page.getByRole('button', { name: 'Read the file' }).click();

  // Step 2, at the import's own address: what was found, and the suggested mapping.
  await expect(page).toHaveURL(/\/contacts\/import\/[0-9a-f-]{36}$/);
  const found = page.getByRole('region', { name: 'What was found' });
  await expect(found).toContainText('CSV text');
  await expect(found).toContainText(/windows-1252/i);
  await expect(found).toContainText('semicolon (;)');
  const firstName = page.getByLabel('Field for column Prénom');
  await expect(firstName).toHaveValue('FirstName');
  await expect(firstName.locator('option:checked')).toHaveText('First name');
  await expect(page.getByLabel('Field for column Nom')).toHaveValue('LastName');
  await expect(page.getByLabel('Field for column E-mail')).toHaveValue('Email');
  await expect(page.getByLabel('Field for column Commentaire').locator('option:checked')).toHaveText('Note on the contact');
  await expect(page.getByRole('row', { name: /^Prénom/ })).toContainText('Hélène');
  await expect(page.getByRole('radio', { name: 'Skip the row: the contact stays as it is' })).toBeChecked();
  await expectAccessible(page, testInfo, 'import-mapping');

  // A reload resumes at the same step.
  await page.reload();
  await expect(page.getByLabel('Field for column Prénom')).toHaveValue('FirstName');

  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const preview = page.getByRole('region', { name: 'Preview of the first rows' });
  await expect(preview).toContainText('To create: 1 · To update: 0 · To skip: 0 · With errors: 1');
  await expect(preview.getByRole('row').filter({ hasText: `Hélène ${lastName}` })).toContainText('Create');
  const failing = preview.getByRole('row').filter({ hasText: 'Error' });
  await expect(failing).toHaveCount(1);
  await expect(failing).toContainText('E-mail: \'not-an-email\' is not a valid email address.');
  await expectAccessible(page, testInfo, 'import-preview');

  // Step 3: the page follows the worker until the import is done.
  await page.getByRole('button', { name: 'Start the import' }).click();
  const completed = page.getByRole('status').filter({ hasText: /^Completed/ });
  await expect(completed).toContainText('Created: 1', { timeout: 30_000 });
  await expect(completed).toContainText('Rows read: 2');
  await expect(completed).toContainText('Failed: 1');
  const report = page.getByRole('link', { name: 'Download the error report (1 row)' });
  await expect(report).toHaveAttribute('href', /^\/api\/v1\/contacts\/imports\/[0-9a-f-]{36}\/errors$/);
  const [download] = await Promise.all([page.waitForEvent('download'), report.click()]);
  expect(readFileSync((await download.path())!, 'utf8')).toContain('not-an-email');
  await expectAccessible(page, testInfo, 'import-completed');
  const importPage = page.url();

  // The people it brought may be known already: the duplicate finder starts from here and shows where it stands.
  await page.getByRole('button', { name: 'Look for duplicates' }).click();
  await expect(page).toHaveURL(/\/contacts\/duplicates$/);
  await expect(page.getByRole('region', { name: 'Scan the whole base' }).getByRole('status').filter({ hasText: /^Last scan on / }))
    .toHaveText(/ groups? of likely duplicates\.$/, { timeout: 30_000 });
  await page.goto(importPage);

  await page.getByRole('link', { name: 'See the contacts' }).click();
  await page.getByLabel('Search by name, email or phone').fill(lastName);
  await expect(page.getByRole('link', { name: `Hélène ${lastName}` })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: lastName })).toContainText(email);
  await page.getByRole('link', { name: `Hélène ${lastName}` }).click();
  await expect(page.getByText('Cliente fidèle')).toBeVisible();

  await page.goto(importPage);
  await page.getByRole('button', { name: 'Revert this import' }).click();
  const dialog = page.getByRole('dialog', { name: 'Revert this import?' });
  await expect(dialog).toContainText('The contact this import created is deleted, with its notes and links.');
  await dialog.getByRole('button', { name: 'Revert the import' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Reverted/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^This import was reverted on/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Revert this import' })).toHaveCount(0);
  await expectAccessible(page, testInfo, 'import-reverted');

  await page.getByRole('link', { name: 'See the contacts' }).click();
  await page.getByLabel('Search by name, email or phone').fill(lastName);
  await expect(page.getByText(`No contact matches “${lastName}”.`)).toBeVisible();

  // The import page lists the recent imports, this one with what became of it.
  await page.goto('/contacts/import');
  const listed = page.getByRole('row').filter({ has: page.getByRole('link', { name: file.name }) });
  await expect(listed).toContainText('Reverted');
  await listed.getByRole('link', { name: file.name }).click();
  await expect(page).toHaveURL(importPage);
});

/** The value shown beside a label in a record's details. */
const detail = (page: Page, label: string) => page.locator('dl.details dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');

test('columns named like contact custom fields are mapped to them, a unique one recognises contacts, and the values land on the imported contact', async ({ page, baseURL }, testInfo) => {
  // Fields and names of this run only: the e2e database is shared by the specs and may be kept from an earlier run.
  const run = Date.now().toString(36).slice(-5);
  const seats = `Seats ${run}`;
  const siret = `Siret ${run}`;
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const defined = await api.post('/api/v1/custom-fields', { data: { entity: 'Contact', label: seats, type: 'Number', isRequired: false, isUnique: false } });
  expect(defined.status(), await defined.text()).toBe(201);
  const { key } = (await defined.json()) as { key: string };
  // A unique field is filled only as the match key: its column makes it the suggested one.
  const unique = await api.post('/api/v1/custom-fields', { data: { entity: 'Contact', label: siret, type: 'Text', isRequired: false, isUnique: true } });
  expect(unique.status(), await unique.text()).toBe(201);
  const { key: siretKey } = (await unique.json()) as { key: string };
  await api.dispose();

  const lastName = `Sièges${run}`;
  const csv = `Prénom;Nom;E-mail;${seats};${siret}\r\nAnn;${lastName};ann${run}@exemple.fr;1250;S-${run}\r\n`;
  await signIn(page, admin.email, admin.password);
  await page.goto('/contacts/import');
  await page.getByLabel('File to import').setInputFiles({ name: `seats-${run}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await page.getByRole('button', { name: 'Read the file' }).click();

  // The suggested mapping puts the column in the custom field, shown by its label among the custom fields.
  const column = page.getByLabel(`Field for column ${seats}`);
  await expect(column).toHaveValue(`cf.${key}`);
  await expect(column.locator('option:checked')).toHaveText(seats);
  await expect(column.locator('optgroup[label="Custom fields"] option', { hasText: seats })).toHaveCount(1);
  await expect(page.getByLabel(`Field for column ${siret}`)).toHaveValue(`cf.${siretKey}`);
  await expect(page.getByLabel('Recognise an existing contact by its')).toHaveValue(`cf.${siretKey}`);
  await expect(page.getByLabel('Field for column Nom')).toHaveValue('LastName');
  await expectAccessible(page, testInfo, 'import-mapping-custom-fields');

  await page.getByRole('button', { name: 'Start the import' }).click();
  const completed = page.getByRole('status').filter({ hasText: /^Completed/ });
  await expect(completed).toContainText('Created: 1', { timeout: 30_000 });

  await page.getByRole('link', { name: 'See the contacts' }).click();
  await page.getByLabel('Search by name, email or phone').fill(lastName);
  // The search reaches the address after a pause: the link is followed once it has, so the search does not come back after it.
  await expect(page).toHaveURL(/[?&]q=/);
  await page.getByRole('link', { name: `Ann ${lastName}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Ann ${lastName}` })).toBeVisible();
  await expect(detail(page, seats)).toHaveText('1,250');
  await expect(detail(page, siret)).toHaveText(`S-${run}`);
});
