import { useQuery } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { SavedView, SavedViewRequest } from './savedViews';

/** The lists that have saved views and bulk actions, by the API's resource name. */
export type ListRecords = 'contacts' | 'companies';

/** The cache keys of the contacts' segments and of each list's saved views. */
export const segmentKeys = { all: ['contacts', 'segments'] as const };
export const viewKeys = { of: (records: ListRecords) => [records, 'views'] as const };

export function useSegments() {
  return useQuery({ queryKey: segmentKeys.all, queryFn: () => unwrap(api.GET('/api/v1/contacts/segments')) });
}

/** The calls on one list's saved views (the two lists' routes take and give the same bodies). */
export function savedViewsApi(records: ListRecords) {
  const companies = records === 'companies';
  return {
    list: () => unwrap(companies ? api.GET('/api/v1/companies/views') : api.GET('/api/v1/contacts/views')),
    create: (body: SavedViewRequest) => unwrap(companies ? api.POST('/api/v1/companies/views', { body }) : api.POST('/api/v1/contacts/views', { body })),
    update: (view: SavedView, body: SavedViewRequest) => {
      const init = { params: { path: { id: view.id } }, body, headers: ifMatch(view.version) };
      return unwrap(companies ? api.PUT('/api/v1/companies/views/{id}', init) : api.PUT('/api/v1/contacts/views/{id}', init));
    },
    remove: (view: SavedView) => {
      const init = { params: { path: { id: view.id } }, headers: ifMatch(view.version) };
      return unwrap(companies ? api.DELETE('/api/v1/companies/views/{id}', init) : api.DELETE('/api/v1/contacts/views/{id}', init));
    },
  };
}

export function useSavedViews(records: ListRecords = 'contacts') {
  return useQuery({ queryKey: viewKeys.of(records), queryFn: () => savedViewsApi(records).list() });
}
