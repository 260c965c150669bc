import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { components } from '../../api/schema';
import { useDates, useLocale } from '../../i18n/useLocale';
import { formatValue } from '../customFields/values';
import { contactName } from './contactName';
import type { Column } from './listColumns';
import type { Sort } from './listView';
import type { Selection } from './selection';

type Contact = components['schemas']['ContactResponse'];

interface ContactsTableProps {
  contacts: readonly Contact[];
  columns: readonly Column[];
  sort: Sort;
  onSort: (field: string) => void;
  /** The rows the list holds in all, when the API says so exactly. */
  total: number | null;
  hasMore: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  /** Rows ticked for an action (putting them in a segment); no boxes without it. */
  selection?: {
    selected: Selection;
    state: 'none' | 'some' | 'all';
    onToggle: (id: string) => void;
    onToggleAll: () => void;
  };
}

/** The header's box, mixed when some of the rows are ticked (a state only the DOM property sets). */
function AllBox({ state, label, onToggle }: { state: 'none' | 'some' | 'all'; label: string; onToggle: () => void }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = state === 'some';
  }, [state]);
  return <input ref={ref} type="checkbox" checked={state === 'all'} aria-checked={state === 'some' ? 'mixed' : state === 'all'} aria-label={label} onChange={onToggle} />;
}

const rowHeight = 45;
/** Rows rendered beyond the visible ones, so a quick scroll does not show blanks. */
const overscan = 12;
/** The next page is asked for when the last rendered row is this close to the end of what is loaded. */
const loadAhead = 20;

/**
 * The contacts as a table of which only the visible rows are in the page: the scroll area holds the whole height, two
 * hidden spacer rows stand for the rows above and below. It scrolls sideways on a narrow screen, its header stays on
 * top, and reaching the end of what is loaded asks for the next page.
 */
export function ContactsTable({ contacts, columns, sort, onSort, total, hasMore, loadingMore, onLoadMore, selection }: ContactsTableProps) {
  const { t } = useTranslation(['contacts', 'common']);
  const dates = useDates();
  const locale = useLocale();
  const words = { yes: t('common:yes'), no: t('common:no') };
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: contacts.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= contacts.length - loadAhead) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, contacts.length, onLoadMore]);

  const before = items[0]?.start ?? 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items.at(-1)!.end : 0;
  const span = columns.length + (selection ? 1 : 0);

  const cell = (column: Column, c: Contact) => {
    if (column.custom) return formatValue(column.custom, c.customFields[column.custom.key], locale, words) ?? '—';
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
    <div ref={scroller} className="table-wrap contacts-scroll">
      <table aria-label={t('list.table')} aria-rowcount={total !== null ? total + 1 : -1}>
        <thead>
          <tr aria-rowindex={1}>
            {selection && (
              <th scope="col" className="select-cell">
                <AllBox state={selection.state} label={t('selection.all')} onToggle={selection.onToggleAll} />
              </th>
            )}
            {columns.map((column) => {
              const label = column.custom ? column.custom.label : t(`columns.${column.id}`);
              const sorted = column.sort !== undefined && sort.field === column.sort;
              return (
                <th key={column.id} scope="col" aria-sort={sorted ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                  {column.sort ? (
                    <button type="button" className="sort-button" onClick={() => onSort(column.sort!)}>
                      {label}
                      <span aria-hidden="true" className="sort-mark">{sorted ? (sort.descending ? '▼' : '▲') : ''}</span>
                    </button>
                  ) : label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {before > 0 && <tr aria-hidden="true" className="spacer"><td colSpan={span} style={{ height: before }} /></tr>}
          {items.map((item) => {
            const c = contacts[item.index]!;
            return (
              <tr key={c.id} data-index={item.index} ref={virtualizer.measureElement} aria-rowindex={item.index + 2}>
                {selection && (
                  <td className="select-cell">
                    <input type="checkbox" checked={selection.selected.has(c.id)} aria-label={t('selection.row', { name: contactName(c) })}
                      onChange={() => selection.onToggle(c.id)} />
                  </td>
                )}
                {columns.map((column) => <td key={column.id}>{cell(column, c)}</td>)}
              </tr>
            );
          })}
          {after > 0 && <tr aria-hidden="true" className="spacer"><td colSpan={span} style={{ height: after }} /></tr>}
        </tbody>
      </table>
      {loadingMore && <p role="status" className="muted loading-more">{t('list.loadingMore')}</p>}
    </div>
  );
}
