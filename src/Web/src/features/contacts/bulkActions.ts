import type { components } from '../../api/schema';
import { activeFields, valueOf, type CustomField, type ValueDraft } from '../customFields/values';
import { customFieldPrefix } from './listView';

export type BulkActionKind = components['schemas']['BulkActionKind'];
export type BulkActionRequest = components['schemas']['BulkActionRequest'];
export type CompanyBulkActionRequest = components['schemas']['CompanyBulkActionRequest'];
export type BulkActionRecord = components['schemas']['BulkActionResponse'];
export type BulkActionStatus = components['schemas']['BulkActionStatus'];

export const bulkActionKinds: readonly BulkActionKind[] = ['AssignOwner', 'AddTag', 'RemoveTag', 'SetField', 'Delete'];

/** The most ticked contacts (or companies) one action takes; beyond, the action is asked for the whole list instead. */
export const maxTickedContacts = 1000;

/** Which contacts an action is for: the ticked rows, or every contact of the list as it is shown (search, filters, segment). */
export type BulkTarget =
  | { kind: 'ticked'; ids: Iterable<string> }
  | { kind: 'list'; q?: string; filters?: readonly string[]; segment?: string | null };

/** What the user chose in the form. `value` of a field is the form's draft: text, a checkbox's state, ticked options. */
export type BulkChoice =
  | { action: 'AssignOwner'; ownerId: string }
  | { action: 'AddTag' | 'RemoveTag'; tag: string }
  | { action: 'SetField'; field: string; value: ValueDraft }
  | { action: 'Delete' };

/** The standard fields an action can set, by the API's name. */
export const standardSetFields = ['lifecycleStage', 'source'] as const;

/**
 * The fields "Set field" offers: for contacts the stage and the source; then the custom fields in use that are not
 * unique (the API refuses to give many records one unique value), by the name the API takes (`cf.<key>`).
 */
export function settableFields(customFields: readonly CustomField[], records: 'contacts' | 'companies' = 'contacts'): { name: string; custom?: CustomField }[] {
  return [
    ...(records === 'contacts' ? standardSetFields.map((name) => ({ name })) : []),
    ...activeFields(customFields).filter((f) => !f.isUnique).map((custom) => ({ name: `${customFieldPrefix}${custom.key}`, custom })),
  ];
}

/** The custom field a field name stands for, if it is one. */
export function customFieldOf(name: string, customFields: readonly CustomField[]): CustomField | undefined {
  if (!name.startsWith(customFieldPrefix)) return undefined;
  const key = name.slice(customFieldPrefix.length);
  return customFields.find((f) => f.key === key);
}

/**
 * The value "Set field" sends: a custom field's as its forms send it (a number as a number, ticked options as a list,
 * blank as null, which clears), the stage as its name, the source as typed (blank clears).
 */
export function setFieldValue(field: string, draft: ValueDraft, customFields: readonly CustomField[]): unknown {
  const custom = customFieldOf(field, customFields);
  if (custom) return valueOf(custom, draft);
  const typed = typeof draft === 'string' ? draft.trim() : '';
  return typed === '' ? null : typed;
}

/** The request of an action: only the members it needs, the ticked ids or else the list's search, filters and segment. */
export function bulkRequest(choice: BulkChoice, target: BulkTarget, customFields: readonly CustomField[] = []): BulkActionRequest {
  const body: BulkActionRequest = { action: choice.action };
  switch (choice.action) {
    case 'AssignOwner':
      body.ownerId = choice.ownerId;
      break;
    case 'AddTag':
    case 'RemoveTag':
      body.tag = choice.tag.trim();
      break;
    case 'SetField':
      body.field = choice.field;
      body.value = setFieldValue(choice.field, choice.value, customFields);
      break;
    case 'Delete':
      break;
  }
  if (target.kind === 'ticked') {
    body.contactIds = [...target.ids];
  } else {
    if (target.q?.trim()) body.q = target.q.trim();
    if (target.filters && target.filters.length > 0) body.filters = [...target.filters];
    if (target.segment) body.segment = target.segment;
  }
  return body;
}

/** The request of an action on companies: as a contact's, the ticked ids as `companyIds`, and no segment. */
export function companyBulkRequest(choice: BulkChoice, target: BulkTarget, customFields: readonly CustomField[] = []): CompanyBulkActionRequest {
  const { contactIds, segment: _segment, ...rest } = bulkRequest(choice, target, customFields);
  return contactIds ? { ...rest, companyIds: contactIds } : rest;
}

/** Whether an action is over, one way or the other. */
export function isBulkFinished(status: BulkActionStatus | undefined): boolean {
  return status === 'Completed' || status === 'Failed';
}

/** An action is asked for every second while it waits or runs, never after. */
export function bulkPollInterval(status: BulkActionStatus | undefined): number | false {
  return status === undefined || isBulkFinished(status) ? false : 1000;
}

/** What the form misses before anything is sent, as the API's own codes where it has one. */
export function choiceProblem(choice: BulkChoice): 'bulk.tag_invalid' | 'bulk.owner_unknown' | 'bulk.field_unknown' | null {
  switch (choice.action) {
    case 'AddTag':
    case 'RemoveTag':
      return choice.tag.trim() === '' ? 'bulk.tag_invalid' : null;
    case 'AssignOwner':
      return choice.ownerId ? null : 'bulk.owner_unknown';
    case 'SetField':
      return choice.field ? null : 'bulk.field_unknown';
    default:
      return null;
  }
}
