import { useId, useMemo, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { can, useSignedInUser } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useNotifications } from '../../app/notifications';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { Dialog } from '../../ui/Dialog';
import { FormMessages, SelectField, TextField } from '../../ui/Field';
import { useFormProblem } from '../../ui/problems';
import { customFieldKeys, useCustomFields } from '../customFields/queries';
import type { CustomField, CustomFieldEntity, CustomFieldType } from '../customFields/values';
import { Loading, NotAllowed, QueryProblem, ScrollTable } from './AdminParts';
import { changeCustomField, defineCustomField } from './customFieldChanges';
import {
  byPosition, canBeUnique, changeBody, checkField, defineBody, emptyFieldDraft, fieldDraftOf, fieldTypes, hasOptions, keyFromLabel,
  moveField, newOption, settingsOf, type ChangeCustomFieldRequest, type FieldDraft, type OptionDraft,
} from './customFieldDraft';
import './admin.css';

const entities: readonly CustomFieldEntity[] = ['Contact', 'Company', 'Deal'];

export default function CustomFieldsPage() {
  const { t } = useTranslation('admin');
  usePageTitle(t('fields.title'));
  const me = useSignedInUser();
  if (!can(me, 'admin.fields')) return <NotAllowed title={t('fields.title')} text={t('fields.notAllowed')} />;
  return <CustomFields />;
}

type Editing = { field: CustomField | null };

function CustomFields() {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const [params, setParams] = useSearchParams();
  const asked = params.get('entity');
  const entity: CustomFieldEntity = asked === 'Company' || asked === 'Deal' ? asked : 'Contact';
  const fields = useCustomFields(entity);
  const sorted = useMemo(() => byPosition(fields.data ?? []), [fields.data]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [retiring, setRetiring] = useState<CustomField | null>(null);
  const panelId = useId();
  const tabId = (e: CustomFieldEntity) => `${panelId}-tab-${e}`;

  // Moves and restorations are sent from the list: a refusal (a change made meanwhile) is told above it.
  const actions = useFormProblem('admin', []);
  const change = useMutation({
    mutationFn: async ({ changes }: { changes: { field: CustomField; body: ChangeCustomFieldRequest }[]; done: string }) => {
      for (const { field, body } of changes) {
        await changeCustomField(field, body);
      }
    },
    onMutate: actions.clear,
    onSuccess: (_, { done }) => notify(done),
    onError: actions.fail,
    onSettled: () => queryClient.invalidateQueries({ queryKey: customFieldKeys.all }),
  });
  const move = (field: CustomField, direction: -1 | 1) => change.mutate({
    changes: moveField(sorted, field.id, direction).map(({ field: moved, position }) => ({ field: moved, body: settingsOf(moved, { position }) })),
    done: t('fields.moved', { label: field.label }),
  });
  const restore = (field: CustomField) => change.mutate({
    changes: [{ field, body: settingsOf(field, { isRetired: false }) }],
    done: t('fields.restored', { label: field.label }),
  });
  const choose = (next: CustomFieldEntity) => {
    actions.clear();
    setParams(next === 'Contact' ? {} : { entity: next }, { replace: true });
  };

  return (
    <>
      <div className="page-header">
        <h1>{t('fields.title')}</h1>
        <button type="button" className="button primary" aria-haspopup="dialog" onClick={() => setEditing({ field: null })}>
          {t('fields.new')}
        </button>
      </div>
      <p className="muted">{t('fields.intro')}</p>

      <EntityTabs entity={entity} onChange={choose} tabId={tabId} panelId={panelId} />
      <div role="tabpanel" id={panelId} aria-labelledby={tabId(entity)} className="stack admin-tabpanel">
        <FormMessages messages={actions.messages} />
        {change.isPending && <p role="status" className="muted">{t('working')}</p>}
        {fields.isError && <QueryProblem error={fields.error} onRetry={() => void fields.refetch()} />}
        {fields.isPending ? <Loading /> : !fields.data ? null : sorted.length === 0 ? <p className="muted">{t('fields.empty')}</p> : (
          <ScrollTable caption={t(`fields.captions.${entity}`)}>
            <thead>
              <tr>
                <th scope="col">{t('fields.columns.label')}</th>
                <th scope="col">{t('fields.columns.type')}</th>
                <th scope="col">{t('fields.columns.settings')}</th>
                <th scope="col">{t('fields.columns.order')}</th>
                <th scope="col">{t('fields.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((field, index) => (
                <tr key={field.id} className={field.isRetired ? 'admin-retired' : undefined}>
                  <th scope="row">
                    {field.label}
                    <div><code className="admin-key">{field.key}</code></div>
                  </th>
                  <td>
                    {t(`fields.types.${field.type}`)}
                    {hasOptions(field.type) && (
                      <div className="muted">{t('fields.options', { count: field.options.filter((o) => !o.isRetired).length })}</div>
                    )}
                    {field.type === 'Money' && field.currency && <div className="muted">{t('fields.inCurrency', { currency: field.currency })}</div>}
                  </td>
                  <td>
                    <div className="admin-badges">
                      {field.isRetired && <span className="badge danger">{t('fields.retired')}</span>}
                      <span className={`badge${field.isRequired ? ' accent' : ''}`}>{field.isRequired ? t('fields.required') : t('fields.optional')}</span>
                      {field.isUnique && <span className="badge accent">{t('fields.unique')}</span>}
                    </div>
                  </td>
                  <td>
                    <div className="admin-actions admin-order">
                      <button type="button" className="button small" disabled={index === 0 || change.isPending}
                        aria-label={t('fields.moveUpOf', { label: field.label })} onClick={() => move(field, -1)}>
                        <span aria-hidden="true">↑</span> {t('fields.moveUp')}
                      </button>
                      <button type="button" className="button small" disabled={index === sorted.length - 1 || change.isPending}
                        aria-label={t('fields.moveDownOf', { label: field.label })} onClick={() => move(field, 1)}>
                        <span aria-hidden="true">↓</span> {t('fields.moveDown')}
                      </button>
                    </div>
                  </td>
                  <td>
                    <div className="admin-actions">
                      <button type="button" className="button small" aria-haspopup="dialog" aria-label={t('fields.editOf', { label: field.label })}
                        onClick={() => setEditing({ field })}>
                        {t('common:edit')}
                      </button>
                      {field.isRetired ? (
                        <button type="button" className="button small" disabled={change.isPending}
                          aria-label={t('fields.restoreOf', { label: field.label })} onClick={() => restore(field)}>
                          {t('fields.restore')}
                        </button>
                      ) : (
                        <button type="button" className="button small danger" aria-haspopup="dialog"
                          aria-label={t('fields.retireOf', { label: field.label })} onClick={() => setRetiring(field)}>
                          {t('fields.retire')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        )}
      </div>

      <Dialog open={editing !== null}
        title={editing?.field ? t('fields.form.editTitle', { label: editing.field.label }) : t(`fields.form.createTitle.${entity}`)}
        onClose={() => setEditing(null)}>
        {editing && <FieldForm key={editing.field?.id ?? 'new'} entity={entity} field={editing.field} onDone={() => setEditing(null)} />}
      </Dialog>

      <ConfirmDialog namespace="admin" open={retiring !== null} title={t('fields.retireDialog.title', { label: retiring?.label ?? '' })}
        confirmLabel={t('fields.retireDialog.confirm')} onClose={() => setRetiring(null)}
        run={() => changeCustomField(retiring!, settingsOf(retiring!, { isRetired: true }))}
        onDone={() => {
          notify(t('fields.retireDialog.done', { label: retiring?.label ?? '' }));
          void queryClient.invalidateQueries({ queryKey: customFieldKeys.all });
          setRetiring(null);
        }}
        onFail={() => void queryClient.invalidateQueries({ queryKey: customFieldKeys.all })}>
        <p>{t('fields.retireDialog.body')}</p>
      </ConfirmDialog>
    </>
  );
}

/** Contacts or companies, as tabs: arrows, Home and End move between them. */
function EntityTabs({ entity, onChange, tabId, panelId }: {
  entity: CustomFieldEntity;
  onChange: (entity: CustomFieldEntity) => void;
  tabId: (entity: CustomFieldEntity) => string;
  panelId: string;
}) {
  const { t } = useTranslation('admin');
  const tabs = useRef<Partial<Record<CustomFieldEntity, HTMLButtonElement | null>>>({});
  const onKeyDown = (e: KeyboardEvent) => {
    const index = entities.indexOf(entity);
    const next = e.key === 'ArrowRight' ? entities[(index + 1) % entities.length]
      : e.key === 'ArrowLeft' ? entities[(index - 1 + entities.length) % entities.length]
        : e.key === 'Home' ? entities[0]
          : e.key === 'End' ? entities[entities.length - 1]
            : undefined;
    if (!next) return;
    e.preventDefault();
    onChange(next);
    tabs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={t('fields.entityLabel')} className="admin-tabs" onKeyDown={onKeyDown}>
      {entities.map((e) => (
        <button key={e} ref={(button) => { tabs.current[e] = button; }} type="button" role="tab" id={tabId(e)}
          aria-selected={e === entity} aria-controls={panelId} tabIndex={e === entity ? 0 : -1} onClick={() => onChange(e)}>
          {t(`fields.entities.${e}`)}
        </button>
      ))}
    </div>
  );
}

const formFields = ['label', 'key', 'type', 'isRequired', 'isUnique', 'options', 'currency'] as const;

/** Defines a field (field null) or changes one: label, flags, options and currency; key and type are set once. */
function FieldForm({ entity, field, onDone }: { entity: CustomFieldEntity; field: CustomField | null; onDone: () => void }) {
  const { t } = useTranslation('admin');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const fields = useCustomFields(entity);
  // The version the change is made against; a reload after a conflict takes the latest one.
  const [base, setBase] = useState(field);
  const [draft, setDraft] = useState<FieldDraft>(() => (field ? fieldDraftOf(field) : emptyFieldDraft()));
  const [checked, setChecked] = useState(false);
  const form = useFormProblem('admin', formFields);
  const problems = checked ? checkField(draft) : {};
  const set = (change: Partial<FieldDraft>) => setDraft((d) => ({ ...d, ...change }));
  const type = base?.type ?? draft.type;

  const save = useMutation({
    mutationFn: () => base
      ? changeCustomField(base, changeBody(base, draft))
      : defineCustomField(defineBody(entity, draft)),
    onSuccess: (saved) => {
      notify(base ? t('fields.form.saved', { label: saved.label }) : t('fields.form.created', { label: saved.label }));
      void queryClient.invalidateQueries({ queryKey: customFieldKeys.all });
      onDone();
    },
    onError: form.fail,
  });

  const reload = async () => {
    const { data } = await fields.refetch();
    const fresh = data?.find((f) => f.id === base?.id);
    form.clear();
    if (!fresh) return;
    setBase(fresh);
    setDraft(fieldDraftOf(fresh));
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    form.clear();
    if (Object.keys(checkField(draft)).length > 0) return;
    save.mutate();
  };

  const madeKey = draft.label.trim() ? keyFromLabel(draft.label) : null;
  return (
    <form className="form" noValidate onSubmit={submit}>
      {form.isConflict ? <ConflictNotice onReload={() => void reload()} onDismiss={form.clear} /> : <FormMessages messages={form.messages} />}
      <TextField label={t('fields.form.label')} required autoComplete="off" maxLength={100} value={draft.label} data-autofocus
        error={problems.label ? t('validation.required') : form.fieldError('label')} onChange={(e) => set({ label: e.target.value })} />
      {base ? (
        <p className="muted admin-fixed">{t('fields.form.fixed', { key: base.key, type: t(`fields.types.${base.type}`) })}</p>
      ) : (
        <>
          <TextField label={t('fields.form.key')} autoComplete="off" spellCheck={false} maxLength={50} value={draft.key}
            hint={<>{t('fields.form.keyHint')}{madeKey && !draft.key.trim() && <> {t('fields.form.keyMade', { key: madeKey })}</>}</>}
            error={problems.key ? t('fields.validation.key') : form.fieldError('key')} onChange={(e) => set({ key: e.target.value })} />
          <SelectField label={t('fields.form.type')} value={draft.type} error={form.fieldError('type')}
            onChange={(e) => {
              const next = e.target.value as CustomFieldType;
              set({ type: next, isUnique: canBeUnique(next, entity) && draft.isUnique });
            }}>
            {fieldTypes.map((ft) => <option key={ft} value={ft}>{t(`fields.types.${ft}`)}</option>)}
          </SelectField>
        </>
      )}
      <Flag label={t('fields.form.required')} hint={t('fields.form.requiredHint')} checked={draft.isRequired}
        error={form.fieldError('isRequired')} onChange={(isRequired) => set({ isRequired })} />
      {canBeUnique(type, entity) && (
        <Flag label={t('fields.form.unique')} hint={t('fields.form.uniqueHint')} checked={draft.isUnique}
          error={form.fieldError('isUnique')} onChange={(isUnique) => set({ isUnique })} />
      )}
      {type === 'Money' && (
        <TextField label={t('fields.form.currency')} hint={t('fields.form.currencyHint')} autoComplete="off" maxLength={3} value={draft.currency}
          error={problems.currency ? t('fields.validation.currency') : form.fieldError('currency')}
          onChange={(e) => set({ currency: e.target.value.toUpperCase() })} />
      )}
      {hasOptions(type) && (
        <OptionsEditor options={draft.options} onChange={(options) => set({ options })}
          error={problems.options ? t('fields.validation.options') : form.fieldError('options')} />
      )}
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={save.isPending}>
          {save.isPending ? t('common:saving') : base ? t('common:save') : t('fields.form.submitCreate')}
        </button>
        <button type="button" className="button" onClick={onDone}>{t('common:cancel')}</button>
      </div>
    </form>
  );
}

function Flag({ label, hint, checked, error, onChange }: {
  label: string;
  hint: string;
  checked: boolean;
  error?: string;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field admin-checkbox">
      <div className="checkbox">
        <input id={id} type="checkbox" checked={checked} aria-describedby={describedBy} aria-invalid={error ? true : undefined}
          onChange={(e) => onChange(e.target.checked)} />
        <label htmlFor={id}>{label}</label>
      </div>
      <span id={`${id}-hint`} className="hint">{hint}</span>
      {error && <span id={`${id}-error`} className="error">{error}</span>}
    </div>
  );
}

/** The options of a list: new ones added and removed, existing ones renamed, retired or restored (never removed). */
function OptionsEditor({ options, onChange, error }: { options: OptionDraft[]; onChange: (options: OptionDraft[]) => void; error?: string }) {
  const { t } = useTranslation('admin');
  const id = useId();
  const update = (row: number, change: Partial<OptionDraft>) => onChange(options.map((o, i) => (i === row ? { ...o, ...change } : o)));
  return (
    <fieldset className="field admin-options" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend>{t('fields.form.options')}</legend>
      <span id={`${id}-hint`} className="hint">{t('fields.form.optionsHint')}</span>
      {options.map((option, row) => {
        const n = row + 1;
        return (
          <div key={row} className={`row admin-option${option.isRetired ? ' admin-retired' : ''}`}>
            <div className="grow">
              <TextField label={t('fields.form.option', { n })} autoComplete="off" maxLength={100} value={option.label}
                hint={option.key === null ? t('fields.form.optionNew')
                  : option.isRetired ? t('fields.form.optionKeyRetired', { key: option.key }) : t('fields.form.optionKey', { key: option.key })}
                onChange={(e) => update(row, { label: e.target.value })} />
            </div>
            {option.key === null ? (
              <button type="button" className="button small" aria-label={t('fields.form.removeOption', { n })}
                onClick={() => onChange(options.filter((_, i) => i !== row))}>
                {t('fields.form.remove')}
              </button>
            ) : (
              <button type="button" className="button small" aria-label={t(option.isRetired ? 'fields.form.restoreOption' : 'fields.form.retireOption', { n })}
                onClick={() => update(row, { isRetired: !option.isRetired })}>
                {option.isRetired ? t('fields.restore') : t('fields.retire')}
              </button>
            )}
          </div>
        );
      })}
      {error && <span id={`${id}-error`} className="error">{error}</span>}
      <button type="button" className="button small" style={{ alignSelf: 'start' }} onClick={() => onChange([...options, newOption()])}>
        {t('fields.form.addOption')}
      </button>
    </fieldset>
  );
}
