import type { components } from '../../api/schema';
import {
  formatCondition, formatSort, isDefaultSort, maxConditions, paramsOfView, parseCondition, parseSort,
  type Condition, type ListView,
} from './listView';

/**
 * Saved views and segments against the list's address: a saved view is a named search, set of filters, sort and
 * columns (`?view={id}` remembers which one was applied, so it can be updated); a segment is opened with `?segment={id}`.
 */

export type SavedView = components['schemas']['SavedViewResponse'];
export type SavedViewRequest = components['schemas']['SavedViewRequest'];
export type Segment = components['schemas']['SegmentResponse'];
export type SegmentRequest = components['schemas']['SegmentRequest'];
export type SegmentKind = components['schemas']['SegmentKind'];

/** The list's state a saved view holds. */
export interface ViewState {
  view: ListView;
  /** The columns to show; empty when the view leaves them as they are. */
  columns: string[];
}

/** What a saved view shows; its filters are read as the address's are (one the list cannot read is left out). */
export function stateOfSavedView(saved: Pick<SavedView, 'q' | 'filters' | 'sort' | 'columns'>): ViewState {
  return {
    view: {
      q: (saved.q ?? '').trim(),
      conditions: saved.filters.map(parseCondition).filter((c): c is Condition => c !== null).slice(0, maxConditions),
      sort: parseSort(saved.sort),
    },
    columns: [...saved.columns],
  };
}

/** The body saving the list as it is (search, filters, sort and columns) under a name. */
export function savedViewBody(name: string, state: ViewState, shared: boolean): SavedViewRequest {
  return {
    name: name.trim(),
    q: state.view.q.trim() || null,
    filters: state.view.conditions.map(formatCondition),
    sort: isDefaultSort(state.view.sort) ? null : formatSort(state.view.sort),
    columns: [...state.columns],
    shared,
  };
}

/** The address after applying a saved view: its search, filters and sort, and its id; the segment opened stays. */
export function paramsOfSavedView(saved: SavedView, current: URLSearchParams): URLSearchParams {
  const params = paramsOfView(stateOfSavedView(saved).view, current);
  params.set('view', saved.id);
  return params;
}

/** The saved view applied last (`?view=`), when the user may still see it. */
export function appliedView(params: URLSearchParams, views: readonly SavedView[] | undefined): SavedView | undefined {
  const id = params.get('view');
  return id ? views?.find((v) => v.id === id) : undefined;
}

/** Whether the list still shows what a saved view holds (search, filters and sort; columns are compared when it names some). */
export function showsSavedView(saved: SavedView, state: ViewState): boolean {
  const wanted = savedViewBody(saved.name, stateOfSavedView(saved), false);
  const now = savedViewBody(saved.name, state, false);
  return wanted.q === now.q && wanted.sort === now.sort
    && JSON.stringify(wanted.filters) === JSON.stringify(now.filters)
    && (saved.columns.length === 0 || JSON.stringify([...saved.columns].sort()) === JSON.stringify([...state.columns].sort()));
}

/** The user's own views, then the team's shared with them, each by name. */
export function groupViews(views: readonly SavedView[], locale: string): { mine: SavedView[]; team: SavedView[] } {
  const byName = (a: SavedView, b: SavedView) => a.name.localeCompare(b.name, locale, { sensitivity: 'base' });
  return { mine: views.filter((v) => v.isMine).sort(byName), team: views.filter((v) => !v.isMine).sort(byName) };
}

/** The segment the address opens, or null. */
export function segmentOfParams(params: URLSearchParams): string | null {
  const id = (params.get('segment') ?? '').trim();
  return id === '' ? null : id;
}

/** The address with a segment opened (or none), its other parameters kept. */
export function paramsWithSegment(current: URLSearchParams, segment: string | null): URLSearchParams {
  const params = new URLSearchParams(current);
  if (segment) params.set('segment', segment);
  else params.delete('segment');
  return params;
}

/**
 * The body creating a segment: a dynamic one keeps the list's search and filters (read again each time it is opened);
 * a static one holds neither, its contacts are put in by hand.
 */
export function segmentBody(name: string, kind: SegmentKind, view?: Pick<ListView, 'q' | 'conditions'>): SegmentRequest {
  if (kind === 'Static') return { name: name.trim(), kind };
  return { name: name.trim(), kind, q: view?.q.trim() || null, filters: (view?.conditions ?? []).map(formatCondition) };
}

/** The body renaming a segment: a dynamic one keeps its search and filters (the API replaces them with what it is sent). */
export function renamedSegmentBody(segment: Segment, name: string): SegmentRequest {
  return segment.kind === 'Static'
    ? { name: name.trim(), kind: 'Static' }
    : { name: name.trim(), kind: 'Dynamic', q: segment.q ?? null, filters: [...segment.filters] };
}

/** The segments contacts can be put in by hand: the static ones. */
export function staticSegments(segments: readonly Segment[] | undefined): Segment[] {
  return (segments ?? []).filter((s) => s.kind === 'Static');
}
