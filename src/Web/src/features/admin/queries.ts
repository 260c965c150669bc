import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { components } from '../../api/schema';

export type User = components['schemas']['UserResponse'];
export type Role = components['schemas']['RoleResponse'];
export type Team = components['schemas']['TeamResponse'];
export type VisibilityRule = components['schemas']['VisibilityRuleResponse'];
export type Invitation = components['schemas']['InviteUserEndpointResponse'];

/** Every admin query starts with 'admin'; invalidating `adminKeys.users` also refreshes `adminKeys.allUsers`. */
export const adminKeys = {
  users: ['admin', 'users'] as const,
  userPages: ['admin', 'users', 'pages'] as const,
  allUsers: ['admin', 'users', 'all'] as const,
  roles: ['admin', 'roles'] as const,
  permissions: ['admin', 'permissions'] as const,
  teams: ['admin', 'teams'] as const,
  visibility: ['admin', 'visibility'] as const,
};

export function useRoles() {
  return useQuery({ queryKey: adminKeys.roles, queryFn: () => unwrap(api.GET('/api/v1/roles')) });
}

export function usePermissions() {
  return useQuery({
    queryKey: adminKeys.permissions,
    queryFn: async () => (await unwrap(api.GET('/api/v1/roles/permissions'))).permissions,
    staleTime: Infinity,
  });
}

export function useTeams() {
  return useQuery({ queryKey: adminKeys.teams, queryFn: () => unwrap(api.GET('/api/v1/teams')) });
}

const pageSize = 200;
const maxPages = 50;

/** Every user, for pickers and names (team managers): the pages read one after the other. */
export function useAllUsers() {
  return useQuery({
    queryKey: adminKeys.allUsers,
    queryFn: async () => {
      const users: User[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < maxPages; page++) {
        const result = await unwrap(api.GET('/api/v1/users', { params: { query: { limit: pageSize, cursor } } }));
        users.push(...result.items);
        cursor = result.nextCursor ?? undefined;
        if (!cursor) break;
      }
      return users;
    },
  });
}

export function useVisibilityRules() {
  return useQuery({ queryKey: adminKeys.visibility, queryFn: () => unwrap(api.GET('/api/v1/visibility-rules')) });
}
