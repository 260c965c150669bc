import type { components } from '../../api/schema';
import type { CustomField, CustomFieldType } from '../customFields/values';

/**
 * A list of records (contacts, companies) as a view: conditions, sort and search, written in the address as the API
 * takes them (`?filter=lifecycleStage:in:Lead,Customer&filter=cf.seats:gt:10&sort=-lastName&q=ada`), so a view can be
 * linked, reloaded and undone with Back.
 */

export type Operator =
  | 'eq' | 'neq' | 'contains' | 'startsWith' | 'in' | 'between' | 'gt' | 'gte' | 'lt' | 'lte' | 'isEmpty' | 'isNotEmpty';

export const allOperators: readonly Operator[] = [
  'eq', 'neq', 'contains', 'startsWith', 'in', 'between', 'gt', 'gte', 'lt', 'lte', 'isEmpty', 'isNotEmpty',
];

/**
 * How a field is filtered: which operators it takes and which input its values need. A choice always has a value (a
 * contact's stage); a select may have none (a company's size, a custom field's options).
 */
export type FieldKind = 'text' | 'choice' | 'owner' | 'company' | 'tags' | 'date' | 'number' | 'bool' | 'select' | 'multiSelect';

/** The operators the API accepts for each kind of field, in the order the operator chooser offers them. */
export const operatorsByKind: Readonly<Record<FieldKind, readonly Operator[]>> = {
  text: ['contains', 'eq', 'neq', 'startsWith', 'in', 'isEmpty', 'isNotEmpty'],
  choice: ['eq', 'neq', 'in'],
  owner: ['eq', 'neq', 'in', 'isEmpty'],
  company: ['eq', 'neq', 'in', 'isEmpty', 'isNotEmpty'],
  tags: ['eq', 'in', 'neq', 'isEmpty', 'isNotEmpty'],
  date: ['eq', 'gt', 'gte', 'lt', 'lte', 'between', 'isEmpty', 'isNotEmpty'],
  number: ['eq', 'neq', 'in', 'gt', 'gte', 'lt', 'lte', 'between', 'isEmpty', 'isNotEmpty'],
  bool: ['eq', 'isEmpty'],
  select: ['eq', 'neq', 'in', 'isEmpty', 'isNotEmpty'],
  multiSelect: ['eq', 'in', 'neq', 'isEmpty'],
};

/**
 * The operators the filter form offers for a kind: those the API accepts, less the ones the form has no input for
 * (a company is chosen by its id, which nobody types: only "has a company or not" is offered; the owner is "you").
 */
export function offeredOperators(kind: FieldKind): readonly Operator[] {
  switch (kind) {
    case 'company': return ['isEmpty', 'isNotEmpty'];
    case 'owner': return ['eq', 'neq'];
    default: return operatorsByKind[kind];
  }
}

/** How many values an operator takes: none, one, two (between) or one or more (in). */
export function arity(operator: Operator): 0 | 1 | 2 | 'many' {
  switch (operator) {
    case 'isEmpty':
    case 'isNotEmpty': return 0;
    case 'between': return 2;
    case 'in': return 'many';
    default: return 1;
  }
}

export interface Condition {
  field: string;
  operator: Operator;
  values: string[];
}

/** The most conditions and `in` values the API takes, and the longest value. */
export const maxConditions = 20;
export const maxValues = 100;
export const valueMaxLength = 200;

/** A value as the API reads it among others: a backslash is doubled, a comma escaped. */
export function escapeValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,');
}

/** `field:operator:value,value`, or `field:operator` for an operator without values. */
export function formatCondition(condition: Condition): string {
  const head = `${condition.field}:${condition.operator}`;
  return condition.values.length === 0 ? head : `${head}:${condition.values.map(escapeValue).join(',')}`;
}

/** The values of `a,b\,c`: ['a', 'b,c']; a backslash keeps the character after it. */
export function splitValues(text: string): string[] {
  const values: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length) {
      current += text[i + 1];
      i++;
    } else if (char === ',') {
      values.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  values.push(current);
  return values;
}

/** A condition read from the address, or null when it is not one (the API would refuse it). */
export function parseCondition(text: string): Condition | null {
  const first = text.indexOf(':');
  if (first <= 0) return null;
  const second = text.indexOf(':', first + 1);
  const field = text.slice(0, first);
  const operatorText = second < 0 ? text.slice(first + 1) : text.slice(first + 1, second);
  const operator = allOperators.find((o) => o.toLowerCase() === operatorText.toLowerCase());
  if (!operator) return null;
  const values = second < 0 ? [] : splitValues(text.slice(second + 1));
  return isComplete({ field, operator, values }) ? { field, operator, values } : null;
}

/** Whether a condition has the values its operator needs, none of them blank. */
export function isComplete(condition: Condition): boolean {
  const { values } = condition;
  if (values.some((v) => v.trim() === '' || v.length > valueMaxLength)) return false;
  const wanted = arity(condition.operator);
  return wanted === 'many' ? values.length > 0 && values.length <= maxValues : values.length === wanted;
}

/** Values typed one per line (for `in`): blank lines left out, each trimmed. */
export function valuesOfLines(text: string): string[] {
  return text.split(/\r?\n/).map((v) => v.trim()).filter((v) => v !== '');
}

export interface Sort {
  field: string;
  descending: boolean;
}

/** The list's order when the address names none: creation order, as the API gives it by default. */
export const defaultSort: Sort = { field: 'createdAt', descending: false };

export function parseSort(text: string | null | undefined): Sort {
  const trimmed = (text ?? '').trim();
  if (trimmed === '' || trimmed === '-') return defaultSort;
  return trimmed.startsWith('-') ? { field: trimmed.slice(1), descending: true } : { field: trimmed, descending: false };
}

export function formatSort(sort: Sort): string {
  return `${sort.descending ? '-' : ''}${sort.field}`;
}

export function isDefaultSort(sort: Sort): boolean {
  return sort.field === defaultSort.field && sort.descending === defaultSort.descending;
}

/** A header clicked: its field ascending, or the other way round when the list is already sorted by it. */
export function nextSort(current: Sort, field: string): Sort {
  return current.field === field ? { field, descending: !current.descending } : { field, descending: false };
}

export interface ListView {
  q: string;
  conditions: Condition[];
  sort: Sort;
}

/** The view the address describes; conditions that cannot be read are left out. */
export function viewOfParams(params: URLSearchParams): ListView {
  return {
    q: (params.get('q') ?? '').trim(),
    conditions: params.getAll('filter').map(parseCondition).filter((c): c is Condition => c !== null).slice(0, maxConditions),
    sort: parseSort(params.get('sort')),
  };
}

/** The address's query for a view, other parameters kept; the default sort and an empty search are left out. */
export function paramsOfView(view: ListView, others?: URLSearchParams): URLSearchParams {
  const params = new URLSearchParams(others);
  params.delete('q');
  params.delete('filter');
  params.delete('sort');
  if (view.q.trim()) params.set('q', view.q.trim());
  for (const condition of view.conditions) params.append('filter', formatCondition(condition));
  if (!isDefaultSort(view.sort)) params.set('sort', formatSort(view.sort));
  return params;
}

/** The query of `GET /api/v1/contacts` (or companies) for a view. */
export function listQuery(view: ListView): { q?: string; filter?: string[]; sort?: string } {
  return {
    ...(view.q ? { q: view.q } : {}),
    ...(view.conditions.length > 0 ? { filter: view.conditions.map(formatCondition) } : {}),
    ...(isDefaultSort(view.sort) ? {} : { sort: formatSort(view.sort) }),
  };
}

export type LifecycleStage = components['schemas']['LifecycleStage'];

export const lifecycleStages: readonly LifecycleStage[] = [
  'Subscriber', 'Lead', 'MarketingQualified', 'SalesQualified', 'Opportunity', 'Customer', 'Evangelist', 'Other',
];

/** The values of a choice field offered in the form, and where their words are (an i18n key prefix). */
export interface Choices {
  values: readonly string[];
  /** `contacts:stages.` gives `contacts:stages.Lead` for Lead. */
  labels: string;
}

/** A record's own field the list filters on, with its kind (and its values, for a choice). */
export interface StandardFilterField {
  name: string;
  kind: FieldKind;
  choices?: Choices;
}

/** The contact's own fields the list filters on, with their kind. */
export const standardFilterFields: readonly StandardFilterField[] = [
  { name: 'firstName', kind: 'text' },
  { name: 'lastName', kind: 'text' },
  { name: 'jobTitle', kind: 'text' },
  { name: 'email', kind: 'text' },
  { name: 'phone', kind: 'text' },
  { name: 'lifecycleStage', kind: 'choice', choices: { values: lifecycleStages, labels: 'contacts:stages.' } },
  { name: 'tags', kind: 'tags' },
  { name: 'source', kind: 'text' },
  { name: 'city', kind: 'text' },
  { name: 'postalCode', kind: 'text' },
  { name: 'countryCode', kind: 'text' },
  { name: 'companyId', kind: 'company' },
  { name: 'ownerId', kind: 'owner' },
  { name: 'createdAt', kind: 'date' },
  { name: 'updatedAt', kind: 'date' },
  { name: 'externalId', kind: 'text' },
];

export const customFieldPrefix = 'cf.';

export function kindOfCustomField(type: CustomFieldType): FieldKind {
  switch (type) {
    case 'Number':
    case 'Money': return 'number';
    case 'Date': return 'date';
    case 'Bool': return 'bool';
    case 'SingleSelect': return 'select';
    case 'MultiSelect': return 'multiSelect';
    default: return 'text';
  }
}

/** A field the list can filter on: a record's own, or a custom field (`cf.<key>`) with its definition. */
export interface FilterField extends StandardFilterField {
  custom?: CustomField;
}

/**
 * What a list filters on: the record's own fields, and the i18n namespace naming them (`filters.fields.<name>`, and
 * `filters.ownFields` for their group in the form).
 */
export interface FilterFieldSet {
  texts: string;
  standard: readonly StandardFilterField[];
}

export const contactFilterFields: FilterFieldSet = { texts: 'contacts', standard: standardFilterFields };

/** Every field offered in the filter form: the record's own, then the active custom fields by position. */
export function filterFields(customFields: readonly CustomField[], set: FilterFieldSet = contactFilterFields): FilterField[] {
  return [
    ...set.standard,
    ...customFields.filter((f) => !f.isRetired).map((f) => ({ name: `${customFieldPrefix}${f.key}`, kind: kindOfCustomField(f.type), custom: f })),
  ];
}

/** The field a condition names, retired custom fields included (a saved link may still name one). */
export function findFilterField(name: string, customFields: readonly CustomField[], set: FilterFieldSet = contactFilterFields): FilterField | undefined {
  const standard = set.standard.find((f) => f.name === name);
  if (standard) return standard;
  if (!name.startsWith(customFieldPrefix)) return undefined;
  const custom = customFields.find((f) => `${customFieldPrefix}${f.key}` === name);
  return custom && { name, kind: kindOfCustomField(custom.type), custom };
}

/** The contact's own fields the API sorts by. */
export const standardSortFields: readonly string[] = [
  'firstName', 'lastName', 'jobTitle', 'email', 'city', 'postalCode', 'source', 'createdAt', 'updatedAt',
];

/** Custom fields sort by their value, except yes/no, several choices and long text. */
export function isSortableCustomField(type: CustomFieldType): boolean {
  return type !== 'Bool' && type !== 'MultiSelect' && type !== 'LongText';
}

/** How a rounded count is written: "1.2M" in English, « 1,2 M » in French (Intl's own compact forms vary by locale). */
export interface CountUnits {
  thousand: string;
  million: string;
}

/**
 * The number of records in the reader's locale: exact ("1,234", « 1 234 »), or rounded to thousands or millions when
 * the API only estimates it ("1.2M", « 1,2 M »).
 */
export function formatCount(total: number, isEstimate: boolean, locale: string, units: CountUnits): string {
  if (!isEstimate || total < 1000) return new Intl.NumberFormat(locale).format(total);
  const [scaled, suffix] = total >= 999_950 ? [total / 1_000_000, units.million] : [total / 1000, units.thousand];
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(scaled)}${suffix}`;
}
