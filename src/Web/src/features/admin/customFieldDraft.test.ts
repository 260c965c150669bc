import { describe, expect, it } from 'vitest';
import type { CustomField } from '../customFields/values';
import {
  byPosition, canBeUnique, changeBody, checkField, defineBody, emptyFieldDraft, fieldDraftOf, keyFromLabel, moveField, settingsOf,
} from './customFieldDraft';

function field(id: string, position: number, changes: Partial<CustomField> = {}): CustomField {
  return {
    id, entity: 'Contact', key: id, label: id.toUpperCase(), type: 'Text', isRequired: false, isUnique: false, options: [], currency: null,
    position, isRetired: false, version: 3, ...changes,
  };
}

const segment = field('segment', 0, {
  type: 'SingleSelect',
  options: [{ key: 'smb', label: 'Small business', isRetired: false }, { key: 'old', label: 'Legacy', isRetired: true }],
});

describe('keyFromLabel', () => {
  it('makes the key the API would, accents and punctuation folded', () => {
    expect(keyFromLabel('Date de résiliation')).toBe('date_de_resiliation');
    expect(keyFromLabel('  N° SIRET / siège ')).toBe('n_siret_siege');
    expect(keyFromLabel('2026 budget')).toBe('f_2026_budget');
    expect(keyFromLabel('€€')).toBe('f_');
    expect(keyFromLabel('a'.repeat(60)).length).toBe(50);
  });
});

describe('checkField', () => {
  it('asks for a label, a valid key if one is given, options for a list and a currency code', () => {
    expect(checkField(emptyFieldDraft())).toEqual({ label: 'required' });
    expect(checkField({ ...emptyFieldDraft(), label: 'Budget', key: 'Budget 2026' })).toEqual({ key: 'key' });
    expect(checkField({ ...emptyFieldDraft(), label: 'Segment', type: 'SingleSelect' })).toEqual({ options: 'options' });
    expect(checkField({ ...emptyFieldDraft(), label: 'Budget', type: 'Money', currency: 'EURO' })).toEqual({ currency: 'currency' });
    expect(checkField({ ...emptyFieldDraft(), label: 'Segment', type: 'SingleSelect', options: [{ key: null, label: 'SMB', isRetired: false }, { key: null, label: '', isRetired: false }] })).toEqual({});
  });

  it('refuses a list whose options are all retired, or an existing option left without a label', () => {
    const draft = fieldDraftOf(segment);
    expect(checkField({ ...draft, options: draft.options.map((o) => ({ ...o, isRetired: true })) })).toEqual({ options: 'options' });
    expect(checkField({ ...draft, options: draft.options.map((o) => ({ ...o, label: '' })) })).toEqual({ options: 'options' });
  });
});

describe('defineBody', () => {
  it('sends a blank key as null, options only for lists and a currency only for amounts', () => {
    const body = defineBody('Company', {
      ...emptyFieldDraft(), label: ' Segment ', type: 'SingleSelect', isUnique: true,
      options: [{ key: null, label: ' SMB ', isRetired: false }, { key: null, label: ' ', isRetired: false }],
    });
    expect(body).toEqual({
      entity: 'Company', key: null, label: 'Segment', type: 'SingleSelect', isRequired: false, isUnique: false,
      options: [{ key: null, label: 'SMB', isRetired: false }], currency: null,
    });
    const money = defineBody('Contact', { ...emptyFieldDraft(), label: 'Budget', key: 'budget', type: 'Money', currency: 'usd' });
    expect(money).toMatchObject({ key: 'budget', options: null, currency: 'USD' });
  });

  it('keeps the unique flag for the types that can be unique, never on deals', () => {
    expect(canBeUnique('Email', 'Contact')).toBe(true);
    expect(canBeUnique('Date', 'Contact')).toBe(false);
    expect(canBeUnique('Text', 'Deal')).toBe(false);
    expect(defineBody('Contact', { ...emptyFieldDraft(), label: 'VAT', type: 'Text', isUnique: true }).isUnique).toBe(true);
    expect(defineBody('Deal', { ...emptyFieldDraft(), label: 'Tender', type: 'Text', isUnique: true }).isUnique).toBe(false);
  });
});

describe('changeBody', () => {
  it('gives every option back, retired ones included, with the field’s position and state', () => {
    const draft = fieldDraftOf(segment);
    draft.options = [{ ...draft.options[0]!, label: 'Small companies' }, draft.options[1]!, { key: null, label: 'Enterprise', isRetired: false }];
    expect(changeBody(segment, { ...draft, label: 'Market' })).toEqual({
      label: 'Market', isRequired: false, isUnique: false, currency: null, position: 0, isRetired: false,
      options: [
        { key: 'smb', label: 'Small companies', isRetired: false },
        { key: 'old', label: 'Legacy', isRetired: true },
        { key: null, label: 'Enterprise', isRetired: false },
      ],
    });
  });

  it('retires, restores or moves a field as it is', () => {
    const budget = field('budget', 4, { type: 'Money', currency: 'EUR', isRequired: true });
    expect(settingsOf(budget, { isRetired: true })).toEqual({
      label: 'BUDGET', isRequired: true, isUnique: false, options: null, currency: 'EUR', position: 4, isRetired: true,
    });
    expect(settingsOf(budget, { position: 1 }).position).toBe(1);
  });
});

describe('moveField', () => {
  const fields = [field('c', 2), field('a', 0), field('b', 1)];

  it('sorts by position, then label', () => {
    expect(byPosition([field('y', 1), field('x', 1), field('z', 0)]).map((f) => f.id)).toEqual(['z', 'x', 'y']);
  });

  it('swaps the positions of two neighbours', () => {
    expect(moveField(fields, 'b', -1).map(({ field: f, position }) => [f.id, position])).toEqual([['b', 0], ['a', 1]]);
    expect(moveField(fields, 'b', 1).map(({ field: f, position }) => [f.id, position])).toEqual([['b', 2], ['c', 1]]);
  });

  it('does nothing past either end', () => {
    expect(moveField(fields, 'a', -1)).toEqual([]);
    expect(moveField(fields, 'c', 1)).toEqual([]);
    expect(moveField(fields, 'missing', 1)).toEqual([]);
  });

  it('numbers the list again when positions are shared, changing only what moved', () => {
    const shared = [field('a', 0), field('b', 5), field('c', 5), field('d', 9)];
    expect(moveField(shared, 'c', -1).map(({ field: f, position }) => [f.id, position])).toEqual([['c', 1], ['b', 2], ['d', 3]]);
  });
});
