import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../ui/Field';
import { AddressFields } from '../../ui/AddressFields';
import { CompanyLinks } from './CompanyLinks';
import { CustomFieldInputs } from '../customFields/CustomFieldInputs';
import { itemPath, lifecycleStages, type ContactDraft, type ItemDraft } from './contactDraft';

type ErrorOf = (field: string) => string | undefined;

export function ContactFields({ draft, onChange, errorOf }: {
  draft: ContactDraft;
  onChange: (draft: ContactDraft) => void;
  errorOf: ErrorOf;
}) {
  const { t } = useTranslation('contacts');
  const set = (field: keyof ContactDraft) => (e: { target: { value: string } }) => onChange({ ...draft, [field]: e.target.value });
  return (
    <>
      <div className="row" style={{ alignItems: 'start' }}>
        <div className="grow"><TextField label={t('form.firstName')} name="firstName" autoComplete="off" autoFocus value={draft.firstName} onChange={set('firstName')} error={errorOf('firstName')} /></div>
        <div className="grow"><TextField label={t('form.lastName')} name="lastName" autoComplete="off" value={draft.lastName} onChange={set('lastName')} error={errorOf('lastName')} /></div>
      </div>
      <TextField label={t('form.jobTitle')} name="jobTitle" autoComplete="off" value={draft.jobTitle} onChange={set('jobTitle')} error={errorOf('jobTitle')} />
      <ItemRows
        kind="emails"
        draft={draft}
        onChange={onChange}
        errorOf={errorOf}
      />
      <ItemRows
        kind="phones"
        draft={draft}
        onChange={onChange}
        errorOf={errorOf}
      />
      <CompanyLinks draft={draft} onChange={onChange} errorOf={errorOf} />
      <AddressFields address={draft.address} onChange={(address) => onChange({ ...draft, address })} errorOf={errorOf} />
      <div className="row" style={{ alignItems: 'start' }}>
        <div className="grow">
          <SelectField label={t('form.lifecycleStage')} name="lifecycleStage" value={draft.lifecycleStage} onChange={set('lifecycleStage')} error={errorOf('lifecycleStage')}>
            {lifecycleStages.map((stage) => <option key={stage} value={stage}>{t(`stages.${stage}`)}</option>)}
          </SelectField>
        </div>
        <div className="grow"><TextField label={t('form.source')} name="source" autoComplete="off" value={draft.source} onChange={set('source')} error={errorOf('source')} /></div>
      </div>
      <TextField label={t('form.tags')} name="tags" autoComplete="off" value={draft.tags} onChange={set('tags')} error={errorOf('tags')} hint={t('form.tagsHint')} />
      <CustomFieldInputs entity="Contact" draft={draft.customFields} onChange={(customFields) => onChange({ ...draft, customFields })} errorOf={errorOf} />
    </>
  );
}

/** The email addresses or the phone numbers: one row each, a choice of the primary one, rows added and removed. */
function ItemRows({ kind, draft, onChange, errorOf }: {
  kind: 'emails' | 'phones';
  draft: ContactDraft;
  onChange: (draft: ContactDraft) => void;
  errorOf: ErrorOf;
}) {
  const { t } = useTranslation('contacts');
  const groupId = useId();
  const rows = draft[kind];
  const primaryKey = kind === 'emails' ? 'primaryEmail' : 'primaryPhone';
  const primary = draft[primaryKey];
  const valueField = kind === 'emails' ? 'address' : 'number';
  const setRows = (next: ItemDraft[], nextPrimary = primary) => onChange({ ...draft, [kind]: next, [primaryKey]: nextPrimary });
  const update = (row: number, change: Partial<ItemDraft>) => setRows(rows.map((item, i) => (i === row ? { ...item, ...change } : item)));
  const remove = (row: number) => {
    const next = rows.filter((_, i) => i !== row);
    setRows(next.length > 0 ? next : [{ value: '', label: '' }], row === primary ? 0 : primary > row ? primary - 1 : primary);
  };
  return (
    <fieldset>
      <legend>{t(`form.${kind}`)}</legend>
      {errorOf(kind) && <span className="error">{errorOf(kind)}</span>}
      {rows.map((item, row) => {
        const path = itemPath(rows, row, kind);
        return (
          <div className="row item-row" key={row} style={{ alignItems: 'start' }}>
            <div className="grow">
              <TextField
                label={t(`form.${kind}Value`, { n: row + 1 })}
                type={kind === 'emails' ? 'email' : 'tel'}
                autoComplete="off"
                value={item.value}
                onChange={(e) => update(row, { value: e.target.value })}
                error={errorOf(`${path}.${valueField}`)}
              />
            </div>
            <div style={{ flex: '0 1 8rem' }}>
              <TextField label={t('form.label')} autoComplete="off" value={item.label} onChange={(e) => update(row, { label: e.target.value })} error={errorOf(`${path}.label`)} list={`${groupId}-labels`} />
            </div>
            {rows.length > 1 && (
              <label className="checkbox" style={{ alignSelf: 'center' }}>
                <input type="radio" name={`${groupId}-primary`} checked={row === primary} onChange={() => setRows(rows, row)}
                  aria-label={t('form.primaryOf', { item: t(`form.${kind}Value`, { n: row + 1 }) })} />
                {t('form.primary')}
              </label>
            )}
            {rows.length > 1 && (
              <button type="button" className="button small" style={{ alignSelf: 'center' }} onClick={() => remove(row)} aria-label={t(`form.${kind}Remove`, { n: row + 1 })}>
                {t('form.remove')}
              </button>
            )}
          </div>
        );
      })}
      <datalist id={`${groupId}-labels`}>
        {(kind === 'emails' ? ['work', 'home'] : ['mobile', 'work', 'home']).map((label) => <option key={label} value={t(`form.labels.${label}`)} />)}
      </datalist>
      {rows.length < 10 && (
        <button type="button" className="button small" style={{ alignSelf: 'start' }} onClick={() => setRows([...rows, { value: '', label: '' }])}>
          {t(`form.${kind}Add`)}
        </button>
      )}
    </fieldset>
  );
}
