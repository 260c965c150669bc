import { describe, expect, it } from 'vitest';
import { paramsOfView, viewOfParams } from './listView';
import {
  appliedView, groupViews, paramsOfSavedView, paramsWithSegment, renamedSegmentBody, savedViewBody, segmentBody,
  segmentOfParams, showsSavedView, staticSegments, stateOfSavedView, type SavedView, type Segment,
} from './savedViews';

function saved(changes: Partial<SavedView> = {}): SavedView {
  return {
    id: 'v1', name: 'Hot leads', q: 'ada', filters: ['lifecycleStage:in:Lead,Customer', 'jobTitle:eq:CEO\\, founder'],
    sort: '-lastName', columns: ['name', 'email', 'cf.seats'], isShared: false, isMine: true, ownerId: 'u1', version: 3, ...changes,
  };
}

function segment(changes: Partial<Segment> = {}): Segment {
  return {
    id: 's1', name: 'Lyon', kind: 'Dynamic', q: null, filters: ['city:eq:Lyon'], createdBy: 'u1',
    createdAtUtc: '2026-11-28T10:00:00Z', updatedAtUtc: null, version: 2, ...changes,
  };
}

describe('saved views', () => {
  it('are read as the list reads its address', () => {
    expect(stateOfSavedView(saved())).toEqual({
      view: {
        q: 'ada',
        conditions: [
          { field: 'lifecycleStage', operator: 'in', values: ['Lead', 'Customer'] },
          { field: 'jobTitle', operator: 'eq', values: ['CEO, founder'] },
        ],
        sort: { field: 'lastName', descending: true },
      },
      columns: ['name', 'email', 'cf.seats'],
    });
  });

  it('leave out a filter the list cannot read and fall back to the default sort', () => {
    const state = stateOfSavedView(saved({ q: null, filters: ['lastName:like:x', 'city:isEmpty'], sort: null, columns: [] }));
    expect(state.view).toEqual({ q: '', conditions: [{ field: 'city', operator: 'isEmpty', values: [] }], sort: { field: 'createdAt', descending: false } });
    expect(state.columns).toEqual([]);
  });

  it('save the list as it is, and read back the same', () => {
    const state = stateOfSavedView(saved());
    const body = savedViewBody('  Hot leads ', state, true);
    expect(body).toEqual({
      name: 'Hot leads', q: 'ada', filters: ['lifecycleStage:in:Lead,Customer', 'jobTitle:eq:CEO\\, founder'], sort: '-lastName',
      columns: ['name', 'email', 'cf.seats'], shared: true,
    });
    expect(stateOfSavedView({ q: body.q, filters: body.filters!, sort: body.sort, columns: body.columns! })).toEqual(state);
  });

  it('save no search and the default sort as nothing', () => {
    const body = savedViewBody('All', { view: { q: ' ', conditions: [], sort: { field: 'createdAt', descending: false } }, columns: ['name'] }, false);
    expect(body).toMatchObject({ q: null, filters: [], sort: null, shared: false });
  });

  it('are applied to the address: search, filters, sort and id replaced, the segment kept', () => {
    const current = new URLSearchParams('q=old&filter=city:eq:Paris&sort=email&segment=s1&view=v0');
    const params = paramsOfSavedView(saved(), current);
    expect(params.get('q')).toBe('ada');
    expect(params.getAll('filter')).toEqual(['lifecycleStage:in:Lead,Customer', 'jobTitle:eq:CEO\\, founder']);
    expect(params.get('sort')).toBe('-lastName');
    expect(params.get('segment')).toBe('s1');
    expect(params.get('view')).toBe('v1');
    expect(viewOfParams(params)).toEqual(stateOfSavedView(saved()).view);
    expect(current.get('q')).toBe('old');
  });

  it('clear the search and the sort when the view has none', () => {
    const params = paramsOfSavedView(saved({ q: null, sort: null, filters: [] }), new URLSearchParams('q=old&filter=city:eq:Paris&sort=email'));
    expect(params.toString()).toBe('view=v1');
  });

  it('know which one was applied and whether the list still shows it', () => {
    const views = [saved(), saved({ id: 'v2', name: 'Other' })];
    expect(appliedView(new URLSearchParams('view=v2'), views)?.name).toBe('Other');
    expect(appliedView(new URLSearchParams('view=gone'), views)).toBeUndefined();
    expect(appliedView(new URLSearchParams(''), views)).toBeUndefined();
    const state = stateOfSavedView(saved());
    expect(showsSavedView(saved(), state)).toBe(true);
    expect(showsSavedView(saved(), { ...state, columns: ['cf.seats', 'name', 'email'] })).toBe(true);
    expect(showsSavedView(saved(), { ...state, view: { ...state.view, q: 'bob' } })).toBe(false);
    expect(showsSavedView(saved(), { ...state, view: viewOfParams(paramsOfView({ ...state.view, conditions: [] })) })).toBe(false);
    expect(showsSavedView(saved({ columns: [] }), { ...state, columns: ['name'] })).toBe(true);
  });

  it('are grouped: mine, then my team’s, each by name', () => {
    const views = [saved({ id: 'a', name: 'zeta' }), saved({ id: 'b', name: 'Alpha', isMine: false, isShared: true }), saved({ id: 'c', name: 'Éclair' })];
    const { mine, team } = groupViews(views, 'fr');
    expect(mine.map((v) => v.id)).toEqual(['c', 'a']);
    expect(team.map((v) => v.id)).toEqual(['b']);
  });
});

describe('segments', () => {
  it('are opened from the address, other parameters kept', () => {
    expect(segmentOfParams(new URLSearchParams('segment=s1&q=a'))).toBe('s1');
    expect(segmentOfParams(new URLSearchParams('segment='))).toBeNull();
    expect(segmentOfParams(new URLSearchParams('q=a'))).toBeNull();
    expect(paramsWithSegment(new URLSearchParams('q=a&filter=city:eq:Lyon'), 's2').toString()).toBe('q=a&filter=city%3Aeq%3ALyon&segment=s2');
    expect(paramsWithSegment(new URLSearchParams('q=a&segment=s2'), null).toString()).toBe('q=a');
  });

  it('keep the list’s search and filters when dynamic, none when static', () => {
    const view = { q: ' ada ', conditions: [{ field: 'city', operator: 'in' as const, values: ['Lyon', 'Paris, 75'] }] };
    expect(segmentBody(' Lyon ', 'Dynamic', view)).toEqual({ name: 'Lyon', kind: 'Dynamic', q: 'ada', filters: ['city:in:Lyon,Paris\\, 75'] });
    expect(segmentBody('Hand-picked', 'Static', view)).toEqual({ name: 'Hand-picked', kind: 'Static' });
    expect(segmentBody('Everyone', 'Dynamic', { q: '', conditions: [] })).toEqual({ name: 'Everyone', kind: 'Dynamic', q: null, filters: [] });
  });

  it('keep their search and filters when renamed', () => {
    expect(renamedSegmentBody(segment({ q: 'x' }), ' Lyon 2 ')).toEqual({ name: 'Lyon 2', kind: 'Dynamic', q: 'x', filters: ['city:eq:Lyon'] });
    expect(renamedSegmentBody(segment({ kind: 'Static', filters: [] }), 'Picked')).toEqual({ name: 'Picked', kind: 'Static' });
  });

  it('take contacts by hand only when static', () => {
    expect(staticSegments([segment(), segment({ id: 's2', kind: 'Static' })]).map((s) => s.id)).toEqual(['s2']);
    expect(staticSegments(undefined)).toEqual([]);
  });
});
