import type { ColumnSet, StandardColumn } from '../contacts/listColumns';
import type { FilterFieldSet, StandardFilterField } from '../contacts/listView';
import { companySizes } from './companyDraft';

/** The company's own fields the list filters on, with their kind, as the API takes them. */
export const companyFilterFields: readonly StandardFilterField[] = [
  { name: 'name', kind: 'text' },
  { name: 'domain', kind: 'text' },
  { name: 'industry', kind: 'text' },
  { name: 'size', kind: 'select', choices: { values: companySizes, labels: 'companies:sizes.' } },
  { name: 'tags', kind: 'tags' },
  { name: 'siren', kind: 'text' },
  { name: 'siret', kind: 'text' },
  { name: 'vatNumber', kind: 'text' },
  { name: 'phone', kind: 'text' },
  { name: 'website', kind: 'text' },
  { name: 'city', kind: 'text' },
  { name: 'postalCode', kind: 'text' },
  { name: 'countryCode', kind: 'text' },
  { name: 'parentCompanyId', kind: 'company' },
  { name: 'ownerId', kind: 'owner' },
  { name: 'createdAt', kind: 'date' },
  { name: 'updatedAt', kind: 'date' },
];

export const companyFilters: FilterFieldSet = { texts: 'companies', standard: companyFilterFields };

/** The company's own columns the list can show; `sort` is the API's sort field when the column sorts. */
export const companyStandardColumns: readonly StandardColumn[] = [
  { id: 'name', sort: 'name' },
  { id: 'domain', sort: 'domain' },
  { id: 'industry', sort: 'industry' },
  { id: 'size' },
  { id: 'siren', sort: 'siren' },
  { id: 'vatNumber', sort: 'vatNumber' },
  { id: 'phone' },
  { id: 'website' },
  { id: 'tags' },
  { id: 'city', sort: 'city' },
  { id: 'postalCode', sort: 'postalCode' },
  { id: 'country', sort: 'countryCode' },
  { id: 'created', sort: 'createdAt' },
  { id: 'updated', sort: 'updatedAt' },
];

export const companyColumns: ColumnSet = {
  list: 'companies',
  standard: companyStandardColumns,
  defaults: ['name', 'domain', 'industry', 'city', 'siren'],
};

/** The export of the company list. */
export const companyExportPath = '/api/v1/companies/export';
