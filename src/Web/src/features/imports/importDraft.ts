import type { components } from '../../api/schema';
import type { CustomField } from '../customFields/values';

export type ImportRecord = components['schemas']['ImportResponse'];
export type ImportField = components['schemas']['ImportField'];
export type DuplicatePolicy = components['schemas']['DuplicatePolicy'];
export type MatchKey = components['schemas']['MatchKey'];
export type ImportSettings = components['schemas']['ImportSettingsRequest'];
export type ImportPreview = components['schemas']['ImportPreviewResponse'];

/** The contact fields a column can go into, in the order the mapping's lists show them. */
export const importFields: readonly Exclude<ImportField, 'CustomField'>[] = [
  'FirstName', 'LastName', 'FullName', 'Email', 'SecondEmail', 'Phone', 'Mobile', 'JobTitle', 'Company',
  'Street', 'PostalCode', 'City', 'Region', 'Country', 'Tags', 'Source', 'LifecycleStage', 'ExternalId', 'Note',
];

export const duplicatePolicies: readonly DuplicatePolicy[] = ['Skip', 'Update', 'CreateAnyway'];
/** The match keys of contact fields; a unique custom field mapped by a column is a match key too (`CustomField`). */
export const matchKeys: readonly Exclude<MatchKey, 'CustomField'>[] = ['Email', 'Phone', 'ExternalId'];

/** The column a match key of a contact field reads: rows are matched by it unless every row is created anyway. */
export const matchKeyField: Record<Exclude<MatchKey, 'CustomField'>, ImportTarget> = { Email: 'Email', Phone: 'Phone', ExternalId: 'ExternalId' };

const nameFields: readonly ImportTarget[] = ['FirstName', 'LastName', 'FullName'];

/** The prefix of a custom field's target in the mapping (`cf.budget`): the same as the list's filters use. */
export const customTargetPrefix = 'cf.';

/**
 * Where a column goes: a contact field, or a contact custom field by its key (`cf.<key>`); '' leaves the column out.
 * One string per column, so that the target chooser's value is the draft's value.
 */
export type ImportTarget = Exclude<ImportField, 'CustomField'> | `cf.${string}` | '';

export type ColumnMapping = components['schemas']['ColumnMapping'];

/** The settings as the preview and start requests take them, every member given. */
export interface ImportSettingsBody extends ImportSettings {
  columns: ColumnMapping[];
  policy: DuplicatePolicy;
  matchKey: MatchKey;
  matchCustomField?: string | null;
}

/** The mapping step as the user sets it: the target of each column of the file ('' for a column left out), and the duplicate policy. */
export interface ImportDraft {
  mapping: ImportTarget[];
  policy: DuplicatePolicy;
  matchKey: MatchKey;
  /** With the match key `CustomField`: the key of the unique custom field rows are matched by. */
  matchCustomField?: string | null;
}

/** The target of a mapping as the API gives it; '' for a custom field without a key (nothing to put it in). */
export function targetOf(mapping: Pick<ColumnMapping, 'field' | 'customField'>): ImportTarget {
  if (mapping.field !== 'CustomField') return mapping.field;
  const key = mapping.customField?.trim();
  return key ? `${customTargetPrefix}${key}` : '';
}

/** The key of the custom field a target names, or null for a contact field or nothing. */
export function customKeyOf(target: ImportTarget): string | null {
  return target.startsWith(customTargetPrefix) ? target.slice(customTargetPrefix.length) : null;
}

/**
 * The custom fields a column can go into: the contact fields in use (not retired), in the API's order. A unique one
 * is taken only as the match key (the API refuses it otherwise).
 */
export function importableCustomFields(fields: readonly CustomField[]): CustomField[] {
  return fields.filter((field) => field.entity === 'Contact' && !field.isRetired);
}

const matchableTypes: readonly CustomField['type'][] = ['Text', 'Email', 'Phone', 'Url'];

/** The unique custom fields of text the draft maps, which rows can be matched by (and the one chosen, mapped or not). */
export function matchableCustomFields(draft: ImportDraft, fields: readonly CustomField[]): CustomField[] {
  const chosen = draft.matchKey === 'CustomField' ? draft.matchCustomField : null;
  return fields.filter((field) => field.isUnique && matchableTypes.includes(field.type)
    && (field.key === chosen || draft.mapping.includes(`${customTargetPrefix}${field.key}`)));
}

/** The match key chooser's value: a contact field's key, or `cf.<key>` for a custom field. */
export function matchChoiceOf(draft: ImportDraft): string {
  return draft.matchKey === 'CustomField' ? `${customTargetPrefix}${draft.matchCustomField ?? ''}` : draft.matchKey;
}

/** The draft with the match key chosen in the chooser. */
export function chooseMatch(draft: ImportDraft, choice: string): ImportDraft {
  const key = customKeyOf(choice as ImportTarget);
  return key !== null ? { ...draft, matchKey: 'CustomField', matchCustomField: key } : { ...draft, matchKey: choice as MatchKey, matchCustomField: null };
}

/** The draft from what the API suggested (or remembered from a file with the same headers), custom fields included. */
export function draftOf(record: Pick<ImportRecord, 'headers' | 'columns' | 'policy' | 'matchKey'> & Partial<Pick<ImportRecord, 'matchCustomField'>>): ImportDraft {
  const mapping: ImportTarget[] = record.headers.map(() => '');
  for (const suggested of record.columns) {
    const target = targetOf(suggested);
    const { column } = suggested;
    if (target && column >= 0 && column < mapping.length && !mapping.includes(target)) mapping[column] = target;
  }
  return record.matchKey === 'CustomField'
    ? { mapping, policy: record.policy, matchKey: record.matchKey, matchCustomField: record.matchCustomField ?? null }
    : { mapping, policy: record.policy, matchKey: record.matchKey };
}

/**
 * Puts a column into a target ('' leaves it out). A field, custom or not, holds one column only: choosing a target
 * another column had moves it here, and that column is left out. Several columns go to several custom fields.
 */
export function assignField(draft: ImportDraft, column: number, target: ImportTarget): ImportDraft {
  const mapping = draft.mapping.map((current, index) => (index === column ? target : target && current === target ? '' : current));
  return { ...draft, mapping };
}

/** The body of the preview and start requests: a custom field goes as `CustomField` with its key. */
export function toSettings(draft: ImportDraft): ImportSettingsBody {
  return {
    columns: draft.mapping.flatMap((target, column): ColumnMapping[] => {
      if (!target) return [];
      const key = customKeyOf(target);
      return [key !== null ? { column, field: 'CustomField', customField: key } : { column, field: target as ImportField }];
    }),
    policy: draft.policy,
    matchKey: draft.matchKey,
    ...(draft.matchKey === 'CustomField' ? { matchCustomField: draft.matchCustomField ?? null } : {}),
  };
}

/** Two settings are the same when they would import the same way: a preview is shown only for the settings it was made with. */
export function settingsKey(settings: ImportSettings): string {
  return JSON.stringify([settings.columns ?? [], settings.policy, settings.matchKey, settings.matchCustomField ?? null]);
}

/**
 * What the API would refuse before reading a row, as its own codes: no column for the name, or none for the match key
 * while rows are matched.
 */
export function missingColumns(draft: ImportDraft): ('import.name_unmapped' | 'import.match_key_unmapped')[] {
  const missing: ('import.name_unmapped' | 'import.match_key_unmapped')[] = [];
  if (!draft.mapping.some((field) => field && nameFields.includes(field))) missing.push('import.name_unmapped');
  const keyTarget: ImportTarget = draft.matchKey === 'CustomField' ? `${customTargetPrefix}${draft.matchCustomField ?? ''}` : matchKeyField[draft.matchKey];
  if (draft.policy !== 'CreateAnyway' && !draft.mapping.includes(keyTarget)) missing.push('import.match_key_unmapped');
  return missing;
}

/** Up to `max` values a column holds in the first rows of the file, blanks left out. */
export function samplesOf(sample: readonly (readonly string[])[], column: number, max = 3): string[] {
  const values: string[] = [];
  for (const row of sample) {
    const value = row[column]?.trim();
    if (value) values.push(value);
    if (values.length === max) break;
  }
  return values;
}

export type DelimiterName = 'semicolon' | 'comma' | 'tab' | 'pipe';

/** The usual CSV delimiters by name (a text key); null for another character, shown as it is. */
export function delimiterName(delimiter: string): DelimiterName | null {
  switch (delimiter) {
    case ';': return 'semicolon';
    case ',': return 'comma';
    case '\t': return 'tab';
    case '|': return 'pipe';
    default: return null;
  }
}

/** A file's size as people read it, in kilobytes or megabytes of the interface's language (“12.3 kB”, « 12,3 ko »). */
export function formatFileSize(bytes: number, locale: string): string {
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'kilobyte'] : [bytes / 1_000_000, 'megabyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}
