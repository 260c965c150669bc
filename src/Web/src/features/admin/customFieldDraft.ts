/** The drafts behind the custom field forms of the administration, and what the API receives from them. */
import type { components } from '../../api/schema';
import type { CustomField, CustomFieldEntity, CustomFieldType } from '../customFields/values';

export type DefineCustomFieldRequest = components['schemas']['DefineCustomFieldRequest'];
export type ChangeCustomFieldRequest = components['schemas']['ChangeCustomFieldRequest'];

export const fieldTypes: readonly CustomFieldType[] = [
  'Text', 'LongText', 'Number', 'Money', 'Date', 'Bool', 'SingleSelect', 'MultiSelect', 'Url', 'Email', 'Phone',
];

/** Only these types can hold a value no two records share (the API refuses the others). */
/** Contact and company fields of these types can be unique; deal fields never are. */
export const canBeUnique = (type: CustomFieldType, entity: CustomFieldEntity) =>
  entity !== 'Deal' && (type === 'Text' || type === 'Number' || type === 'Email' || type === 'Phone' || type === 'Url');

export const hasOptions = (type: CustomFieldType) => type === 'SingleSelect' || type === 'MultiSelect';

export interface OptionDraft {
  /** The key values store, for an option that exists; null for a new one (the API makes it from the label). */
  key: string | null;
  label: string;
  isRetired: boolean;
}

export interface FieldDraft {
  label: string;
  /** Only when defining the field; blank lets the API make it from the label. */
  key: string;
  type: CustomFieldType;
  isRequired: boolean;
  isUnique: boolean;
  options: OptionDraft[];
  currency: string;
}

export const newOption = (): OptionDraft => ({ key: null, label: '', isRetired: false });

export function emptyFieldDraft(): FieldDraft {
  return { label: '', key: '', type: 'Text', isRequired: false, isUnique: false, options: [newOption(), newOption()], currency: 'EUR' };
}

export function fieldDraftOf(field: CustomField): FieldDraft {
  return {
    label: field.label,
    key: field.key,
    type: field.type,
    isRequired: field.isRequired,
    isUnique: field.isUnique,
    options: field.options.map((o) => ({ key: o.key, label: o.label, isRetired: o.isRetired })),
    currency: field.currency ?? 'EUR',
  };
}

export const keyPattern = /^[a-z][a-z0-9_]{0,49}$/;

/** The key the API makes from a label when none is given: « Date de résiliation » gives `date_de_resiliation`. */
export function keyFromLabel(label: string): string {
  const plain = label.normalize('NFD').replace(/\p{Mn}/gu, '').replace(/[^A-Za-z0-9]/g, '_').toLowerCase();
  let key = plain.replace(/_+/g, '_').replace(/^_+|_+$/g, '');
  if (key === '' || !/^[a-z]/.test(key)) key = `f_${key}`;
  return key.length > 50 ? key.slice(0, 50).replace(/_+$/, '') : key;
}

export type FieldProblem = 'required' | 'key' | 'options' | 'currency';

/** A light check before sending: the API has the last word, this only spares a round trip for the obvious. */
export function checkField(draft: FieldDraft): Partial<Record<'label' | 'key' | 'options' | 'currency', FieldProblem>> {
  const problems: Partial<Record<'label' | 'key' | 'options' | 'currency', FieldProblem>> = {};
  if (!draft.label.trim()) problems.label = 'required';
  if (draft.key.trim() && !keyPattern.test(draft.key.trim())) problems.key = 'key';
  if (hasOptions(draft.type)) {
    const sent = sentOptions(draft.options);
    if (sent.some((o) => !o.label) || !sent.some((o) => !o.isRetired)) problems.options = 'options';
  }
  if (draft.type === 'Money' && draft.currency.trim() && !/^[A-Za-z]{3}$/.test(draft.currency.trim())) problems.currency = 'currency';
  return problems;
}

/** The options as the API takes them: new rows left blank are dropped, existing options keep their key. */
function sentOptions(options: readonly OptionDraft[]) {
  return options
    .filter((o) => o.key !== null || o.label.trim() !== '')
    .map((o) => ({ key: o.key, label: o.label.trim(), isRetired: o.isRetired }));
}

const currencyOf = (draft: FieldDraft) => (draft.type === 'Money' ? draft.currency.trim().toUpperCase() || null : null);

export function defineBody(entity: CustomFieldEntity, draft: FieldDraft): DefineCustomFieldRequest {
  return {
    entity,
    key: draft.key.trim() || null,
    label: draft.label.trim(),
    type: draft.type,
    isRequired: draft.isRequired,
    isUnique: draft.isUnique && canBeUnique(draft.type, entity),
    options: hasOptions(draft.type) ? sentOptions(draft.options) : null,
    currency: currencyOf(draft),
  };
}

/** A change as the API takes it: everything is given each time (an option left out would be retired). */
export function changeBody(field: CustomField, draft: FieldDraft, changes: { position?: number; isRetired?: boolean } = {}): ChangeCustomFieldRequest {
  return {
    label: draft.label.trim(),
    isRequired: draft.isRequired,
    isUnique: draft.isUnique && canBeUnique(field.type, field.entity),
    options: hasOptions(field.type) ? sentOptions(draft.options) : null,
    currency: currencyOf({ ...draft, type: field.type }),
    position: changes.position ?? field.position,
    isRetired: changes.isRetired ?? field.isRetired,
  };
}

/** The field as it is, but for its position or whether it is retired. */
export function settingsOf(field: CustomField, changes: { position?: number; isRetired?: boolean }): ChangeCustomFieldRequest {
  return changeBody(field, fieldDraftOf(field), changes);
}

/** The fields as forms show them: by position, then label, as the API sorts them. */
export function byPosition(fields: readonly CustomField[]): CustomField[] {
  return [...fields].sort((a, b) => a.position - b.position || a.label.localeCompare(b.label));
}

/**
 * The positions to change to move a field one place up (-1) or down (+1) in the list: the two fields swap positions;
 * when some fields share a position, the whole list is numbered again from 0 and only the fields whose position
 * changed are given.
 */
export function moveField(fields: readonly CustomField[], id: string, direction: -1 | 1): { field: CustomField; position: number }[] {
  const sorted = byPosition(fields);
  const from = sorted.findIndex((f) => f.id === id);
  const to = from + direction;
  if (from < 0 || to < 0 || to >= sorted.length) return [];
  const moved = sorted[from]!;
  const other = sorted[to]!;
  if (new Set(sorted.map((f) => f.position)).size === sorted.length) {
    return [{ field: moved, position: other.position }, { field: other, position: moved.position }];
  }
  const order = [...sorted];
  order[from] = other;
  order[to] = moved;
  return order.map((field, position) => ({ field, position })).filter(({ field, position }) => field.position !== position);
}
