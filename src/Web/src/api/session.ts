import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api } from './client';
import { ApiError, unwrap } from './problem';
import type { components } from './schema';
import { switchLanguage } from '../i18n';
import { isLanguage } from '../i18n/languages';

export type Me = components['schemas']['MeResponse'];

export const meQueryKey = ['me'] as const;

/** The signed-in user, or null when there is no session. */
export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async (): Promise<Me | null> => {
      try {
        const me = await unwrap(api.GET('/api/v1/me'));
        // Before the first signed-in screen renders, so it renders once, in the user's language.
        if (isLanguage(me.language)) await switchLanguage(me.language);
        return me;
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

/** The user who just signed in, on a cache holding nothing of whoever used this tab before. */
export function useStartSession() {
  const client = useQueryClient();
  return (me: Me) => {
    forgetSession(client);
    client.setQueryData(meQueryKey, me);
  };
}

export function useSetMe() {
  const client = useQueryClient();
  return (me: Me | null) => client.setQueryData(meQueryKey, me);
}

/**
 * Forgets everything the previous session read or was shown (lists, a new token's secret, recovery codes) before
 * another user can sign in on this tab, then records that nobody is signed in, which sends the screens to sign-in.
 */
export function forgetSession(queryClient: QueryClient) {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
  queryClient.getMutationCache().clear();
  queryClient.setQueryData(meQueryKey, null);
}
