import { describe, expect, it } from 'vitest';
import type { CustomField } from '../customFields/values';
import { availableColumns, defaultColumns, loadColumns, saveColumns, shownColumns } from './listColumns';

function field(key: string, type: CustomField['type'], isRetired = false): CustomField {
  return {
    id: `id-${key}`, entity: 'Contact', key, label: key, type, isRequired: false, isUnique: false, options: [], currency: null,
    position: 1, isRetired, version: 1,
  };
}

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
}

describe('columns', () => {
  it('offer the active custom fields, sortable unless yes/no, several choices or long text', () => {
    const columns = availableColumns([field('seats', 'Number'), field('vip', 'Bool'), field('notes', 'LongText'), field('old', 'Text', true)]);
    expect(columns.find((c) => c.id === 'cf.seats')?.sort).toBe('cf.seats');
    expect(columns.find((c) => c.id === 'cf.vip')?.sort).toBeUndefined();
    expect(columns.find((c) => c.id === 'cf.notes')?.sort).toBeUndefined();
    expect(columns.find((c) => c.id === 'cf.old')).toBeUndefined();
  });

  it('always show the name, and drop custom fields gone since', () => {
    expect(shownColumns(['cf.gone', 'email'], [field('seats', 'Number')]).map((c) => c.id)).toEqual(['name', 'email']);
  });

  it('are remembered per user, the default ones otherwise', () => {
    const storage = memoryStorage();
    expect(loadColumns(storage, 'u1')).toEqual(defaultColumns);
    saveColumns(storage, 'u1', ['name', 'cf.seats']);
    expect(loadColumns(storage, 'u1')).toEqual(['name', 'cf.seats']);
    expect(loadColumns(storage, 'u2')).toEqual(defaultColumns);
    storage.setItem('crm.contacts.columns.u3', '{not json');
    expect(loadColumns(storage, 'u3')).toEqual(defaultColumns);
  });
});
