import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { useDates, useLocale } from '../../i18n/useLocale';
import { formatValue } from '../customFields/values';
import { contactName } from './contactName';
import type { Column } from './listColumns';
import { ListTable, type ListTableProps } from './ListTable';

type Contact = components['schemas']['ContactResponse'];

type ContactsTableProps = Omit<ListTableProps<Contact>, 'rows' | 'cell' | 'texts' | 'selection'> & {
  contacts: readonly Contact[];
  selection?: Omit<NonNullable<ListTableProps<Contact>['selection']>, 'nameOf'>;
};

/** The contacts as a virtualised table (see {@link ListTable}), each column's cell as a person reads it. */
export function ContactsTable({ contacts, selection, ...table }: ContactsTableProps) {
  const { t } = useTranslation(['contacts', 'common']);
  const dates = useDates();
  const locale = useLocale();
  const yes = t('common:yes');
  const no = t('common:no');

  const cell = (column: Column, c: Contact) => {
    if (column.custom) return formatValue(column.custom, c.customFields[column.custom.key], locale, { yes, no }) ?? '—';
    switch (column.id) {
      case 'name': return <Link to={`/contacts/${c.id}`}>{contactName(c)}</Link>;
      case 'firstName': return c.firstName || '—';
      case 'lastName': return c.lastName || '—';
      case 'jobTitle': return c.jobTitle || '—';
      case 'email': return c.emails.find((e) => e.isPrimary)?.address ?? c.emails[0]?.address ?? '—';
      case 'phone': return c.phones.find((p) => p.isPrimary)?.international ?? c.phones[0]?.international ?? '—';
      case 'company': {
        const company = c.companies.find((l) => l.isPrimary) ?? c.companies[0];
        return company ? <Link to={`/companies/${company.companyId}`}>{company.companyName ?? '—'}</Link> : '—';
      }
      case 'stage': return t(`stages.${c.lifecycleStage}`);
      case 'tags': return c.tags.length > 0 ? c.tags.join(', ') : '—';
      case 'source': return c.source || '—';
      case 'city': return c.address.city || '—';
      case 'postalCode': return c.address.postalCode || '—';
      case 'country': return c.address.countryCode || '—';
      case 'created': return dates.date(c.createdAtUtc);
      case 'updated': return c.updatedAtUtc ? dates.date(c.updatedAtUtc) : '—';
      default: return '—';
    }
  };

  return (
    <ListTable rows={contacts} cell={cell} texts="contacts" {...table}
      selection={selection && { ...selection, nameOf: contactName }} />
  );
}
