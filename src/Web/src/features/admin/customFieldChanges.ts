import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import type { CustomField } from '../customFields/values';
import type { ChangeCustomFieldRequest, DefineCustomFieldRequest } from './customFieldDraft';

/** Adds a field where its entity keeps them: deals' in the sales module, the others' in the contacts module. */
export function defineCustomField(body: DefineCustomFieldRequest): Promise<CustomField> {
  if (body.entity === 'Deal') {
    const { entity: _, ...dealBody } = body;
    return unwrap(api.POST('/api/v1/deal-custom-fields', { body: dealBody }));
  }
  return unwrap(api.POST('/api/v1/custom-fields', { body }));
}

export function changeCustomField(field: CustomField, body: ChangeCustomFieldRequest): Promise<CustomField> {
  const options = { params: { path: { id: field.id } }, body, headers: ifMatch(field.version) };
  return field.entity === 'Deal' ? unwrap(api.PUT('/api/v1/deal-custom-fields/{id}', options)) : unwrap(api.PUT('/api/v1/custom-fields/{id}', options));
}
