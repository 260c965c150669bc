import { useTranslation } from 'react-i18next';
import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useSignedInUser } from '../../api/session';
import { addressLines } from '../../ui/address';
import { useLocale } from '../../i18n/useLocale';
import {
  combinedCompany, companyChoicesOf, companyMergeFields, companyMergeHref, companyMergeProblems, companyMergeRequest, customFieldKeys,
  hasCompanyValue, type Company, type CompanyChoices, type CompanyMergeField, type PickedCompanyChoices,
} from './companyMergeDraft';
import type { CombinedList, MergeKind, MergeRow } from './mergeKind';

type Row = { custom: false; key: CompanyMergeField } | { custom: true; key: string };

/** A company's value of a row as the merge screen shows it, or null when it has none. */
function useValueOf(companies: readonly Company[]) {
  const { t } = useTranslation('companyMerges');
  const me = useSignedInUser();
  const locale = useLocale();
  const ids = new Set(companies.map((c) => c.id));
  const names = new Map(companies.map((c) => [c.id, c.name]));
  return (c: Company, row: Row): string | null => {
    if (row.custom) {
      const value = c.customFields?.[row.key];
      return value === undefined || value === null ? null : Array.isArray(value) ? value.join(', ') : String(value);
    }
    if (!hasCompanyValue(c, row.key, ids) && row.key !== 'parentCompany') return null;
    switch (row.key) {
      case 'name': return c.name;
      case 'industry': return c.industry ?? null;
      case 'size': return c.size ? t(`companies:sizes.${c.size}`) : null;
      case 'siren': return [c.siren, c.siret].filter(Boolean).join(' · ');
      case 'vatNumber': return c.vatNumber ?? null;
      case 'address': return addressLines(c.address, locale).join(', ');
      case 'phone': return c.phone?.international ?? null;
      case 'website': return c.website ?? null;
      case 'owner': return c.ownerId === me.id ? t('owners.you') : t('owners.another');
      case 'parentCompany':
        return !c.parentCompanyId ? null : names.get(c.parentCompanyId) ? t('parentMerged', { name: names.get(c.parentCompanyId) }) : t('parentOther');
    }
  };
}

/** One row per detail a company holds one value of, then one per custom field any of them has. */
function useCompanyRows(companies: readonly Company[], choices: CompanyChoices): MergeRow<Company, PickedCompanyChoices>[] {
  const { t } = useTranslation('companyMerges');
  const valueOf = useValueOf(companies);
  const rows: Row[] = [
    ...companyMergeFields.map((key) => ({ custom: false as const, key })),
    ...customFieldKeys(companies).map((key) => ({ custom: true as const, key })),
  ];
  return rows.map((row) => {
    const label = row.custom ? row.key : t(`fields.${row.key}`);
    return {
      key: `${row.custom ? 'cf' : 'f'}-${row.key}`,
      label,
      chosen: row.custom ? choices.customFields[row.key] ?? null : choices.fields[row.key],
      valueOf: (c) => valueOf(c, row),
      choiceLabel: (value, name) => value === null ? t('keepEmpty', { field: label, name }) : t('keep', { field: label, value, name }),
      pick: (picked, id) => row.custom
        ? { ...picked, customFields: { ...picked?.customFields, [row.key]: id } }
        : { ...picked, fields: { ...picked?.fields, [row.key]: id } },
    };
  });
}

/** Every domain and tag of them all, each once. */
function useCompanyCombined(companies: readonly Company[]): CombinedList[] {
  const { t } = useTranslation('companyMerges');
  const combined = combinedCompany(companies);
  return [
    { label: t('combined.domains'), items: combined.domains.map((d) => ({ key: d, content: d })) },
    { label: t('combined.tags'), items: combined.tags.map((tag) => ({ key: tag, content: tag })), tags: true },
  ];
}

/** After a company's name in the choice of the one kept: its first domain. */
function CompanyKeptDetails({ record: c }: { record: Company }) {
  return c.domains[0] && <span className="muted"> · {c.domains[0]}</span>;
}

/** Companies, on the shared merge screen, undo notice and "Merge with…". */
export const companyMerging: MergeKind<Company, PickedCompanyChoices, CompanyChoices> = {
  namespace: 'companyMerges',
  path: 'companies',
  backKey: 'back',
  href: companyMergeHref,
  read: (id) => unwrap(api.GET('/api/v1/companies/{id}', { params: { path: { id } } })),
  nameOf: (c) => c.name,
  screenNames: (companies) => new Map(companies.map((c) => [c.id, c.name])),
  // The companies list's own search (name, domain, SIREN, city): the global search would also list contacts, which
  // could crowd the companies out of its first results.
  find: async (q) => {
    const found = await unwrap(api.GET('/api/v1/companies', { params: { query: { q, limit: 10 } } }));
    return found.items.map((c) => ({ id: c.id, title: c.name, subtitle: c.domains[0] ?? c.address.city }));
  },
  mergesOf: (id) => unwrap(api.GET('/api/v1/companies/{id}/merges', { params: { path: { id } } })),
  merge: async (companies, choices) => {
    const result = await unwrap(api.POST('/api/v1/companies/merges', { headers: ifMatch(companies[0]!.version), body: companyMergeRequest(companies, choices) }));
    return result.company;
  },
  undo: (id) => unwrap(api.POST('/api/v1/companies/merges/{id}/undo', { params: { path: { id } } })),
  // The contacts of the merged companies go back to them.
  undoTouches: ['companies', 'contacts'],
  choicesOf: companyChoicesOf,
  problems: companyMergeProblems,
  useRows: useCompanyRows,
  useCombined: useCompanyCombined,
  KeptDetails: CompanyKeptDetails,
};
