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
import { ColumnChooser } from './ColumnChooser';
import { ContactsTable } from './ContactsTable';
import { ExportLinks } from './ExportLinks';
import { FilterBar } from './FilterBar';
import { SegmentsBar } from './SegmentsBar';
import { SelectionBar } from './SelectionBar';
import { BulkActionsButton } from './BulkActions';
import { ViewsBar } from './ViewsBar';
import { useSegments } from './queries';
import { segmentOfParams } from './savedViews';
import { emptySelection, keepListed, selectionState, toggleAllRows, toggleRow, type Selection } from './selection';
import { availableColumns, loadColumns, saveColumns, shownColumns } from './listColumns';
import { formatCount, listQuery, nextSort, paramsOfView, viewOfParams, type Condition } from './listView';
import './contactsList.css';

const pageSize = 100;
const storage = typeof window === 'undefined' ? undefined : window.localStorage;

export default function ContactsPage() {
  const { t } = useTranslation('contacts');
  const problemText = useProblemText('contacts');
  usePageTitle(t('list.title'));
  const me = useSignedInUser();
  const locale = useLocale();
  const searchId = useId();
  const { typed, setTyped } = useSearchBox();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => viewOfParams(params), [params]);
  const customFields = useCustomFields('Contact');
  const fields = useMemo(() => customFields.data ?? [], [customFields.data]);

  const [chosen, setChosen] = useState(() => loadColumns(storage, me.id));
  const chooseColumns = (columns: string[]) => {
    setChosen(columns);
    saveColumns(storage, me.id, columns);
  };
  const columns = shownColumns(chosen, fields);

  const setConditions = (conditions: Condition[]) => setParams((current) => paramsOfView({ ...viewOfParams(current), conditions }, current));
  const sortBy = (field: string) => setParams((current) => {
    const before = viewOfParams(current);
    return paramsOfView({ ...before, sort: nextSort(before.sort, field) }, current);
  });

  const segment = segmentOfParams(params);
  const segments = useSegments();
  const shownSegment = segment ? segments.data?.find((s) => s.id === segment) : undefined;
  const query = { ...listQuery(view), ...(segment ? { segment } : {}) };
  const list = useInfiniteQuery({
    queryKey: ['contacts', 'list', query],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/contacts', {
      params: { query: { limit: pageSize, ...(pageParam ? { cursor: pageParam } : {}), ...query } },
    })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const contacts = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const first = list.data?.pages[0];
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const narrowed = view.q !== '' || view.conditions.length > 0;
  const mayWrite = can(me, 'contacts.write');

  // The ticked rows belong to the list they were ticked in: another search, filter or segment starts afresh.
  const listKey = JSON.stringify(query);
  const [ticked, setTicked] = useState<{ key: string; ids: Selection }>({ key: listKey, ids: emptySelection });
  const ids = useMemo(() => contacts.map((c) => c.id), [contacts]);
  const selected = ticked.key !== listKey ? emptySelection : list.isPending ? ticked.ids : keepListed(ticked.ids, ids);
  const select = (change: (current: Selection) => Selection) => setTicked({ key: listKey, ids: change(selected) });
  // A bulk action's dialog keeps its button in the page until closed, though its contacts may have left the list.
  const [bulkOpen, setBulkOpen] = useState(false);
  const units = { thousand: t('list.units.thousand'), million: t('list.units.million') };

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
          {can(me, 'contacts.export') && <ExportLinks list={{ q: view.q, conditions: view.conditions, segment }} />}
          {mayWrite && (
            <>
              <Link className="button" to="/contacts/duplicates">{t('list.duplicates')}</Link>
              <Link className="button" to="/contacts/import">{t('list.import')}</Link>
              <Link className="button primary" to="/contacts/new">{t('list.new')}</Link>
            </>
          )}
        </div>
      </div>
      <SegmentsBar view={view} mayWrite={mayWrite} />
      <ViewsBar state={{ view, columns: chosen }} onColumns={chooseColumns} />
      <div className="list-tools">
        <div className="field list-search">
          <label htmlFor={searchId}>{t('list.search')}</label>
          <input id={searchId} type="search" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </div>
        <ColumnChooser available={availableColumns(fields)} chosen={chosen} onChange={chooseColumns} />
        {mayWrite && first && typeof first.total === 'number' && (first.total > 0 || bulkOpen) && (
          <div className="bulk-all">
            <BulkActionsButton
              label={first.totalIsEstimate ? t('bulk.allAbout', { n: formatCount(first.total, true, locale, units) }) : t('bulk.all', { count: first.total, n: formatCount(first.total, false, locale, units) })}
              title={t('bulk.allTitle')} count={first.total} about={first.totalIsEstimate}
              target={{ kind: 'list', q: view.q, filters: query.filter ?? [], segment }} customFields={fields} onOpenChange={setBulkOpen} />
          </div>
        )}
      </div>
      <FilterBar conditions={view.conditions} customFields={fields} onChange={setConditions} />
      {mayWrite && (selected.size > 0 || bulkOpen) && (
        <SelectionBar selected={selected} segments={segments.data} shown={shownSegment} customFields={fields} onClear={() => select(() => emptySelection)}
          onBulkOpen={setBulkOpen} />
      )}
      {list.error && <p className="notice error" role="alert">{problemText(asProblem(list.error))}</p>}
      {list.isPending ? <p role="status">{t('common:loading')}</p> : list.error ? null : contacts.length === 0 ? (
        <p className="muted">{view.conditions.length > 0 ? t('list.noFilterMatch') : narrowed ? t('list.noMatch', { q: view.q }) : segment ? t('segments.empty') : t('list.empty')}</p>
      ) : (
        <ContactsTable contacts={contacts} columns={columns} sort={view.sort} onSort={sortBy}
          total={first && typeof first.total === 'number' && !first.totalIsEstimate ? first.total : null}
          hasMore={hasNextPage} loadingMore={isFetchingNextPage} onLoadMore={loadMore}
          selection={mayWrite ? {
            selected, state: selectionState(selected, ids),
            onToggle: (id) => select((current) => toggleRow(current, id)),
            onToggleAll: () => select((current) => toggleAllRows(current, ids)),
          } : undefined} />
      )}
    </section>
  );
}
