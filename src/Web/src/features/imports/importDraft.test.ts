import { describe, expect, it } from 'vitest';
import {
  assignField, chooseMatch, customKeyOf, delimiterName, matchableCustomFields, matchChoiceOf, draftOf, formatFileSize, importableCustomFields, importFields, missingColumns, samplesOf, settingsKey, targetOf,
  toSettings, type ImportDraft, type ImportRecord,
} from './importDraft';
import type { CustomField } from '../customFields/values';

const uploaded: Pick<ImportRecord, 'headers' | 'columns' | 'policy' | 'matchKey'> = {
  headers: ['Prénom', 'Nom', 'E-mail', 'Téléphone', 'Société', 'Notes'],
  columns: [{ column: 0, field: 'FirstName' }, { column: 1, field: 'LastName' }, { column: 2, field: 'Email' }, { column: 3, field: 'Phone' }, { column: 4, field: 'Company' }],
  policy: 'Skip',
  matchKey: 'Email',
};

describe('draftOf', () => {
  it('puts the suggested field in each column and leaves the others out', () => {
    const draft = draftOf(uploaded);
    expect(draft.mapping).toEqual(['FirstName', 'LastName', 'Email', 'Phone', 'Company', '']);
    expect(draft.policy).toBe('Skip');
    expect(draft.matchKey).toBe('Email');
  });

  it('ignores a suggestion for a column the file does not have, or a field already taken', () => {
    const draft = draftOf({ ...uploaded, headers: ['A', 'B'], columns: [{ column: 0, field: 'Email' }, { column: 1, field: 'Email' }, { column: 5, field: 'City' }] });
    expect(draft.mapping).toEqual(['Email', '']);
  });
});

describe('assignField', () => {
  const draft: ImportDraft = { mapping: ['FirstName', 'LastName', 'Email', ''], policy: 'Skip', matchKey: 'Email' };

  it('sets the field of one column', () => {
    expect(assignField(draft, 3, 'City').mapping).toEqual(['FirstName', 'LastName', 'Email', 'City']);
  });

  it('moves a field another column had, so that no field gets two columns', () => {
    expect(assignField(draft, 3, 'Email').mapping).toEqual(['FirstName', 'LastName', '', 'Email']);
  });

  it('leaves a column out without touching the others', () => {
    expect(assignField(draft, 0, '').mapping).toEqual(['', 'LastName', 'Email', '']);
    expect(draft.mapping).toEqual(['FirstName', 'LastName', 'Email', '']);
  });
});

describe('toSettings', () => {
  it('sends the mapped columns only, by their index from 0, with the policy and the match key', () => {
    const settings = toSettings({ mapping: ['', 'FullName', '', 'Phone'], policy: 'Update', matchKey: 'Phone' });
    expect(settings).toEqual({ columns: [{ column: 1, field: 'FullName' }, { column: 3, field: 'Phone' }], policy: 'Update', matchKey: 'Phone' });
  });

  it('gives the same key to the same settings only', () => {
    const a = toSettings({ mapping: ['FirstName', 'Email'], policy: 'Skip', matchKey: 'Email' });
    expect(settingsKey(a)).toBe(settingsKey(toSettings({ mapping: ['FirstName', 'Email'], policy: 'Skip', matchKey: 'Email' })));
    expect(settingsKey(a)).not.toBe(settingsKey({ ...a, policy: 'Update' }));
    expect(settingsKey(a)).not.toBe(settingsKey(toSettings({ mapping: ['LastName', 'Email'], policy: 'Skip', matchKey: 'Email' })));
  });
});

describe('missingColumns', () => {
  it('asks for a name column and for the match key column, with the API’s codes', () => {
    expect(missingColumns({ mapping: ['Phone', 'City'], policy: 'Skip', matchKey: 'Email' })).toEqual(['import.name_unmapped', 'import.match_key_unmapped']);
    expect(missingColumns({ mapping: ['FullName', 'Email'], policy: 'Skip', matchKey: 'Email' })).toEqual([]);
    expect(missingColumns({ mapping: ['LastName', 'Email'], policy: 'Update', matchKey: 'ExternalId' })).toEqual(['import.match_key_unmapped']);
  });

  it('needs no match key column when every row is created anyway', () => {
    expect(missingColumns({ mapping: ['FirstName'], policy: 'CreateAnyway', matchKey: 'Phone' })).toEqual([]);
  });
});

describe('samplesOf', () => {
  const sample = [['Hélène', ' '], ['Bad', 'x'], ['', 'y'], ['Zoé'], ['Anne', 'z']];

  it('takes the first three values of a column, blanks and short rows left out', () => {
    expect(samplesOf(sample, 0)).toEqual(['Hélène', 'Bad', 'Zoé']);
    expect(samplesOf(sample, 1)).toEqual(['x', 'y', 'z']);
    expect(samplesOf(sample, 2)).toEqual([]);
    expect(samplesOf([], 0)).toEqual([]);
  });
});

describe('the file as read', () => {
  it('names the usual delimiters', () => {
    expect(delimiterName(';')).toBe('semicolon');
    expect(delimiterName(',')).toBe('comma');
    expect(delimiterName('\t')).toBe('tab');
    expect(delimiterName('|')).toBe('pipe');
    expect(delimiterName('#')).toBeNull();
  });

  it('gives sizes in kilobytes or megabytes in the interface’s language', () => {
    expect(formatFileSize(512, 'en-GB')).toBe('0.5 kB');
    expect(formatFileSize(12_345, 'en-GB')).toBe('12.3 kB');
    expect(formatFileSize(12_345, 'fr-FR')).toMatch(/^12,3\s?ko$/);
    expect(formatFileSize(3_500_000, 'en-GB')).toBe('3.5 MB');
  });

  it('offers every contact field once', () => {
    expect(new Set(importFields).size).toBe(19);
  });
});

const field = (key: string, more: Partial<CustomField> = {}): CustomField => ({
  id: `id-${key}`, entity: 'Contact', key, label: key.toUpperCase(), type: 'Text', isRequired: false, isUnique: false, options: [], position: 0,
  isRetired: false, version: 1, ...more,
});

describe('custom fields in the mapping', () => {
  it('offers the contact fields in use, unique ones included (they can be the match key), in the API’s order', () => {
    const fields = [field('seats', { type: 'Number' }), field('old', { isRetired: true }), field('siret', { isUnique: true }), field('tier'),
      field('size', { entity: 'Company' })];
    expect(importableCustomFields(fields).map((f) => f.key)).toEqual(['seats', 'siret', 'tier']);
    expect(importableCustomFields([])).toEqual([]);
  });

  it('reads a suggested custom field as its target, and one without a key as nothing', () => {
    expect(targetOf({ field: 'CustomField', customField: 'seats' })).toBe('cf.seats');
    expect(targetOf({ field: 'CustomField', customField: null })).toBe('');
    expect(targetOf({ field: 'CustomField', customField: '  ' })).toBe('');
    expect(targetOf({ field: 'Email' })).toBe('Email');
    expect(customKeyOf('cf.seats')).toBe('seats');
    expect(customKeyOf('Email')).toBeNull();
    expect(customKeyOf('')).toBeNull();
  });

  it('keeps the suggested custom fields, each in one column only', () => {
    const draft = draftOf({
      ...uploaded,
      headers: ['Nom', 'Sièges', 'Niveau', 'Encore sièges', 'Vide'],
      columns: [
        { column: 0, field: 'LastName' }, { column: 1, field: 'CustomField', customField: 'seats' }, { column: 2, field: 'CustomField', customField: 'tier' },
        { column: 3, field: 'CustomField', customField: 'seats' }, { column: 4, field: 'CustomField' },
      ],
    });
    expect(draft.mapping).toEqual(['LastName', 'cf.seats', 'cf.tier', '', '']);
  });

  it('moves a custom field to the column that takes it, and lets other columns go to other custom fields', () => {
    const draft: ImportDraft = { mapping: ['LastName', 'cf.seats', '', ''], policy: 'CreateAnyway', matchKey: 'Email' };
    expect(assignField(draft, 2, 'cf.tier').mapping).toEqual(['LastName', 'cf.seats', 'cf.tier', '']);
    expect(assignField(draft, 3, 'cf.seats').mapping).toEqual(['LastName', '', '', 'cf.seats']);
    expect(assignField(draft, 1, 'City').mapping).toEqual(['LastName', 'City', '', '']);
  });

  it('sends a custom field as CustomField with its key, and a contact field without one', () => {
    const settings = toSettings({ mapping: ['FullName', 'cf.seats', '', 'cf.tier'], policy: 'CreateAnyway', matchKey: 'Email' });
    expect(settings.columns).toEqual([
      { column: 0, field: 'FullName' }, { column: 1, field: 'CustomField', customField: 'seats' }, { column: 3, field: 'CustomField', customField: 'tier' },
    ]);
    expect(settingsKey(settings)).not.toBe(settingsKey(toSettings({ mapping: ['FullName', 'cf.tier', '', 'cf.seats'], policy: 'CreateAnyway', matchKey: 'Email' })));
  });

  it('does not take a custom field for the name or the match key', () => {
    expect(missingColumns({ mapping: ['cf.lastname', 'cf.email'], policy: 'Skip', matchKey: 'Email' })).toEqual(['import.name_unmapped', 'import.match_key_unmapped']);
  });
});

describe('matching by a unique custom field', () => {
  const draft: ImportDraft = { mapping: ['LastName', 'cf.customer_number', 'cf.seats', 'cf.code'], policy: 'Update', matchKey: 'Email' };
  const fields = [field('customer_number', { isUnique: true }), field('seats', { type: 'Number', isUnique: true }), field('code'), field('siret', { isUnique: true })];

  it('offers the unique text fields the mapping fills', () => {
    expect(matchableCustomFields(draft, fields).map((f) => f.key)).toEqual(['customer_number']);
  });

  it('chooses one, sends it, and needs its column', () => {
    const chosen = chooseMatch(draft, 'cf.customer_number');
    expect(matchChoiceOf(chosen)).toBe('cf.customer_number');
    expect(toSettings(chosen)).toMatchObject({ matchKey: 'CustomField', matchCustomField: 'customer_number' });
    expect(missingColumns(chosen)).toEqual([]);
    expect(missingColumns({ ...chosen, mapping: ['LastName', '', '', ''] })).toEqual(['import.match_key_unmapped']);
    expect(settingsKey(toSettings(chosen))).not.toBe(settingsKey(toSettings({ ...chosen, matchCustomField: 'other' })));
    const back = chooseMatch(chosen, 'Phone');
    expect(toSettings(back)).not.toHaveProperty('matchCustomField');
    expect(matchChoiceOf(back)).toBe('Phone');
  });

  it('reads the match field the API suggested', () => {
    const suggested = draftOf({ headers: ['Nom', 'N° client'], columns: [{ column: 0, field: 'LastName' }, { column: 1, field: 'CustomField', customField: 'customer_number' }], policy: 'Skip', matchKey: 'CustomField', matchCustomField: 'customer_number' });
    expect(matchChoiceOf(suggested)).toBe('cf.customer_number');
  });
});
