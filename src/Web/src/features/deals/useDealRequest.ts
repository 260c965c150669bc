import { useCustomFields } from '../customFields/queries';
import { customFieldNames, customFieldsBody, type StoredValues } from '../customFields/values';
import { dealFields, toDealRequest, type DealDraft, type DealRequest } from './dealDraft';

/**
 * What the deal forms send, deal custom fields included (only those whose value changed from `stored`), and the names
 * the API gives their errors, for placing them next to their inputs.
 */
export function useDealRequest() {
  const fields = useCustomFields('Deal').data ?? [];
  return {
    fieldNames: [...dealFields, ...customFieldNames(fields)],
    toRequest: (draft: DealDraft, pipelineId?: string, stored?: StoredValues): DealRequest =>
      ({ ...toDealRequest(draft, pipelineId), customFields: customFieldsBody(fields, draft.customFields, stored) }),
  };
}
