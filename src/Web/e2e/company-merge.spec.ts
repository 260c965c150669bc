import { expect, test } from '@playwright/test';
import { admin, adminSpeaks, apiAs, expectAccessible, signIn } from './support';

test.beforeAll(async ({ baseURL }) => adminSpeaks(baseURL!, 'en'));

interface Created {
  id: string;
  name: string;
}

test('companies ticked in the list are merged field by field, their contacts follow, and the merge is undone', async ({ page, baseURL }, testInfo) => {
  const unique = Date.now();
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const create = async (data: object) => {
    const response = await api.post('/api/v1/companies', { data });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as Created;
  };
  const kept = await create({ name: `Alpha${unique}`, industry: 'Dairy', domains: [`alpha${unique}.example`], tags: ['client'] });
  const other = await create({ name: `Beta${unique}`, industry: 'Water', domains: [`beta${unique}.example`], tags: ['fair'] });
  const contact = await api.post('/api/v1/contacts', { data: { lastName: `Riboud${unique}`, companies: [{ companyId: other.id, role: 'Buyer' }], ignoreDuplicates: true } });
  expect(contact.status(), await contact.text()).toBe(201);
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Companies' }).click();
  await page.getByLabel('Search by name, domain, SIREN or city').fill(String(unique));
  // The search narrows the list (and clears a selection) once typing pauses and it is in the address: tick only after.
  await expect(page).toHaveURL(new RegExp(`[?&]q=${unique}`));
  await expect(page.getByRole('table', { name: 'Companies' }).getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('link', { name: kept.name })).toBeVisible();
  await expect(page.getByRole('link', { name: other.name })).toBeVisible();
  await page.getByRole('checkbox', { name: `Select ${kept.name}` }).check();
  await expect(page.getByText('Select at least 2 companies to merge them.')).toBeVisible();
  await page.getByRole('checkbox', { name: `Select ${other.name}` }).check();
  await page.getByRole('link', { name: 'Merge', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Merge companies' })).toBeVisible();
  await page.getByRole('group', { name: 'Company to keep' }).getByRole('radio', { name: new RegExp(`^${kept.name}`) }).check();
  await expect(page).toHaveURL(`/companies/merge?ids=${kept.id},${other.id}`);
  await expect(page.getByRole('radio', { name: `Keep Industry “Dairy” from ${kept.name}` })).toBeChecked();
  await page.getByRole('radio', { name: `Keep Industry “Water” from ${other.name}` }).check();
  const combined = page.getByRole('region', { name: 'Kept from all of them' });
  await expect(combined).toContainText(`alpha${unique}.example`);
  await expect(combined).toContainText(`beta${unique}.example`);
  await expect(combined).toContainText('fair');
  await expectAccessible(page, testInfo, 'company-merge');

  await page.getByRole('button', { name: 'Merge 2 companies' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge 2 companies?' });
  await expect(dialog).toContainText(`${other.name} will be merged into ${kept.name}`);
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();

  await expect(page).toHaveURL(`/companies/${kept.id}`);
  await expect(page.getByRole('heading', { level: 1, name: kept.name })).toBeVisible();
  await expect(page.getByText('Water', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(`Riboud${unique}`) })).toBeVisible();
  await expect(page.getByText(/^1 company was merged into this one on /)).toBeVisible();
  await expectAccessible(page, testInfo, 'merged-company');

  await page.goto(`/companies/${other.id}`);
  await expect(page.getByRole('alert')).toHaveText('This record does not exist or is not visible to you.');

  await page.goto(`/companies/${kept.id}`);
  await page.getByRole('button', { name: 'Undo the merge' }).click();
  const undo = page.getByRole('dialog', { name: 'Undo this merge?' });
  await expect(undo).toContainText('The merged company comes back as it was');
  await undo.getByRole('button', { name: 'Undo the merge' }).click();
  await expect(page.getByText('The merge was undone. This company is back:')).toBeVisible();
  await expect(page.getByText('Dairy', { exact: true })).toBeVisible();

  await page.getByRole('link', { name: other.name }).click();
  await expect(page).toHaveURL(`/companies/${other.id}`);
  await expect(page.getByRole('heading', { level: 1, name: other.name })).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(`Riboud${unique}`) })).toBeVisible();
});

test('“Merge with…” on a company’s page finds the other company and compares both, this one kept', async ({ page, baseURL }, testInfo) => {
  const unique = Date.now();
  const api = await apiAs(baseURL!, admin.email, admin.password);
  const [kept, other] = await Promise.all(['Gamma', 'Delta'].map(async (name): Promise<Created> => {
    const response = await api.post('/api/v1/companies', { data: { name: `${name}${unique}`, domains: [`${name.toLowerCase()}${unique}.example`] } });
    expect(response.status(), await response.text()).toBe(201);
    return (await response.json()) as Created;
  })) as [Created, Created];
  await api.dispose();

  await signIn(page, admin.email, admin.password);
  await page.goto(`/companies/${kept.id}`);
  await expect(page.getByRole('heading', { level: 1, name: kept.name })).toBeVisible();
  await page.getByRole('button', { name: 'Merge with…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Merge with another company' });
  const search = dialog.getByLabel('Find the other company');
  await expect(search).toBeFocused();
  // Both companies hold the number: only the other one is offered.
  await search.fill(String(unique));
  const found = dialog.getByRole('list', { name: 'Companies found' }).getByRole('button');
  await expect(found).toHaveCount(1);
  await expect(found).toContainText(other.name);
  await expect(found).toContainText(`delta${unique}.example`);
  await expectAccessible(page, testInfo, 'company-merge-with');
  await found.click();

  await expect(page).toHaveURL(`/companies/merge?ids=${kept.id},${other.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Merge companies' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Company to keep' }).getByRole('radio', { name: new RegExp(`^${kept.name}`) })).toBeChecked();
  await expect(page.getByRole('button', { name: 'Merge 2 companies' })).toBeVisible();
});
