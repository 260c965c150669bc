import { describe, expect, it } from 'vitest';
import type { CustomField } from '../customFields/values';
import { availableColumns, loadColumns, saveColumns, shownColumns } from '../contacts/listColumns';
import { exportUrl, spreadsheetFormats } from '../contacts/exportUrl';
import { filterFields, findFilterField, offeredOperators } from '../contacts/listView';
import { companyColumns, companyExportPath, companyFilters } from './companyList';

function field(key: string, type: CustomField['type'], isRetired = false): CustomField {
  return {
    id: `id-${key}`, entity: 'Company', key, label: key, type, isRequired: false, isUnique: false, options: [], currency: null,
    position: 1, isRetired, version: 1,
  };
}

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe('the company list', () => {
  it('filters on the company’s own fields, then its active custom fields', () => {
    const names = filterFields([field('budget', 'Money'), field('old', 'Text', true)], companyFilters).map((f) => f.name);
    expect(names.slice(0, 3)).toEqual(['name', 'domain', 'industry']);
    expect(names).toContain('parentCompanyId');
    expect(names).toContain('cf.budget');
    expect(names).not.toContain('cf.old');
    expect(names).not.toContain('lifecycleStage');
  });

  it('offers the sizes as choices, and lets a company have none', () => {
    const size = findFilterField('size', [], companyFilters);
    expect(size?.choices).toEqual({ values: ['Micro', 'Small', 'Medium', 'Large', 'Enterprise'], labels: 'companies:sizes.' });
    expect(offeredOperators(size!.kind)).toContain('isEmpty');
    expect(offeredOperators(findFilterField('parentCompanyId', [], companyFilters)!.kind)).toEqual(['isEmpty', 'isNotEmpty']);
    expect(findFilterField('lifecycleStage', [], companyFilters)).toBeUndefined();
  });

  it('sorts its columns by the API’s company sort fields', () => {
    const sorts = Object.fromEntries(availableColumns([field('budget', 'Money'), field('partner', 'Bool')], companyColumns).map((c) => [c.id, c.sort]));
    expect(sorts).toMatchObject({ name: 'name', domain: 'domain', country: 'countryCode', created: 'createdAt', 'cf.budget': 'cf.budget' });
    expect(sorts.size).toBeUndefined();
    expect(sorts['cf.partner']).toBeUndefined();
    expect(shownColumns(['siren', 'email'], [], companyColumns).map((c) => c.id)).toEqual(['name', 'siren']);
  });

  it('remembers its columns apart from the contacts’', () => {
    const storage = memoryStorage();
    expect(loadColumns(storage, 'u1', companyColumns)).toEqual(['name', 'domain', 'industry', 'city', 'siren']);
    saveColumns(storage, 'u1', ['name', 'size'], companyColumns);
    expect(loadColumns(storage, 'u1', companyColumns)).toEqual(['name', 'size']);
    expect(loadColumns(storage, 'u1')).toEqual(['name', 'email', 'phone', 'stage', 'created']);
    expect(storage.getItem('crm.companies.columns.u1')).toBe('["name","size"]');
  });

  it('exports what it shows from the companies’ export, as CSV or Excel only', () => {
    expect(spreadsheetFormats.map((f) => f.format)).toEqual(['csv', 'xlsx']);
    const url = exportUrl('xlsx', { q: ' dan ', conditions: [{ field: 'size', operator: 'in', values: ['Large', 'Enterprise'] }] }, companyExportPath);
    expect(url).toBe('/api/v1/companies/export?format=xlsx&q=dan&filter=size%3Ain%3ALarge%2CEnterprise');
  });
});
