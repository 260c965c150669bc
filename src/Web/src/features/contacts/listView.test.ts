import { describe, expect, it } from 'vitest';
import type { CustomField } from '../customFields/values';
import {
  arity, escapeValue, filterFields, findFilterField, formatCondition, formatCount, isComplete, kindOfCustomField, listQuery,
  nextSort, offeredOperators, operatorsByKind, paramsOfView, parseCondition, parseSort, splitValues, valuesOfLines, viewOfParams,
} from './listView';

function field(key: string, type: CustomField['type'], changes: Partial<CustomField> = {}): CustomField {
  return {
    id: `id-${key}`, entity: 'Contact', key, label: key, type, isRequired: false, isUnique: false, options: [], currency: null,
    position: 1, isRetired: false, version: 1, ...changes,
  };
}

describe('filter conditions', () => {
  it('escape commas and backslashes inside a value', () => {
    expect(escapeValue('a,b\\c')).toBe('a\\,b\\\\c');
    expect(formatCondition({ field: 'jobTitle', operator: 'in', values: ['CEO, founder', 'C\\O'] })).toBe('jobTitle:in:CEO\\, founder,C\\\\O');
  });

  it('write an operator without values without a trailing colon', () => {
    expect(formatCondition({ field: 'jobTitle', operator: 'isEmpty', values: [] })).toBe('jobTitle:isEmpty');
    expect(formatCondition({ field: 'createdAt', operator: 'between', values: ['2026-01-01', '2026-01-31'] }))
      .toBe('createdAt:between:2026-01-01,2026-01-31');
  });

  it('are read back as written, escapes undone', () => {
    const written = { field: 'cf.motto', operator: 'in' as const, values: ['a,b', 'c\\d', 'e:f'] };
    expect(parseCondition(formatCondition(written))).toEqual(written);
    expect(splitValues('a\\,b,c')).toEqual(['a,b', 'c']);
    expect(parseCondition('lastName:startsWith:Mar')).toEqual({ field: 'lastName', operator: 'startsWith', values: ['Mar'] });
    expect(parseCondition('jobTitle:isempty')).toEqual({ field: 'jobTitle', operator: 'isEmpty', values: [] });
  });

  it('refuse what the API would refuse: unknown operator, missing or extra values', () => {
    expect(parseCondition('lastName')).toBeNull();
    expect(parseCondition(':eq:x')).toBeNull();
    expect(parseCondition('lastName:like:x')).toBeNull();
    expect(parseCondition('lastName:eq')).toBeNull();
    expect(parseCondition('lastName:eq:')).toBeNull();
    expect(parseCondition('createdAt:between:2026-01-01')).toBeNull();
    expect(parseCondition('lastName:eq:a,b')).toBeNull();
    expect(parseCondition('jobTitle:isEmpty:x')).toBeNull();
  });

  it('know how many values each operator takes', () => {
    expect(arity('isNotEmpty')).toBe(0);
    expect(arity('gte')).toBe(1);
    expect(arity('between')).toBe(2);
    expect(arity('in')).toBe('many');
    expect(isComplete({ field: 'x', operator: 'in', values: [] })).toBe(false);
    expect(isComplete({ field: 'x', operator: 'in', values: ['a', ' '] })).toBe(false);
    expect(isComplete({ field: 'x', operator: 'in', values: Array.from({ length: 101 }, (_, i) => String(i)) })).toBe(false);
  });

  it('take values typed one per line, blank lines left out', () => {
    expect(valuesOfLines(' Paris \n\nLyon, Rhône\r\n')).toEqual(['Paris', 'Lyon, Rhône']);
  });
});

describe('operators per kind', () => {
  it('follow what the API accepts', () => {
    expect(operatorsByKind.choice).toEqual(['eq', 'neq', 'in']);
    expect(operatorsByKind.select).toContain('isEmpty');
    expect(operatorsByKind.text).not.toContain('gt');
    expect(operatorsByKind.number).toContain('between');
    expect(operatorsByKind.date).not.toContain('in');
    expect(operatorsByKind.bool).toEqual(['eq', 'isEmpty']);
    expect(operatorsByKind.multiSelect).not.toContain('isNotEmpty');
  });

  it('offer only what the form has an input for', () => {
    expect(offeredOperators('company')).toEqual(['isEmpty', 'isNotEmpty']);
    expect(offeredOperators('owner')).toEqual(['eq', 'neq']);
    expect(offeredOperators('text')).toBe(operatorsByKind.text);
  });

  it('come from the custom field type', () => {
    expect(kindOfCustomField('Money')).toBe('number');
    expect(kindOfCustomField('Date')).toBe('date');
    expect(kindOfCustomField('SingleSelect')).toBe('select');
    expect(kindOfCustomField('MultiSelect')).toBe('multiSelect');
    expect(kindOfCustomField('Url')).toBe('text');
  });

  it('name custom fields cf.<key>, retired ones left out of the form but still found', () => {
    const seats = field('seats', 'Number');
    const old = field('old', 'Text', { isRetired: true });
    const names = filterFields([seats, old]).map((f) => f.name);
    expect(names).toContain('cf.seats');
    expect(names).not.toContain('cf.old');
    expect(findFilterField('cf.old', [seats, old])?.kind).toBe('text');
    expect(findFilterField('lifecycleStage', [])?.kind).toBe('choice');
    expect(findFilterField('lifecycleStage', [])?.choices?.values).toContain('Customer');
    expect(findFilterField('cf.gone', [seats])).toBeUndefined();
  });
});

describe('the view in the address', () => {
  it('is read with its conditions, sort and search; unreadable conditions are dropped', () => {
    const params = new URLSearchParams('q=%20ada%20&filter=lifecycleStage:in:Lead,Customer&filter=nonsense&filter=cf.seats:gt:10&sort=-lastName');
    expect(viewOfParams(params)).toEqual({
      q: 'ada',
      conditions: [
        { field: 'lifecycleStage', operator: 'in', values: ['Lead', 'Customer'] },
        { field: 'cf.seats', operator: 'gt', values: ['10'] },
      ],
      sort: { field: 'lastName', descending: true },
    });
  });

  it('is written back, default sort and empty search left out, other parameters kept', () => {
    const view = { q: '', conditions: [{ field: 'city', operator: 'eq' as const, values: ['Paris, 75'] }], sort: parseSort(null) };
    expect(paramsOfView(view, new URLSearchParams('tab=x&q=old')).toString()).toBe('tab=x&filter=city%3Aeq%3AParis%5C%2C+75');
    expect(viewOfParams(paramsOfView(view))).toEqual(view);
    expect(listQuery(view)).toEqual({ filter: ['city:eq:Paris\\, 75'] });
    expect(listQuery({ q: 'x', conditions: [], sort: { field: 'email', descending: false } })).toEqual({ q: 'x', sort: 'email' });
  });

  it('sorts by creation by default and turns a clicked column around', () => {
    expect(parseSort(undefined)).toEqual({ field: 'createdAt', descending: false });
    expect(nextSort(parseSort(null), 'lastName')).toEqual({ field: 'lastName', descending: false });
    expect(nextSort({ field: 'lastName', descending: false }, 'lastName')).toEqual({ field: 'lastName', descending: true });
    expect(nextSort({ field: 'lastName', descending: true }, 'lastName')).toEqual({ field: 'lastName', descending: false });
  });
});

describe('formatCount', () => {
  const en = { thousand: 'K', million: 'M' };
  const fr = { thousand: '\u00a0k', million: '\u00a0M' };
  it('writes an exact count in the reader\'s locale', () => {
    expect(formatCount(1234, false, 'en-GB', en)).toBe('1,234');
    expect(formatCount(1234, false, 'fr-FR', fr)).toBe('1\u202f234');
  });

  it('rounds an estimate', () => {
    expect(formatCount(1_234_567, true, 'en-GB', en)).toBe('1.2M');
    expect(formatCount(1_234_567, true, 'fr-FR', fr)).toBe('1,2\u00a0M');
    expect(formatCount(12_345, true, 'en-GB', en)).toBe('12.3K');
    expect(formatCount(999_999, true, 'en-GB', en)).toBe('1M');
  });
});
