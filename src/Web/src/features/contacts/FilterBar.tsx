import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../api/session';
import { useLocale } from '../../i18n/useLocale';
import { formatDay, type CustomField } from '../customFields/values';
import {
  arity, contactFilterFields, filterFields, findFilterField, isComplete, maxConditions, offeredOperators, valuesOfLines,
  type Condition, type FilterField, type FilterFieldSet, type Operator,
} from './listView';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The words of an operator for a field: the list's own for that field (`filters.fieldOps.<field>.<op>`), else those of
 * its kind ("is after" for a date, "has the tag" for tags), else the general ones.
 */
function operatorText(t: Translate, set: FilterFieldSet, field: FilterField | undefined, operator: Operator): string {
  const own = field ? t(`${set.texts}:filters.fieldOps.${field.name}.${operator}`, { defaultValue: '' }) : '';
  const kind = field?.kind;
  const group = kind === 'date' ? 'dateOps' : kind === 'tags' ? 'tagOps' : kind === 'company' ? 'companyOps' : null;
  const specific = group ? t(`filters.${group}.${operator}`, { defaultValue: '' }) : '';
  return own || specific || t(`filters.ops.${operator}`);
}

function fieldLabel(t: Translate, set: FilterFieldSet, name: string, field: FilterField | undefined): string {
  if (field?.custom) return field.custom.label;
  return field ? t(`${set.texts}:filters.fields.${name}`) : name;
}

/** The choices of a field whose values are picked from a list: stages, sizes, a custom field's options, yes or no. */
function choicesOf(t: Translate, field: FilterField, meId: string): { value: string; label: string }[] {
  if (field.choices) {
    const { values, labels } = field.choices;
    return values.map((v) => ({ value: v, label: t(`${labels}${v}`) }));
  }
  switch (field.kind) {
    case 'select':
    case 'multiSelect': return (field.custom?.options ?? []).filter((o) => !o.isRetired).map((o) => ({ value: o.key, label: o.label }));
    case 'bool': return [{ value: 'true', label: t('common:yes') }, { value: 'false', label: t('common:no') }];
    case 'owner': return [{ value: meId, label: t('filters.you') }];
    default: return [];
  }
}

function valueText(t: Translate, field: FilterField | undefined, value: string, locale: string, meId: string): string {
  if (field?.choices) return t(`${field.choices.labels}${value}`, { defaultValue: value });
  switch (field?.kind) {
    case 'select':
    case 'multiSelect': return field.custom?.options.find((o) => o.key === value)?.label ?? value;
    case 'bool': return value === 'true' ? t('common:yes') : value === 'false' ? t('common:no') : value;
    case 'owner': return value === meId ? t('filters.you') : t('filters.anotherUser');
    case 'date': return formatDay(value, locale);
    default: return value;
  }
}

/** A condition in words, as its chip shows it: "Lifecycle stage is one of Lead or Customer". */
export function useConditionText(customFields: readonly CustomField[], set: FilterFieldSet = contactFilterFields) {
  const { t } = useTranslation('contacts');
  const locale = useLocale();
  const me = useSignedInUser();
  return (condition: Condition) => {
    const field = findFilterField(condition.field, customFields, set);
    const values = condition.values.map((v) => valueText(t, field, v, locale, me.id));
    const joined = values.join(condition.operator === 'between' ? t('filters.and') : t('filters.or'));
    return [fieldLabel(t, set, condition.field, field), operatorText(t, set, field, condition.operator), joined].filter(Boolean).join(' ');
  };
}

interface FilterBarProps {
  conditions: readonly Condition[];
  customFields: readonly CustomField[];
  onChange: (conditions: Condition[]) => void;
  /** The list's own fields (the contact's unless told). */
  fields?: FilterFieldSet;
}

/** The list's conditions as chips, each removable, and a form to add one. */
export function FilterBar({ conditions, customFields, onChange, fields = contactFilterFields }: FilterBarProps) {
  const { t } = useTranslation('contacts');
  const [adding, setAdding] = useState(false);
  const describe = useConditionText(customFields, fields);
  const formId = useId();

  return (
    <div className="filter-bar" role="region" aria-label={t('filters.region')}>
      {conditions.length > 0 && (
        <ul className="chips">
          {conditions.map((condition, index) => {
            const text = describe(condition);
            return (
              <li key={`${index}-${condition.field}`} className="chip">
                <span>{text}</span>
                <button type="button" className="chip-remove" aria-label={t('filters.remove', { filter: text })}
                  onClick={() => onChange(conditions.filter((_, i) => i !== index))}>×</button>
              </li>
            );
          })}
          <li><button type="button" className="button" onClick={() => onChange([])}>{t('filters.clear')}</button></li>
        </ul>
      )}
      {adding ? (
        <ConditionForm id={formId} customFields={customFields} set={fields} onCancel={() => setAdding(false)}
          onAdd={(condition) => { onChange([...conditions, condition]); setAdding(false); }} />
      ) : (
        <button type="button" className="button" disabled={conditions.length >= maxConditions}
          onClick={() => setAdding(true)}>{t('filters.add')}</button>
      )}
    </div>
  );
}

interface Draft {
  field: string;
  operator: Operator;
  values: string[];
  /** The text of an `in` condition typed one value per line. */
  lines: string;
}

function ConditionForm({ id, customFields, set, onAdd, onCancel }: {
  id: string; customFields: readonly CustomField[]; set: FilterFieldSet; onAdd: (condition: Condition) => void; onCancel: () => void;
}) {
  const { t } = useTranslation('contacts');
  const me = useSignedInUser();
  const fields = filterFields(customFields, set);
  const [draft, setDraft] = useState<Draft>({ field: fields[0]!.name, operator: offeredOperators(fields[0]!.kind)[0]!, values: [], lines: '' });
  const [incomplete, setIncomplete] = useState(false);
  const field = fields.find((f) => f.name === draft.field) ?? fields[0]!;
  const operators = offeredOperators(field.kind);
  const choices = choicesOf(t, field, me.id);
  const wanted = arity(draft.operator);
  const errorId = `${id}-error`;

  const chooseField = (name: string) => {
    const next = fields.find((f) => f.name === name) ?? fields[0]!;
    setDraft({ field: next.name, operator: offeredOperators(next.kind)[0]!, values: [], lines: '' });
    setIncomplete(false);
  };
  const setValue = (index: number, value: string) => setDraft((d) => {
    const values = [...d.values];
    values[index] = value;
    return { ...d, values };
  });
  const condition = (): Condition => {
    const values = wanted === 0 ? [] : wanted === 'many' && choices.length === 0 ? valuesOfLines(draft.lines)
      : wanted === 'many' ? draft.values : draft.values.slice(0, wanted).map((v) => (v ?? '').trim());
    return { field: draft.field, operator: draft.operator, values };
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const made = condition();
    if (!isComplete(made)) {
      setIncomplete(true);
      return;
    }
    onAdd(made);
  };

  const inputType = field.kind === 'date' ? 'date' : field.kind === 'number' ? 'number' : 'text';
  const single = (index: number, label: string) => (
    <div className="field" key={index}>
      <label htmlFor={`${id}-v${index}`}>{label}</label>
      {choices.length > 0 ? (
        <select id={`${id}-v${index}`} value={draft.values[index] ?? ''} onChange={(e) => setValue(index, e.target.value)}
          aria-invalid={incomplete || undefined} aria-describedby={incomplete ? errorId : undefined}>
          <option value="">{t('filters.choose')}</option>
          {choices.map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
        </select>
      ) : (
        <input id={`${id}-v${index}`} type={inputType} step={inputType === 'number' ? 'any' : undefined} value={draft.values[index] ?? ''}
          onChange={(e) => setValue(index, e.target.value)} maxLength={inputType === 'text' ? 200 : undefined}
          aria-invalid={incomplete || undefined} aria-describedby={incomplete ? errorId : undefined} />
      )}
    </div>
  );

  return (
    <form className="filter-form card" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h2 id={`${id}-title`} className="visually-hidden">{t('filters.add')}</h2>
      <div className="filter-form-fields">
        <div className="field">
          <label htmlFor={`${id}-field`}>{t('filters.field')}</label>
          <select id={`${id}-field`} value={draft.field} onChange={(e) => chooseField(e.target.value)}>
            <optgroup label={t(`${set.texts}:filters.ownFields`)}>
              {fields.filter((f) => !f.custom).map((f) => <option key={f.name} value={f.name}>{fieldLabel(t, set, f.name, f)}</option>)}
            </optgroup>
            {fields.some((f) => f.custom) && (
              <optgroup label={t('filters.customFields')}>
                {fields.filter((f) => f.custom).map((f) => <option key={f.name} value={f.name}>{f.custom!.label}</option>)}
              </optgroup>
            )}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-operator`}>{t('filters.operator')}</label>
          <select id={`${id}-operator`} value={draft.operator}
            onChange={(e) => { setDraft((d) => ({ ...d, operator: e.target.value as Operator })); setIncomplete(false); }}>
            {operators.map((o) => <option key={o} value={o}>{operatorText(t, set, field, o)}</option>)}
          </select>
        </div>
        {wanted === 1 && single(0, t('filters.value'))}
        {wanted === 2 && [single(0, t('filters.from')), single(1, t('filters.to'))]}
        {wanted === 'many' && (choices.length > 0 ? (
          <fieldset className="filter-choices" aria-describedby={incomplete ? errorId : undefined}>
            <legend>{t('filters.value')}</legend>
            {choices.map((c) => (
              <label key={c.value} className="checkbox">
                <input type="checkbox" checked={draft.values.includes(c.value)} onChange={(e) => setDraft((d) => ({
                  ...d, values: e.target.checked ? [...d.values, c.value] : d.values.filter((v) => v !== c.value),
                }))} />
                {c.label}
              </label>
            ))}
          </fieldset>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-lines`}>{t('filters.values')}</label>
            <textarea id={`${id}-lines`} rows={3} value={draft.lines} onChange={(e) => setDraft((d) => ({ ...d, lines: e.target.value }))}
              aria-invalid={incomplete || undefined} aria-describedby={incomplete ? errorId : undefined} />
          </div>
        ))}
      </div>
      {incomplete && <p id={errorId} className="error" role="alert">{t('filters.incomplete')}</p>}
      <div className="row">
        <button type="submit" className="button primary">{t('filters.apply')}</button>
        <button type="button" className="button" onClick={onCancel}>{t('filters.cancel')}</button>
      </div>
    </form>
  );
}
