import { expect, test, type Page } from '@playwright/test';
import { admin, adminSpeaks, apiAs, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

interface Created {
  id: string;
  version: number;
  phones: { international: string }[];
}

/** Two contacts of this run with the same email address written in another case, each with its own phone number and tag. */
async function twoDuplicates(baseURL: string, unique: number) {
  const api = await apiAs(baseURL, admin.email, admin.password);
  // French mobile numbers of this run: 06 12 then any 6 digits, 078 then any 7 (not every 06 block is allotted: 069 3… is not).
  const digits = String(unique).slice(-8);
  const email = `alice.${unique}@merge.example`;
  const create = async (data: object) => {
    const response = await api.post('/api/v1/contacts', { data: { ...data, ignoreDuplicates: true } });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as Created;
  };
  const kept = await create({ firstName: 'Alice', lastName: `Martin${unique}`, emails: [{ address: email }], phones: [{ number: `0612${digits.slice(2)}` }], tags: ['vip'] });
  const other = await create({ firstName: 'Alicia', lastName: `Bernard${unique}`, emails: [{ address: email.toUpperCase() }], phones: [{ number: `078${digits.slice(1)}` }], tags: ['golf'] });
  return { api, email, kept, other };
}

/** The duplicates page lists the groups a page at a time: "Load more" until the group shows. */
async function findGroup(page: Page, name: string) {
  const group = page.getByRole('region', { name });
  // The exact groups' own "Load more": the whole-base scan's groups have another.
  const exact = page.getByRole('region', { name: 'Same email, phone or name' });
  const more = exact.getByRole('button', { name: 'Load more' });
  await expect(group.or(more).first()).toBeVisible();
  while (!(await group.isVisible())) {
    await more.click();
    await expect(exact.getByRole('button', { name: 'Load more', disabled: true })).toHaveCount(0);
  }
  return group;
}

test('duplicates by email are reviewed side by side, merged with a chosen first name, and the merge undone', async ({ page, baseURL }, testInfo) => {
  const unique = Date.now();
  const { api, email, kept, other } = await twoDuplicates(baseURL!, unique);
  await api.dispose();
  const keptName = `Alice Martin${unique}`;
  const otherName = `Alicia Bernard${unique}`;

  await signIn(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  await page.getByRole('link', { name: 'Duplicates', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Duplicates' })).toBeVisible();

  const group = await findGroup(page, `Same email: ${email}`);
  await expect(group).toContainText('Likelihood: 100%');
  await expect(group.getByRole('link', { name: keptName })).toHaveAttribute('href', `/contacts/${kept.id}`);
  await expect(group.getByRole('link', { name: otherName })).toHaveAttribute('href', `/contacts/${other.id}`);
  await expect(group.getByRole('row').filter({ hasText: otherName })).toContainText(other.phones[0]!.international);
  await expectAccessible(page, testInfo, 'duplicates');

  // The oldest contact is kept; each single detail is preselected as the API would choose it.
  await group.getByRole('link', { name: 'Review and merge' }).click();
  await expect(page).toHaveURL(`/contacts/merge?ids=${kept.id},${other.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Merge contacts' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Contact to keep' }).getByRole('radio', { name: new RegExp(`^${keptName}`) })).toBeChecked();
  await expect(page.getByRole('radio', { name: `Keep first name “Alice” from ${keptName}` })).toBeChecked();
  await expect(page.getByRole('radio', { name: `Keep last name “Martin${unique}” from ${keptName}` })).toBeChecked();
  await expect(page.getByRole('radio', { name: `Leave the job title empty, as ${keptName} has it` })).toBeChecked();
  const combined = page.getByRole('region', { name: 'Kept from all of them' });
  await expect(combined.getByRole('listitem').filter({ hasText: /@merge\.example$/i })).toHaveCount(1);
  await expect(combined).toContainText(kept.phones[0]!.international);
  await expect(combined).toContainText(other.phones[0]!.international);
  await expect(combined).toContainText('vip');
  await expect(combined).toContainText('golf');

  await page.getByRole('radio', { name: `Keep first name “Alicia” from ${otherName}` }).check();
  await expect(page.getByRole('radio', { name: `Keep first name “Alice” from ${keptName}` })).not.toBeChecked();
  await expectAccessible(page, testInfo, 'merge');

  await page.getByRole('button', { name: 'Merge 2 contacts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge 2 contacts?' });
  await expect(dialog).toContainText(`${otherName} will be merged into ${keptName}`);
  await expect(dialog).toContainText('for 30 days');
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();

  // The kept contact, with the chosen first name and everything both had.
  await expect(page).toHaveURL(`/contacts/${kept.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Alicia Martin${unique}` })).toBeVisible();
  await expect(page.getByRole('link', { name: kept.phones[0]!.international })).toBeVisible();
  await expect(page.getByRole('link', { name: other.phones[0]!.international })).toBeVisible();
  // The same address in another case is kept once.
  await expect(page.getByRole('link', { name: email, exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: email.toUpperCase(), exact: true })).toHaveCount(0);
  await expect(page.getByText('vip', { exact: true })).toBeVisible();
  await expect(page.getByText('golf', { exact: true })).toBeVisible();
  const notice = page.getByText(/^1 contact was merged into this one on /);
  await expect(notice).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo the merge' })).toBeVisible();
  await expectAccessible(page, testInfo, 'merged-contact');

  // The merged contact is gone from every read.
  await page.goto(`/contacts/${other.id}`);
  await expect(page.getByRole('alert')).toHaveText('This record does not exist or is not visible to you.');

  await page.goto(`/contacts/${kept.id}`);
  await page.getByRole('button', { name: 'Undo the merge' }).click();
  const undo = page.getByRole('dialog', { name: 'Undo this merge?' });
  await expect(undo).toContainText('The merged contact comes back as it was');
  await undo.getByRole('button', { name: 'Undo the merge' }).click();
  await expect(page.getByText('The merge was undone. This contact is back:')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: keptName })).toBeVisible();
  await expect(page.getByRole('link', { name: other.phones[0]!.international })).toHaveCount(0);
  await expectAccessible(page, testInfo, 'merge-undone');

  await page.getByRole('link', { name: otherName }).click();
  await expect(page).toHaveURL(`/contacts/${other.id}`);
  await expect(page.getByRole('heading', { level: 1, name: otherName })).toBeVisible();
  await expect(page.getByRole('link', { name: other.phones[0]!.international })).toBeVisible();
});

test('“Merge with…” finds the other contact; another kept contact can be chosen; a change meanwhile is told before merging again', async ({ page, baseURL }, testInfo) => {
  const unique = Date.now();
  const { api, kept, other } = await twoDuplicates(baseURL!, unique);
  const otherName = `Alicia Bernard${unique}`;

  await signIn(page, admin.email, admin.password);
  await page.goto(`/contacts/${kept.id}`);
  await page.getByRole('button', { name: 'Merge with…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge with another contact' });
  await expect(dialog.getByLabel('Find the other contact')).toBeFocused();
  await dialog.getByLabel('Find the other contact').fill(`Bernard${unique}`);
  const found = dialog.getByRole('button', { name: new RegExp(otherName) });
  await expect(found).toBeVisible();
  await expectAccessible(page, testInfo, 'merge-with');
  await found.click();
  await expect(page).toHaveURL(`/contacts/merge?ids=${kept.id},${other.id}`);

  // The other one kept instead: it comes first, and the defaults follow it.
  const keepOther = page.getByRole('group', { name: 'Contact to keep' }).getByRole('radio', { name: new RegExp(`^${otherName}`) });
  await keepOther.click();
  await expect(keepOther).toBeChecked();
  await expect(page).toHaveURL(`/contacts/merge?ids=${other.id},${kept.id}`);
  await expect(page.getByRole('columnheader').nth(1)).toContainText(otherName);
  await expect(page.getByRole('radio', { name: `Keep first name “Alicia” from ${otherName}` })).toBeChecked();

  // Someone changes the contact to keep meanwhile: the merge is refused, explained, and the page shows the change.
  const changed = await api.put(`/api/v1/contacts/${other.id}`, {
    data: { firstName: 'Alicia', lastName: `Bernard${unique}`, jobTitle: 'Buyer', emails: [{ address: `alice.${unique}@merge.example`.toUpperCase() }], phones: [{ number: other.phones[0]!.international }], tags: ['golf'], ignoreDuplicates: true },
    headers: { 'If-Match': `"${other.version}"` },
  });
  expect(changed.status(), await changed.text()).toBe(200);
  await api.dispose();

  await page.getByRole('button', { name: 'Merge 2 contacts' }).click();
  await page.getByRole('dialog', { name: 'Merge 2 contacts?' }).getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(`${otherName} was changed by someone else while you were choosing.`);
  await expect(page.getByRole('radio', { name: `Keep job title “Buyer” from ${otherName}` })).toBeChecked();

  await page.getByRole('button', { name: 'Merge 2 contacts' }).click();
  await page.getByRole('dialog', { name: 'Merge 2 contacts?' }).getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page).toHaveURL(`/contacts/${other.id}`);
  await expect(page.getByRole('heading', { level: 1, name: otherName })).toBeVisible();
  await expect(page.getByText('Buyer')).toBeVisible();
  await expect(page.getByText(/^1 contact was merged into this one on /)).toBeVisible();
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the duplicates and the merge screen fit the width, one block per detail', async ({ page, baseURL }, testInfo) => {
    const unique = Date.now();
    const { api, kept, other } = await twoDuplicates(baseURL!, unique);
    await api.dispose();

    await signIn(page, admin.email, admin.password);
    for (const path of ['/contacts/duplicates', `/contacts/merge?ids=${kept.id},${other.id}`]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('link', { name: `Alicia Bernard${unique}` }).first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} is wider than the phone`).toBeLessThanOrEqual(0);
      await expectAccessible(page, testInfo, `phone${path.split('?')[0]!.replaceAll('/', '-')}`);
    }
    // Each choice says whose value it is, the table's header being out of sight.
    await expect(page.getByText(`Alice Martin${unique} (kept):`).first()).toBeVisible();
    await page.getByRole('radio', { name: `Keep first name “Alicia” from Alicia Bernard${unique}` }).check();
    await expect(page.getByRole('radio', { name: `Keep first name “Alicia” from Alicia Bernard${unique}` })).toBeChecked();
  });
});
