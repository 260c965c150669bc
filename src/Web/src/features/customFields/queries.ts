import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { CustomFieldEntity } from './values';

/** Every custom field query starts with 'customFields': the administration page invalidates them all after a change. */
export const customFieldKeys = {
  all: ['customFields'] as const,
  of: (entity: CustomFieldEntity) => ['customFields', entity] as const,
};

/**
 * The custom fields of contacts, companies or deals, retired ones included (forms leave them out, pages and timelines
 * still name them), in the API's order: position, then label. Deals keep theirs in the sales module.
 */
export function useCustomFields(entity: CustomFieldEntity, enabled = true) {
  return useQuery({
    queryKey: customFieldKeys.of(entity),
    queryFn: () => (entity === 'Deal'
      ? unwrap(api.GET('/api/v1/deal-custom-fields', { params: { query: { includeRetired: true } } }))
      : unwrap(api.GET('/api/v1/custom-fields', { params: { query: { entity, includeRetired: true } } }))),
    staleTime: 60_000,
    enabled,
  });
}
