import type { components } from '../../api/schema';

export type ImportRecord = components['schemas']['ImportResponse'];
export type ImportField = components['schemas']['ImportField'];
export type DuplicatePolicy = components['schemas']['DuplicatePolicy'];
export type MatchKey = components['schemas']['MatchKey'];
export type ImportSettings = components['schemas']['ImportSettingsRequest'];
export type ImportPreview = components['schemas']['ImportPreviewResponse'];

/** The contact fields a column can go into, in the order the mapping's lists show them. */
export const importFields: readonly ImportField[] = [
  'FirstName', 'LastName', 'FullName', 'Email', 'SecondEmail', 'Phone', 'Mobile', 'JobTitle', 'Company',
  'Street', 'PostalCode', 'City', 'Region', 'Country', 'Tags', 'Source', 'LifecycleStage', 'ExternalId',
];

export const duplicatePolicies: readonly DuplicatePolicy[] = ['Skip', 'Update', 'CreateAnyway'];
export const matchKeys: readonly MatchKey[] = ['Email', 'Phone', 'ExternalId'];

/** The column a match key reads: rows are matched by it unless every row is created anyway. */
export const matchKeyField: Record<MatchKey, ImportField> = { Email: 'Email', Phone: 'Phone', ExternalId: 'ExternalId' };

const nameFields: readonly ImportField[] = ['FirstName', 'LastName', 'FullName'];

/** The settings as the preview and start requests take them, every member given. */
export interface ImportSettingsBody extends ImportSettings {
  columns: { column: number; field: ImportField }[];
  policy: DuplicatePolicy;
  matchKey: MatchKey;
}

/** The mapping step as the user sets it: the field of each column of the file ('' for a column left out), and the duplicate policy. */
export interface ImportDraft {
  mapping: (ImportField | '')[];
  policy: DuplicatePolicy;
  matchKey: MatchKey;
}

/** The draft from what the API suggested (or remembered from a file with the same headers). */
export function draftOf(record: Pick<ImportRecord, 'headers' | 'columns' | 'policy' | 'matchKey'>): ImportDraft {
  const mapping: (ImportField | '')[] = record.headers.map(() => '');
  for (const { column, field } of record.columns) {
    if (column >= 0 && column < mapping.length && !mapping.includes(field)) mapping[column] = field;
  }
  return { mapping, policy: record.policy, matchKey: record.matchKey };
}

/**
 * Puts a column into a field ('' leaves it out). A field holds one column only: choosing a field another column had
 * moves it here, and that column is left out.
 */
export function assignField(draft: ImportDraft, column: number, field: ImportField | ''): ImportDraft {
  const mapping = draft.mapping.map((current, index) => (index === column ? field : field && current === field ? '' : current));
  return { ...draft, mapping };
}

/** The body of the preview and start requests. */
export function toSettings(draft: ImportDraft): ImportSettingsBody {
  return {
    columns: draft.mapping.flatMap((field, column) => (field ? [{ column, field }] : [])),
    policy: draft.policy,
    matchKey: draft.matchKey,
  };
}

/** Two settings are the same when they would import the same way: a preview is shown only for the settings it was made with. */
export function settingsKey(settings: ImportSettings): string {
  return JSON.stringify([settings.columns ?? [], settings.policy, settings.matchKey]);
}

/**
 * What the API would refuse before reading a row, as its own codes: no column for the name, or none for the match key
 * while rows are matched.
 */
export function missingColumns(draft: ImportDraft): ('import.name_unmapped' | 'import.match_key_unmapped')[] {
  const missing: ('import.name_unmapped' | 'import.match_key_unmapped')[] = [];
  if (!draft.mapping.some((field) => field && nameFields.includes(field))) missing.push('import.name_unmapped');
  if (draft.policy !== 'CreateAnyway' && !draft.mapping.includes(matchKeyField[draft.matchKey])) missing.push('import.match_key_unmapped');
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
