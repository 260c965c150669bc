import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import type { Person } from './people';

export const directoryKeys = {
  people: ['directory', 'people'] as const,
  teams: ['directory', 'teams'] as const,
};

const pageSize = 200;
const maxPages = 50;

/**
 * Every colleague (deactivated ones flagged), for owners' names and pickers, read page after page. Roles without
 * `directory.read` (custom ones) get nothing: the screens then say "you" or "another user".
 */
export function usePeople() {
  const me = useSignedInUser();
  return useQuery({
    queryKey: directoryKeys.people,
    queryFn: async () => {
      const people: Person[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < maxPages; page++) {
        const result = await unwrap(api.GET('/api/v1/directory/people', { params: { query: { limit: pageSize, cursor } } }));
        people.push(...result.items);
        cursor = result.nextCursor ?? undefined;
        if (!cursor) break;
      }
      return people;
    },
    enabled: can(me, 'directory.read'),
    staleTime: 60_000,
  });
}

/** Every team with its parent and manager, for team scopes and filters. */
export function useDirectoryTeams() {
  const me = useSignedInUser();
  return useQuery({
    queryKey: directoryKeys.teams,
    queryFn: () => unwrap(api.GET('/api/v1/directory/teams')),
    enabled: can(me, 'directory.read'),
    staleTime: 60_000,
  });
}
