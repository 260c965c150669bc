import { describe, expect, it } from 'vitest';
import type { CustomField } from '../customFields/values';
import { bulkPollInterval, bulkRequest, choiceProblem, companyBulkRequest, isBulkFinished, setFieldValue, settableFields } from './bulkActions';

const field = (key: string, more: Partial<CustomField> = {}): CustomField => ({
  id: `id-${key}`, entity: 'Contact', key, label: key, type: 'Text', isRequired: false, isUnique: false, options: [], position: 0,
  isRetired: false, version: 1, ...more,
});
const fields = [
  field('seats', { type: 'Number' }), field('vip', { type: 'Bool' }), field('old', { isRetired: true }), field('siret', { isUnique: true }),
  field('topics', { type: 'MultiSelect', options: [{ key: 'a', label: 'A', isRetired: false }, { key: 'b', label: 'B', isRetired: false }] }),
  field('renewal', { type: 'Date' }),
];
const ticked = { kind: 'ticked', ids: new Set(['c1', 'c2']) } as const;

describe('bulkRequest', () => {
  it('sends the ticked contacts by id, and nothing of the list', () => {
    expect(bulkRequest({ action: 'AddTag', tag: ' vip ' }, ticked)).toEqual({ action: 'AddTag', tag: 'vip', contactIds: ['c1', 'c2'] });
    expect(bulkRequest({ action: 'Delete' }, ticked)).toEqual({ action: 'Delete', contactIds: ['c1', 'c2'] });
  });

  it('sends the list’s search, filters and segment for the whole list, leaving out what is not set', () => {
    expect(bulkRequest({ action: 'RemoveTag', tag: 'old' }, { kind: 'list', q: ' ada ', filters: ['lastName:contains:x'], segment: 's1' }))
      .toEqual({ action: 'RemoveTag', tag: 'old', q: 'ada', filters: ['lastName:contains:x'], segment: 's1' });
    expect(bulkRequest({ action: 'AssignOwner', ownerId: 'u1' }, { kind: 'list', q: '', filters: [], segment: null }))
      .toEqual({ action: 'AssignOwner', ownerId: 'u1' });
  });

  it('sends a field with its value as the API reads it', () => {
    expect(bulkRequest({ action: 'SetField', field: 'lifecycleStage', value: 'Customer' }, ticked, fields))
      .toEqual({ action: 'SetField', field: 'lifecycleStage', value: 'Customer', contactIds: ['c1', 'c2'] });
    expect(bulkRequest({ action: 'SetField', field: 'cf.seats', value: '1 250,5' }, { kind: 'list' }, fields))
      .toEqual({ action: 'SetField', field: 'cf.seats', value: 1250.5 });
  });
});

describe('companyBulkRequest', () => {
  it('sends the ticked companies as companyIds', () => {
    expect(companyBulkRequest({ action: 'AddTag', tag: ' salon ' }, ticked)).toEqual({ action: 'AddTag', tag: 'salon', companyIds: ['c1', 'c2'] });
  });

  it('sends the list’s search and filters, never a segment', () => {
    expect(companyBulkRequest({ action: 'Delete' }, { kind: 'list', q: ' dan ', filters: ['size:eq:Large'], segment: 's1' }))
      .toEqual({ action: 'Delete', q: 'dan', filters: ['size:eq:Large'] });
  });
});

describe('setFieldValue', () => {
  it('types a custom field’s value as its forms do, and clears with null', () => {
    expect(setFieldValue('cf.seats', '12', fields)).toBe(12);
    expect(setFieldValue('cf.seats', '', fields)).toBeNull();
    expect(setFieldValue('cf.vip', true, fields)).toBe(true);
    expect(setFieldValue('cf.vip', false, fields)).toBe(false);
    expect(setFieldValue('cf.topics', ['b', 'a'], fields)).toEqual(['a', 'b']);
    expect(setFieldValue('cf.topics', [], fields)).toBeNull();
    expect(setFieldValue('cf.renewal', '2027-01-31', fields)).toBe('2027-01-31');
  });

  it('sends the stage and the source as text, blank as null', () => {
    expect(setFieldValue('source', ' Fair ', fields)).toBe('Fair');
    expect(setFieldValue('source', '', fields)).toBeNull();
    expect(setFieldValue('lifecycleStage', 'Lead', fields)).toBe('Lead');
  });
});

describe('settableFields', () => {
  it('offers the stage, the source and the custom fields in use that are not unique', () => {
    expect(settableFields(fields).map((f) => f.name)).toEqual(['lifecycleStage', 'source', 'cf.seats', 'cf.vip', 'cf.topics', 'cf.renewal']);
  });

  it('offers only custom fields for companies, which have no stage or source', () => {
    expect(settableFields(fields, 'companies').map((f) => f.name)).toEqual(['cf.seats', 'cf.vip', 'cf.topics', 'cf.renewal']);
  });
});

describe('progress', () => {
  it('asks every second until the action is over', () => {
    expect(bulkPollInterval('Queued')).toBe(1000);
    expect(bulkPollInterval('Running')).toBe(1000);
    expect(bulkPollInterval('Completed')).toBe(false);
    expect(bulkPollInterval('Failed')).toBe(false);
    expect(bulkPollInterval(undefined)).toBe(false);
    expect(isBulkFinished('Completed')).toBe(true);
    expect(isBulkFinished('Running')).toBe(false);
  });
});

describe('choiceProblem', () => {
  it('asks for a tag, an owner and a field before sending', () => {
    expect(choiceProblem({ action: 'AddTag', tag: '  ' })).toBe('bulk.tag_invalid');
    expect(choiceProblem({ action: 'AssignOwner', ownerId: '' })).toBe('bulk.owner_unknown');
    expect(choiceProblem({ action: 'SetField', field: '', value: '' })).toBe('bulk.field_unknown');
    expect(choiceProblem({ action: 'Delete' })).toBeNull();
    expect(choiceProblem({ action: 'RemoveTag', tag: 'x' })).toBeNull();
  });
});
