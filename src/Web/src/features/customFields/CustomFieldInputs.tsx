import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { useCustomFields } from './queries';
import {
  activeFields, draftProblem, offeredOptions, type CustomField, type CustomFieldEntity, type CustomFieldsDraft, type ValueDraft,
} from './values';
import './customFields.css';

type ErrorOf = (field: string) => string | undefined;

/**
 * The inputs of the active custom fields of contacts or companies, each suited to its type, with the API's message
 * about a value next to its input (`customFields.<key>`).
 */
export function CustomFieldInputs({ entity, draft, onChange, errorOf }: {
  entity: CustomFieldEntity;
  draft: CustomFieldsDraft;
  onChange: (draft: CustomFieldsDraft) => void;
  errorOf: ErrorOf;
}) {
  const { t } = useTranslation(['customFields', 'common']);
  const query = useCustomFields(entity);
  // A number is checked once its input is left, so typing "12," is not told off halfway.
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  if (query.isError) {
    return (
      <div className="notice warning" role="alert">
        <p>{t('loadFailed')}</p>
        <button type="button" className="button small" onClick={() => void query.refetch()}>{t('retry')}</button>
      </div>
    );
  }
  if (query.isPending) return <p role="status" className="muted">{t('common:loading')}</p>;
  const fields = activeFields(query.data);
  if (fields.length === 0) return null;
  return (
    <fieldset className="custom-fields">
      <legend>{t('legend')}</legend>
      {fields.map((field) => {
        const value = draft[field.key];
        const own = left.has(field.key) && draftProblem(field, value) === 'number' ? t('number') : undefined;
        return (
          <CustomFieldInput key={field.id} field={field} value={value} error={own ?? errorOf(`customFields.${field.key}`)}
            onChange={(next) => onChange({ ...draft, [field.key]: next })}
            onLeave={() => setLeft((keys) => (keys.has(field.key) ? keys : new Set([...keys, field.key])))} />
        );
      })}
    </fieldset>
  );
}

/** The input of one custom field, suited to its type (also used alone, by the contacts list's "Set field" action). */
export function CustomFieldInput({ field, value, error, onChange, onLeave }: {
  field: CustomField;
  value: ValueDraft | undefined;
  error?: string;
  onChange: (value: ValueDraft) => void;
  onLeave: () => void;
}) {
  const { t } = useTranslation('customFields');
  const label = field.isRequired ? t('required', { label: field.label }) : field.label;
  const text = typeof value === 'string' ? value : '';
  const common = {
    label, error, name: `customFields.${field.key}`, autoComplete: 'off', required: field.isRequired || undefined,
    value: text, onBlur: onLeave,
  };
  const typed = (e: { target: { value: string } }) => onChange(e.target.value);
  switch (field.type) {
    case 'LongText':
      return <TextAreaField {...common} rows={3} maxLength={10_000} onChange={typed} />;
    case 'Number':
      return <TextField {...common} inputMode="decimal" onChange={typed} />;
    case 'Money':
      return <TextField {...common} inputMode="decimal" hint={t('amountIn', { currency: field.currency || 'EUR' })} onChange={typed} />;
    case 'Date':
      return <TextField {...common} type="date" onChange={typed} />;
    case 'Url':
      return <TextField {...common} type="url" inputMode="url" hint={t('urlHint')} onChange={typed} />;
    case 'Email':
      return <TextField {...common} type="email" onChange={typed} />;
    case 'Phone':
      return <TextField {...common} type="tel" onChange={typed} />;
    case 'Bool':
      return <Checkbox label={field.label} name={common.name} checked={value === true} error={error} onChange={onChange} />;
    case 'SingleSelect':
      return (
        <SelectField {...common} onChange={typed}>
          <option value="">{t('notSet')}</option>
          {offeredOptions(field, value).map((option) => (
            <option key={option.key} value={option.key}>{option.isRetired ? t('retiredOption', { label: option.label }) : option.label}</option>
          ))}
        </SelectField>
      );
    case 'MultiSelect':
      return <MultiSelect field={field} legend={label} value={Array.isArray(value) ? value : []} error={error} onChange={onChange} />;
    default:
      return <TextField {...common} maxLength={500} onChange={typed} />;
  }
}

function Checkbox({ label, name, checked, error, onChange }: {
  label: string;
  name: string;
  checked: boolean;
  error?: string;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="field custom-checkbox">
      <div className="checkbox">
        <input id={id} type="checkbox" name={name} checked={checked} aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => onChange(e.target.checked)} />
        <label htmlFor={id}>{label}</label>
      </div>
      {error && <span id={`${id}-error`} className="error">{error}</span>}
    </div>
  );
}

/** The options of a multi select as checkboxes; a retired option the record holds stays, so it can be unticked. */
function MultiSelect({ field, legend, value, error, onChange }: {
  field: CustomField;
  legend: string;
  value: string[];
  error?: string;
  onChange: (keys: string[]) => void;
}) {
  const { t } = useTranslation('customFields');
  const id = useId();
  return (
    <fieldset className="field custom-checkboxes" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="custom-checkbox-list">
        {offeredOptions(field, value).map((option, index) => (
          <div key={option.key} className="checkbox custom-checkbox">
            <input id={`${id}-${index}`} type="checkbox" name={`customFields.${field.key}`} value={option.key}
              checked={value.includes(option.key)} aria-invalid={error ? true : undefined}
              onChange={(e) => onChange(e.target.checked ? [...value, option.key] : value.filter((key) => key !== option.key))} />
            <label htmlFor={`${id}-${index}`}>{option.isRetired ? t('retiredOption', { label: option.label }) : option.label}</label>
          </div>
        ))}
      </div>
      {error && <span id={`${id}-error`} className="error">{error}</span>}
    </fieldset>
  );
}
