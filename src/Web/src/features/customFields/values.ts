import type { components } from '../../api/schema';

export type CustomField = components['schemas']['CustomFieldResponse'];
export type CustomFieldEntity = components['schemas']['CustomFieldEntity'];
export type CustomFieldType = components['schemas']['CustomFieldType'];
export type CustomFieldOption = components['schemas']['CustomFieldOptionResponse'];

/** The values a contact or a company holds, by field key, as the API gives them. */
export type StoredValues = Readonly<Record<string, unknown>>;

/** A field as a form holds it: typed text, a checkbox's state, or the option keys ticked in a multi select. */
export type ValueDraft = string | boolean | string[];

/** The custom fields of a form, by key; a field the user never touched is absent. */
export type CustomFieldsDraft = Readonly<Record<string, ValueDraft>>;

/** The fields a form offers, in the order the API gives (position, then label): the retired ones are left out. */
export function activeFields(fields: readonly CustomField[]): CustomField[] {
  return fields.filter((field) => !field.isRetired);
}

/** The names the API gives a field's errors (`customFields.budget`), for placing them next to its input. */
export function customFieldNames(fields: readonly CustomField[]): string[] {
  return activeFields(fields).map((field) => `customFields.${field.key}`);
}

/** A stored value as a form shows it; any type can be read without its definition. */
export function valueDraftOf(value: unknown): ValueDraft | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return typeof value === 'string' ? value : undefined;
}

/** The values of a record as the draft of its form. */
export function customFieldsDraftOf(values: StoredValues | null | undefined): CustomFieldsDraft {
  const draft: Record<string, ValueDraft> = {};
  for (const [key, value] of Object.entries(values ?? {})) {
    const shown = valueDraftOf(value);
    if (shown !== undefined) draft[key] = shown;
  }
  return draft;
}

/**
 * A number as people type it: « 1 234,50 », "1,234.50" is not read (the comma would be ambiguous) but "1234.50",
 * "1234,5" and "-3" are. Null for blank, NaN for what is not a number.
 */
export function parseNumber(typed: string): number | null {
  const compact = typed.replace(/[\s\u00a0\u202f€$]/g, '');
  if (compact === '') return null;
  const normalised = /^-?\d*,\d+$/.test(compact) ? compact.replace(',', '.') : compact;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/** Why a draft cannot be sent as it is, before asking the API: only a number that is not one. */
export function draftProblem(field: CustomField, draft: ValueDraft | undefined): 'number' | undefined {
  if ((field.type === 'Number' || field.type === 'Money') && typeof draft === 'string' && Number.isNaN(parseNumber(draft))) return 'number';
  return undefined;
}

/**
 * A draft as the API takes it: null clears the field. A number that cannot be read is sent as typed, so the API's
 * refusal lands next to the field like any other.
 */
export function valueOf(field: CustomField, draft: ValueDraft): unknown {
  switch (field.type) {
    case 'Bool':
      return draft === true;
    case 'MultiSelect': {
      const keys = Array.isArray(draft) ? draft : [];
      // In the options' order, as the API stores them.
      const ordered = field.options.map((o) => o.key).filter((key) => keys.includes(key));
      const unknown = keys.filter((key) => !ordered.includes(key));
      const all = [...ordered, ...unknown];
      return all.length === 0 ? null : all;
    }
    case 'Number':
    case 'Money': {
      const typed = typeof draft === 'string' ? draft.trim() : '';
      const number = parseNumber(typed);
      return number === null ? null : Number.isNaN(number) ? typed : number;
    }
    default: {
      const typed = typeof draft === 'string' ? draft.trim() : '';
      return typed === '' ? null : typed;
    }
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v) => b.includes(v));
  return (a ?? null) === (b ?? null);
}

/**
 * What the API receives in `customFields`: the active fields whose value differs from the stored one (the API keeps
 * the others). A required checkbox without a stored value is sent unticked, since an unticked box means "no".
 */
export function customFieldsBody(fields: readonly CustomField[], draft: CustomFieldsDraft, stored: StoredValues | null | undefined): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of activeFields(fields)) {
    const before = stored?.[field.key] ?? null;
    const typed = draft[field.key];
    if (typed === undefined) {
      if (field.type === 'Bool' && field.isRequired && before === null) body[field.key] = false;
      continue;
    }
    const value = valueOf(field, typed);
    if (!sameValue(value, before)) body[field.key] = value;
  }
  return body;
}

/** The options a form offers: the active ones, and the retired ones the record still holds (to be kept or removed). */
export function offeredOptions(field: CustomField, held: ValueDraft | undefined): CustomFieldOption[] {
  const keys = Array.isArray(held) ? held : typeof held === 'string' ? [held] : [];
  return field.options.filter((option) => !option.isRetired || keys.includes(option.key));
}

export interface FormatWords {
  yes: string;
  no: string;
}

/** "2026-12-31" as the reader writes dates; the day never moves with the time zone. */
export function formatDay(day: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/**
 * A stored value in words for the record's page: option labels, numbers, amounts and dates in the reader's locale.
 * Null when there is nothing to show.
 */
export function formatValue(field: CustomField, value: unknown, locale: string, words: FormatWords): string | null {
  if (value === null || value === undefined || value === '') return null;
  const label = (key: string) => field.options.find((o) => o.key === key)?.label ?? key;
  switch (field.type) {
    case 'Bool':
      return value === true ? words.yes : value === false ? words.no : String(value);
    case 'Number':
      return typeof value === 'number' ? new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }).format(value) : String(value);
    case 'Money':
      return typeof value === 'number'
        ? new Intl.NumberFormat(locale, { style: 'currency', currency: field.currency || 'EUR' }).format(value)
        : String(value);
    case 'Date':
      return typeof value === 'string' ? formatDay(value, locale) : String(value);
    case 'SingleSelect':
      return typeof value === 'string' ? label(value) : String(value);
    case 'MultiSelect':
      if (!Array.isArray(value)) return String(value);
      return value.length === 0 ? null : value.map((key) => label(String(key))).join(', ');
    default:
      return typeof value === 'string' ? value : String(value);
  }
}

/**
 * The label of a field named in a timeline entry (`customFields.budget`), whatever its state, or undefined for a
 * name that is not a custom field's.
 */
export function labelOfChange(fields: readonly CustomField[], name: string): string | undefined {
  if (!name.startsWith('customFields.')) return undefined;
  const key = name.slice('customFields.'.length);
  return fields.find((field) => field.key === key)?.label ?? key;
}
