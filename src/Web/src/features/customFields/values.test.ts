import { describe, expect, it } from 'vitest';
import {
  activeFields, customFieldNames, customFieldsBody, customFieldsDraftOf, draftProblem, formatDay, formatValue, labelOfChange, offeredOptions,
  parseNumber, valueOf, type CustomField,
} from './values';

let position = 0;
function field(key: string, type: CustomField['type'], changes: Partial<CustomField> = {}): CustomField {
  position += 1;
  return {
    id: `id-${key}`, entity: 'Contact', key, label: key[0]!.toUpperCase() + key.slice(1), type, isRequired: false, isUnique: false,
    options: [], currency: type === 'Money' ? 'EUR' : null, position, isRetired: false, version: 1, ...changes,
  };
}

const segment = field('segment', 'SingleSelect', {
  options: [{ key: 'smb', label: 'Small business', isRetired: false }, { key: 'old', label: 'Legacy', isRetired: true }, { key: 'ent', label: 'Enterprise', isRetired: false }],
});
const regions = field('regions', 'MultiSelect', {
  options: [{ key: 'north', label: 'North', isRetired: false }, { key: 'south', label: 'South', isRetired: false }, { key: 'west', label: 'West', isRetired: true }],
});
const budget = field('budget', 'Money', { currency: 'EUR' });
const seats = field('seats', 'Number');
const partner = field('partner', 'Bool');
const signed = field('signed', 'Date');
const notes = field('notes', 'LongText');
const retired = field('legacy', 'Text', { isRetired: true });
const all = [segment, regions, budget, seats, partner, signed, notes, retired];

describe('activeFields and customFieldNames', () => {
  it('leave retired fields out and name the others as the API names their errors', () => {
    expect(activeFields(all).map((f) => f.key)).not.toContain('legacy');
    expect(customFieldNames([seats, retired])).toEqual(['customFields.seats']);
  });
});

describe('customFieldsDraftOf', () => {
  it('shows numbers as text and keeps booleans, lists and text as they are', () => {
    expect(customFieldsDraftOf({ seats: 12, budget: 1500.5, partner: false, regions: ['north'], segment: 'smb', gone: null })).toEqual({
      seats: '12', budget: '1500.5', partner: false, regions: ['north'], segment: 'smb',
    });
    expect(customFieldsDraftOf(undefined)).toEqual({});
  });
});

describe('parseNumber', () => {
  it('reads numbers as people type them, in French or English', () => {
    expect(parseNumber('1234.5')).toBe(1234.5);
    expect(parseNumber('1 234,50')).toBe(1234.5);
    expect(parseNumber('1\u202f234,5 €')).toBe(1234.5);
    expect(parseNumber('-3')).toBe(-3);
    expect(parseNumber('  ')).toBeNull();
  });

  it('gives NaN for what is not a number, an ambiguous thousands separator included', () => {
    expect(parseNumber('twelve')).toBeNaN();
    expect(parseNumber('1,234.50')).toBeNaN();
    expect(parseNumber('1.2.3')).toBeNaN();
  });
});

describe('draftProblem', () => {
  it('tells a number that is not one, and nothing else', () => {
    expect(draftProblem(seats, 'abc')).toBe('number');
    expect(draftProblem(budget, '12,50')).toBeUndefined();
    expect(draftProblem(seats, '')).toBeUndefined();
    expect(draftProblem(notes, 'abc')).toBeUndefined();
  });
});

describe('valueOf', () => {
  it('turns drafts into the values the API takes, blank into null', () => {
    expect(valueOf(seats, ' 42 ')).toBe(42);
    expect(valueOf(budget, '1 500,25')).toBe(1500.25);
    expect(valueOf(seats, 'many')).toBe('many');
    expect(valueOf(seats, '')).toBeNull();
    expect(valueOf(partner, true)).toBe(true);
    expect(valueOf(partner, false)).toBe(false);
    expect(valueOf(signed, '2026-12-31')).toBe('2026-12-31');
    expect(valueOf(notes, '  ')).toBeNull();
    expect(valueOf(segment, '')).toBeNull();
  });

  it('sends the options of a multi select in the options’ order, an empty choice as null', () => {
    expect(valueOf(regions, ['west', 'north'])).toEqual(['north', 'west']);
    expect(valueOf(regions, [])).toBeNull();
  });
});

describe('customFieldsBody', () => {
  it('sends only what differs from the stored values', () => {
    const stored = { seats: 12, segment: 'smb', regions: ['north', 'south'], notes: 'Met at the fair' };
    const draft = { ...customFieldsDraftOf(stored), seats: '12', regions: ['south', 'north'], segment: 'ent', notes: '' };
    expect(customFieldsBody(all, draft, stored)).toEqual({ segment: 'ent', notes: null });
  });

  it('leaves untouched and retired fields out, so the API keeps their values', () => {
    expect(customFieldsBody(all, { legacy: 'new value' }, { legacy: 'old value', seats: 3 })).toEqual({});
  });

  it('sends filled fields on a new record', () => {
    expect(customFieldsBody(all, { seats: '3', segment: 'smb', partner: true, signed: '' }, {})).toEqual({ seats: 3, segment: 'smb', partner: true });
  });

  it('sends a required checkbox never ticked as "no", since the API needs a value', () => {
    const required = field('consent', 'Bool', { isRequired: true });
    expect(customFieldsBody([required], {}, {})).toEqual({ consent: false });
    expect(customFieldsBody([required], {}, { consent: true })).toEqual({});
  });
});

describe('offeredOptions', () => {
  it('offers the active options and the retired ones the record still holds', () => {
    expect(offeredOptions(segment, 'smb').map((o) => o.key)).toEqual(['smb', 'ent']);
    expect(offeredOptions(segment, 'old').map((o) => o.key)).toEqual(['smb', 'old', 'ent']);
    expect(offeredOptions(regions, ['west']).map((o) => o.key)).toEqual(['north', 'south', 'west']);
  });
});

describe('formatValue', () => {
  const words = { yes: 'Yes', no: 'No' };
  it('shows option labels, retired ones included, and unknown keys as they are', () => {
    expect(formatValue(segment, 'old', 'en-GB', words)).toBe('Legacy');
    expect(formatValue(regions, ['north', 'west'], 'en-GB', words)).toBe('North, West');
    expect(formatValue(segment, 'gone', 'en-GB', words)).toBe('gone');
  });

  it('writes amounts, numbers and days as the reader does', () => {
    expect(formatValue(budget, 1234.5, 'en-GB', words)).toBe('€1,234.50');
    expect(formatValue(budget, 1234.5, 'fr-FR', words)?.replace(/\s/g, ' ')).toBe('1 234,50 €');
    expect(formatValue({ ...budget, currency: 'USD' }, 10, 'en-GB', words)).toBe('US$10.00');
    expect(formatValue(seats, 1234.25, 'fr-FR', words)?.replace(/\s/g, ' ')).toBe('1 234,25');
    expect(formatValue(signed, '2026-12-31', 'en-GB', words)).toBe('31 Dec 2026');
    expect(formatValue(signed, '2026-01-01', 'fr-FR', words)).toBe('1 janv. 2026');
  });

  it('says yes or no, and nothing for no value', () => {
    expect(formatValue(partner, true, 'en-GB', words)).toBe('Yes');
    expect(formatValue(partner, false, 'en-GB', words)).toBe('No');
    expect(formatValue(partner, null, 'en-GB', words)).toBeNull();
    expect(formatValue(regions, [], 'en-GB', words)).toBeNull();
    expect(formatValue(notes, '', 'en-GB', words)).toBeNull();
  });
});

describe('formatDay', () => {
  it('keeps the day whatever the time zone, and shows what it cannot read as it is', () => {
    expect(formatDay('2026-03-01', 'en-GB')).toBe('1 Mar 2026');
    expect(formatDay('soon', 'en-GB')).toBe('soon');
  });
});

describe('labelOfChange', () => {
  it('names a changed custom field by its label, retired or not, and leaves other names alone', () => {
    expect(labelOfChange(all, 'customFields.legacy')).toBe('Legacy');
    expect(labelOfChange(all, 'customFields.unknown')).toBe('unknown');
    expect(labelOfChange(all, 'firstName')).toBeUndefined();
  });
});
