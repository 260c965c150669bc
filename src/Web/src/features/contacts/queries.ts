import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';

/** The cache keys of the contacts' segments and saved views. */
export const segmentKeys = { all: ['contacts', 'segments'] as const };
export const viewKeys = { all: ['contacts', 'views'] as const };

export function useSegments() {
  return useQuery({ queryKey: segmentKeys.all, queryFn: () => unwrap(api.GET('/api/v1/contacts/segments')) });
}

export function useSavedViews() {
  return useQuery({ queryKey: viewKeys.all, queryFn: () => unwrap(api.GET('/api/v1/contacts/views')) });
}
