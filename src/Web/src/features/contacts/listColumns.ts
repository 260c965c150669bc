import type { CustomField } from '../customFields/values';
import { customFieldPrefix, isSortableCustomField } from './listView';

/** A record's own column; `sort` is the API's sort field when the column sorts. */
export interface StandardColumn {
  id: string;
  sort?: string;
}

/**
 * The columns a list of records can show: the record's own, those shown until the user chooses, and the list's name,
 * which keys the choice remembered and the namespace of the columns' headers (`columns.<id>`).
 */
export interface ColumnSet {
  list: string;
  standard: readonly StandardColumn[];
  defaults: readonly string[];
}

/** The contact's own columns the list can show. */
export const standardColumns: readonly StandardColumn[] = [
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

export const contactColumns: ColumnSet = { list: 'contacts', standard: standardColumns, defaults: defaultColumns };

export interface Column {
  id: string;
  sort?: string;
  custom?: CustomField;
}

/** Every column the chooser offers: the record's own, then the active custom fields. */
export function availableColumns(customFields: readonly CustomField[], set: ColumnSet = contactColumns): Column[] {
  return [
    ...set.standard,
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
export function shownColumns(chosen: readonly string[], customFields: readonly CustomField[], set: ColumnSet = contactColumns): Column[] {
  return availableColumns(customFields, set).filter((c) => c.id === 'name' || chosen.includes(c.id));
}

const storageKey = (set: ColumnSet, userId: string) => `crm.${set.list}.columns.${userId}`;

/** The columns this user chose for this list on this browser, or the default ones. */
export function loadColumns(storage: Pick<Storage, 'getItem'> | undefined, userId: string, set: ColumnSet = contactColumns): string[] {
  try {
    const stored: unknown = JSON.parse(storage?.getItem(storageKey(set, userId)) ?? 'null');
    if (Array.isArray(stored) && stored.every((id) => typeof id === 'string')) return stored;
  } catch {
    // A value written by hand, or by an older version: the default columns.
  }
  return [...set.defaults];
}

export function saveColumns(storage: Pick<Storage, 'setItem'> | undefined, userId: string, columns: readonly string[], set: ColumnSet = contactColumns) {
  try {
    storage?.setItem(storageKey(set, userId), JSON.stringify(columns));
  } catch {
    // Storage full or refused (private browsing): the choice lasts for the visit.
  }
}
