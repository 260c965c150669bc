import { expect, test, type APIRequestContext, type Locator } from '@playwright/test';
import { admin, adminSpeaks, apiAs, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

interface Created { id: string }
interface GroupPage { items: { contacts: { id: string }[] }[]; nextCursor?: string | null }

/** Two contacts at one company whose last names differ by a typo, which only the whole-base scan finds. */
async function typoAtOneCompany(api: APIRequestContext, unique: number) {
  const post = async (url: string, data: object) => {
    const response = await api.post(url, { data });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as Created;
  };
  const company = await post('/api/v1/companies', { name: `Acme ${unique}` });
  const kept = await post('/api/v1/contacts', { firstName: 'Jean', lastName: `Dupont${unique}`, companies: [{ companyId: company.id }], ignoreDuplicates: true });
  const other = await post('/api/v1/contacts', { firstName: 'Jean', lastName: `Dupond${unique}`, companies: [{ companyId: company.id }], ignoreDuplicates: true });
  return { kept, other };
}

/** The scan's groups are listed a page at a time: "Load more" until the group shows. */
async function findGroup(scan: Locator, name: string) {
  const group = scan.getByRole('region', { name });
  const more = scan.getByRole('button', { name: 'Load more' });
  await expect(group.or(more).first()).toBeVisible();
  while (!(await group.isVisible())) {
    await more.click();
    await expect(scan.getByRole('button', { name: 'Load more', disabled: true })).toHaveCount(0);
  }
  return group;
}

/** Every group of the latest scan, read through the API page by page. */
async function groupedContactIds(api: APIRequestContext): Promise<string[]> {
  const latest = (await (await api.get('/api/v1/contacts/duplicate-scans/latest')).json()) as { id: string };
  const ids: string[] = [];
  let cursor: string | null | undefined;
  do {
    const response = await api.get(`/api/v1/contacts/duplicate-scans/${latest.id}/groups`, { params: { limit: 200, ...(cursor ? { cursor } : {}) } });
    expect(response.status()).toBe(200);
    const page = (await response.json()) as GroupPage;
    ids.push(...page.items.flatMap((g) => g.contacts.map((c) => c.id)));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

test('the whole-base scan finds a typo in a last name at one company, and its group is merged', async ({ page, baseURL }, testInfo) => {
  const unique = Date.now();
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const { kept, other } = await typoAtOneCompany(api, unique);
  const keptName = `Jean Dupont${unique}`;
  const otherName = `Jean Dupond${unique}`;

  await signIn(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
  await page.getByRole('link', { name: 'Duplicates', exact: true }).click();
  const scan = page.getByRole('region', { name: 'Scan the whole base' });
  await scan.getByRole('button', { name: 'Scan the whole base' }).click();
  await expect(scan.getByRole('status').filter({ hasText: 'Last scan on' })).toHaveText(/^Last scan on .*: \d+ groups? of likely duplicates\.$/, { timeout: 30_000 });
  await expect(scan.getByRole('button', { name: 'Scan the whole base' })).toBeEnabled();

  const group = await findGroup(scan, `${keptName}, ${otherName}`);
  await expect(group).toContainText('Likelihood: 94%');
  await expect(group).toContainText('Similar name · Same company');
  await expect(group.getByRole('row').filter({ hasText: otherName })).toContainText(`Acme ${unique}`);
  await expectAccessible(page, testInfo, 'duplicate-scan');

  // The merge screen opens with the group's contacts, the oldest kept.
  await group.getByRole('link', { name: 'Merge', exact: true }).click();
  await expect(page).toHaveURL(`/contacts/merge?ids=${kept.id},${other.id}`);
  await expect(page.getByRole('group', { name: 'Contact to keep' }).getByRole('radio', { name: new RegExp(`^${keptName}`) })).toBeChecked();
  await page.getByRole('button', { name: 'Merge 2 contacts' }).click();
  await page.getByRole('dialog', { name: 'Merge 2 contacts?' }).getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page).toHaveURL(`/contacts/${kept.id}`);

  // Merged, the group is left with one contact: it is no longer listed.
  expect(await groupedContactIds(api)).not.toContain(other.id);
  expect(await groupedContactIds(api)).not.toContain(kept.id);
  await api.dispose();
});
