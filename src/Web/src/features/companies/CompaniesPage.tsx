import { useCallback, useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useLocale } from '../../i18n/useLocale';
import { asProblem, useProblemText } from '../../ui/problems';
import { useSearchBox } from '../../ui/useSearchBox';
import { useCustomFields } from '../customFields/queries';
import { BulkActionsButton } from '../contacts/BulkActions';
import { maxTickedContacts } from '../contacts/bulkActions';
import { ColumnChooser } from '../contacts/ColumnChooser';
import { ExportLinks } from '../contacts/ExportLinks';
import { spreadsheetFormats } from '../contacts/exportUrl';
import { FilterBar } from '../contacts/FilterBar';
import { availableColumns, loadColumns, saveColumns, shownColumns } from '../contacts/listColumns';
import { formatCount, listQuery, nextSort, paramsOfView, viewOfParams, type Condition } from '../contacts/listView';
import { emptySelection, keepListed, selectionState, toggleAllRows, toggleRow, type Selection } from '../contacts/selection';
import { ViewsBar } from '../contacts/ViewsBar';
import { companyMergeHref } from '../merges/companyMergeDraft';
import { maxMerged } from '../merges/mergeDraft';
import { CompaniesTable } from './CompaniesTable';
import { companyColumns, companyExportPath, companyFilters } from './companyList';
import '../contacts/contactsList.css';

const pageSize = 100;
const storage = typeof window === 'undefined' ? undefined : window.localStorage;

/**
 * The companies the user sees, as the contacts list shows contacts: filters on any field (custom ones included) kept
 * in the address, sortable headers, chosen columns, saved views, an infinite virtualised table, the count and the
 * export of what is shown, and bulk actions on the ticked rows or the whole list.
 */
export default function CompaniesPage() {
  const { t } = useTranslation('companies');
  const problemText = useProblemText('companies');
  usePageTitle(t('list.title'));
  const me = useSignedInUser();
  const locale = useLocale();
  const searchId = useId();
  const { typed, setTyped } = useSearchBox();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => viewOfParams(params), [params]);
  const customFields = useCustomFields('Company');
  const fields = useMemo(() => customFields.data ?? [], [customFields.data]);

  const [chosen, setChosen] = useState(() => loadColumns(storage, me.id, companyColumns));
  const chooseColumns = (columns: string[]) => {
    setChosen(columns);
    saveColumns(storage, me.id, columns, companyColumns);
  };
  const columns = shownColumns(chosen, fields, companyColumns);

  const setConditions = (conditions: Condition[]) => setParams((current) => paramsOfView({ ...viewOfParams(current), conditions }, current));
  const sortBy = (field: string) => setParams((current) => {
    const before = viewOfParams(current);
    return paramsOfView({ ...before, sort: nextSort(before.sort, field) }, current);
  });

  const query = listQuery(view);
  const list = useInfiniteQuery({
    queryKey: ['companies', 'list', query],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/companies', {
      params: { query: { limit: pageSize, ...(pageParam ? { cursor: pageParam } : {}), ...query } },
    })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const companies = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const first = list.data?.pages[0];
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const units = { thousand: t('list.units.thousand'), million: t('list.units.million') };
  const mayWrite = can(me, 'contacts.write');

  // The ticked rows belong to the list they were ticked in: another search or filter starts afresh.
  const listKey = JSON.stringify(query);
  const [ticked, setTicked] = useState<{ key: string; ids: Selection }>({ key: listKey, ids: emptySelection });
  const ids = useMemo(() => companies.map((c) => c.id), [companies]);
  const selected = ticked.key !== listKey ? emptySelection : list.isPending ? ticked.ids : keepListed(ticked.ids, ids);
  const select = (change: (current: Selection) => Selection) => setTicked({ key: listKey, ids: change(selected) });
  // A bulk action's dialog keeps its button in the page until closed, though its companies may have left the list.
  const [bulkOpen, setBulkOpen] = useState(false);

  return (
    <section className="stack">
      <div className="page-header">
        <h1>
          {t('list.title')}
          {first && typeof first.total === 'number' && (
            <span className="badge" style={{ marginLeft: 'var(--space-2)' }}>
              {t(first.totalIsEstimate ? 'list.countAbout' : 'list.count', {
                count: first.total, n: formatCount(first.total, first.totalIsEstimate, locale, units),
              })}
            </span>
          )}
        </h1>
        <div className="row">
          {can(me, 'contacts.export') && (
            <ExportLinks list={{ q: view.q, conditions: view.conditions }} path={companyExportPath} formats={spreadsheetFormats} />
          )}
          {mayWrite && <Link className="button primary" to="/companies/new">{t('list.new')}</Link>}
        </div>
      </div>
      <ViewsBar records="companies" state={{ view, columns: chosen }} onColumns={chooseColumns} />
      <div className="list-tools">
        <div className="field list-search">
          <label htmlFor={searchId}>{t('list.search')}</label>
          <input id={searchId} type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </div>
        <ColumnChooser available={availableColumns(fields, companyColumns)} chosen={chosen} onChange={chooseColumns} set={companyColumns} />
        {mayWrite && first && typeof first.total === 'number' && (first.total > 0 || bulkOpen) && (
          <div className="bulk-all">
            <BulkActionsButton records="companies"
              label={first.totalIsEstimate ? t('bulk.allAbout', { n: formatCount(first.total, true, locale, units) }) : t('bulk.all', { count: first.total, n: formatCount(first.total, false, locale, units) })}
              title={t('bulk.allTitle')} count={first.total} about={first.totalIsEstimate}
              target={{ kind: 'list', q: view.q, filters: query.filter ?? [] }} customFields={fields} onOpenChange={setBulkOpen} />
          </div>
        )}
      </div>
      <FilterBar conditions={view.conditions} customFields={fields} onChange={setConditions} fields={companyFilters} />
      {mayWrite && (selected.size > 0 || bulkOpen) && (
        <div className="row selection-bar" role="region" aria-label={t('list.selection.label')}>
          <span>{t('list.selection.count', { count: selected.size })}</span>
          {selected.size >= 2 && selected.size <= maxMerged
            ? <Link className="button primary" to={companyMergeHref(ids.filter((id) => selected.has(id)))}>{t('list.selection.merge')}</Link>
            : <span className="muted">{t(selected.size < 2 ? 'list.selection.mergeTooFew' : 'list.selection.mergeTooMany', { max: maxMerged })}</span>}
          {selected.size <= maxTickedContacts && (
            <BulkActionsButton records="companies" label={t('bulk.open')} title={t('bulk.openTitle')} target={{ kind: 'ticked', ids: selected }}
              count={selected.size} customFields={fields} onOpenChange={setBulkOpen} />
          )}
          <button type="button" className="button ghost" onClick={() => select(() => emptySelection)}>{t('list.selection.clear')}</button>
        </div>
      )}
      {list.error && <p className="notice error" role="alert">{problemText(asProblem(list.error))}</p>}
      {list.isPending ? <p role="status">{t('common:loading')}</p> : list.error ? null : companies.length === 0 ? (
        <p className="muted">{view.conditions.length > 0 ? t('list.noFilterMatch') : view.q ? t('list.noMatch', { q: view.q }) : t('list.empty')}</p>
      ) : (
        <CompaniesTable companies={companies} columns={columns} sort={view.sort} onSort={sortBy}
          selection={mayWrite ? {
            selected, state: selectionState(selected, ids),
            onToggle: (id) => select((current) => toggleRow(current, id)),
            onToggleAll: () => select((current) => toggleAllRows(current, ids)),
          } : undefined}
          total={first && typeof first.total === 'number' && !first.totalIsEstimate ? first.total : null}
          hasMore={hasNextPage} loadingMore={isFetchingNextPage} onLoadMore={loadMore} />
      )}
    </section>
  );
}
