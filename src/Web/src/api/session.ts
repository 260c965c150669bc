import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import { ApiError, unwrap } from './problem';
import type { components } from './schema';

export type Me = components['schemas']['MeResponse'];

export const meQueryKey = ['me'] as const;

/** The signed-in user, or null when there is no session. */
export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async (): Promise<Me | null> => {
      try {
        return await unwrap(api.GET('/api/v1/me'));
      } catch (error) {
        if (error instanceof ApiError && error.problem.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

/** The signed-in user, for screens rendered inside the session guard. */
export function useSignedInUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInUser is only for screens behind the session guard.');
  return data;
}

export function can(me: Me | null | undefined, permission: string) {
  return !!me?.permissions.includes(permission);
}

export function useSetMe() {
  const client = useQueryClient();
  return (me: Me | null) => client.setQueryData(meQueryKey, me);
}
