import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDates, useLocale } from '../../i18n/useLocale';
import { formatValue } from '../customFields/values';
import type { Column } from '../contacts/listColumns';
import { ListTable, type ListTableProps } from '../contacts/ListTable';
import type { Company } from './companyDraft';

type CompaniesTableProps = Omit<ListTableProps<Company>, 'rows' | 'cell' | 'texts' | 'selection'> & {
  companies: readonly Company[];
  selection?: Omit<NonNullable<ListTableProps<Company>['selection']>, 'nameOf'>;
};

/** The companies as a virtualised table (see {@link ListTable}), each column's cell as a person reads it. */
export function CompaniesTable({ companies, selection, ...table }: CompaniesTableProps) {
  const { t } = useTranslation(['companies', 'common']);
  const dates = useDates();
  const locale = useLocale();
  const words = { yes: t('common:yes'), no: t('common:no') };

  const cell = (column: Column, c: Company) => {
    if (column.custom) return formatValue(column.custom, c.customFields[column.custom.key], locale, words) ?? '—';
    switch (column.id) {
      case 'name': return <Link to={`/companies/${c.id}`}>{c.name}</Link>;
      case 'domain': return c.domains[0] ?? '—';
      case 'industry': return c.industry || '—';
      case 'size': return c.size ? t(`sizes.${c.size}`) : '—';
      case 'siren': return c.siren ?? '—';
      case 'vatNumber': return c.vatNumber ?? '—';
      case 'phone': return c.phone?.international ?? '—';
      case 'website': return c.website ?? '—';
      case 'tags': return c.tags.length > 0 ? c.tags.join(', ') : '—';
      case 'city': return c.address.city || '—';
      case 'postalCode': return c.address.postalCode || '—';
      case 'country': return c.address.countryCode || '—';
      case 'created': return dates.date(c.createdAtUtc);
      case 'updated': return c.updatedAtUtc ? dates.date(c.updatedAtUtc) : '—';
      default: return '—';
    }
  };

  return <ListTable rows={companies} cell={cell} texts="companies" {...table} selection={selection && { ...selection, nameOf: (c: Company) => c.name }} />;
}
