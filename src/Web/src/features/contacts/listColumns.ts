import type { CustomField } from '../customFields/values';
import { customFieldPrefix, isSortableCustomField } from './listView';

/** The contact's own columns the list can show; `sort` is the API's sort field when the column sorts. */
export const standardColumns: readonly { id: string; sort?: string }[] = [
  { id: 'name', sort: 'lastName' },
  { id: 'firstName', sort: 'firstName' },
  { id: 'lastName', sort: 'lastName' },
  { id: 'jobTitle', sort: 'jobTitle' },
  { id: 'email', sort: 'email' },
  { id: 'phone' },
  { id: 'company' },
  { id: 'stage' },
  { id: 'tags' },
  { id: 'source', sort: 'source' },
  { id: 'city', sort: 'city' },
  { id: 'postalCode', sort: 'postalCode' },
  { id: 'country' },
  { id: 'created', sort: 'createdAt' },
  { id: 'updated', sort: 'updatedAt' },
];

/** The columns shown until the user chooses; the name is always shown, first. */
export const defaultColumns: readonly string[] = ['name', 'email', 'phone', 'stage', 'created'];

export interface Column {
  id: string;
  sort?: string;
  custom?: CustomField;
}

/** Every column the chooser offers: the contact's own, then the active custom fields. */
export function availableColumns(customFields: readonly CustomField[]): Column[] {
  return [
    ...standardColumns,
    ...customFields.filter((f) => !f.isRetired).map((f) => ({
      id: `${customFieldPrefix}${f.key}`,
      custom: f,
      ...(isSortableCustomField(f.type) ? { sort: `${customFieldPrefix}${f.key}` } : {}),
    })),
  ];
}

/**
 * The columns shown, in the chooser's order: the chosen ones that still exist (a custom field may have been retired
 * since), the name first whatever was stored.
 */
export function shownColumns(chosen: readonly string[], customFields: readonly CustomField[]): Column[] {
  return availableColumns(customFields).filter((c) => c.id === 'name' || chosen.includes(c.id));
}

const storageKey = (userId: string) => `crm.contacts.columns.${userId}`;

/** The columns this user chose on this browser, or the default ones. */
export function loadColumns(storage: Pick<Storage, 'getItem'> | undefined, userId: string): string[] {
  try {
    const stored: unknown = JSON.parse(storage?.getItem(storageKey(userId)) ?? 'null');
    if (Array.isArray(stored) && stored.every((id) => typeof id === 'string')) return stored;
  } catch {
    // A value written by hand, or by an older version: the default columns.
  }
  return [...defaultColumns];
}

export function saveColumns(storage: Pick<Storage, 'setItem'> | undefined, userId: string, columns: readonly string[]) {
  try {
    storage?.setItem(storageKey(userId), JSON.stringify(columns));
  } catch {
    // Storage full or refused (private browsing): the choice lasts for the visit.
  }
}
