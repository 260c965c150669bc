import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Column } from './listColumns';
import type { Sort } from './listView';
import type { Selection } from './selection';

export interface ListTableProps<T extends { id: string }> {
  rows: readonly T[];
  columns: readonly Column[];
  /** A row's cell in a column. */
  cell: (column: Column, row: T) => ReactNode;
  /** The i18n namespace of the list's words: `list.table` (the table's name), `list.loadingMore`, `columns.<id>`. */
  texts: string;
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
    /** A row's name, for its box's label. */
    nameOf: (row: T) => string;
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
 * A list's records as a table of which only the visible rows are in the page: the scroll area holds the whole height,
 * two hidden spacer rows stand for the rows above and below. It scrolls sideways on a narrow screen, its header stays
 * on top, sortable headers are buttons, and reaching the end of what is loaded asks for the next page.
 */
export function ListTable<T extends { id: string }>({
  rows, columns, cell, texts, sort, onSort, total, hasMore, loadingMore, onLoadMore, selection,
}: ListTableProps<T>) {
  const { t } = useTranslation(['contacts', 'common']);
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= rows.length - loadAhead) onLoadMore();
  }, [hasMore, loadingMore, lastIndex, rows.length, onLoadMore]);

  const before = items[0]?.start ?? 0;
  const after = items.length > 0 ? virtualizer.getTotalSize() - items.at(-1)!.end : 0;
  const span = columns.length + (selection ? 1 : 0);

  return (
    <div ref={scroller} className="table-wrap contacts-scroll">
      <table aria-label={t(`${texts}:list.table`)} aria-rowcount={total !== null ? total + 1 : -1}>
        <thead>
          <tr aria-rowindex={1}>
            {selection && (
              <th scope="col" className="select-cell">
                <AllBox state={selection.state} label={t(`${texts}:selection.all`)} onToggle={selection.onToggleAll} />
              </th>
            )}
            {columns.map((column) => {
              const label = column.custom ? column.custom.label : t(`${texts}:columns.${column.id}`);
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
            const row = rows[item.index]!;
            return (
              <tr key={row.id} data-index={item.index} ref={virtualizer.measureElement} aria-rowindex={item.index + 2}>
                {selection && (
                  <td className="select-cell">
                    <input type="checkbox" checked={selection.selected.has(row.id)} aria-label={t(`${texts}:selection.row`, { name: selection.nameOf(row) })}
                      onChange={() => selection.onToggle(row.id)} />
                  </td>
                )}
                {columns.map((column) => <td key={column.id}>{cell(column, row)}</td>)}
              </tr>
            );
          })}
          {after > 0 && <tr aria-hidden="true" className="spacer"><td colSpan={span} style={{ height: after }} /></tr>}
        </tbody>
      </table>
      {loadingMore && <p role="status" className="muted loading-more">{t(`${texts}:list.loadingMore`)}</p>}
    </div>
  );
}
