import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useSignedInUser } from '../../api/session';
import { useNotifications } from '../../app/notifications';
import { Dialog } from '../../ui/Dialog';
import { FormMessages, SelectField, TextField } from '../../ui/Field';
import { asProblem, useFormProblem, useProblemText } from '../../ui/problems';
import { formatNumber } from '../../i18n/format';
import { useLocale } from '../../i18n/useLocale';
import { CustomFieldInput } from '../customFields/CustomFieldInputs';
import type { CustomField, ValueDraft } from '../customFields/values';
import { usePeople } from '../directory/queries';
import { choosablePeople } from '../directory/people';
import {
  bulkActionKinds, bulkPollInterval, bulkRequest, choiceProblem, companyBulkRequest, customFieldOf, isBulkFinished, settableFields,
  type BulkActionKind, type BulkActionRecord, type BulkChoice, type BulkTarget,
} from './bulkActions';
import { lifecycleStages } from './listView';
import type { ListRecords } from './queries';

/**
 * A button opening the bulk actions for some contacts or companies (the ticked rows, or the whole list as shown): the
 * action, its value, a confirmation stating the count for a deletion, then the progress, asked for every second.
 */
export function BulkActionsButton({ label, title, target, count, about = false, customFields, onFinished, onOpenChange, records = 'contacts' }: {
  label: string;
  title: string;
  target: BulkTarget;
  /** How many contacts the action is for, as the list counts them (`about` when the count is an estimate). */
  count: number;
  about?: boolean;
  customFields: readonly CustomField[];
  onFinished?: () => void;
  /**
   * Told when the dialog opens and closes: whoever shows the button keeps it while the dialog is open, even when the
   * action took its contacts out of the list (a deletion), so the progress stays in sight.
   */
  onOpenChange?: (open: boolean) => void;
  records?: ListRecords;
}) {
  const [open, setOpenState] = useState(false);
  const setOpen = (next: boolean) => {
    setOpenState(next);
    onOpenChange?.(next);
  };
  return (
    <>
      <button type="button" className="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>{label}</button>
      <Dialog open={open} title={title} onClose={() => setOpen(false)}>
        {open && <BulkActionBody records={records} target={target} count={count} about={about} customFields={customFields}
          onFinished={onFinished} onClose={() => setOpen(false)} />}
      </Dialog>
    </>
  );
}

function BulkActionBody({ records, target, count, about, customFields, onFinished, onClose }: {
  records: ListRecords;
  target: BulkTarget;
  count: number;
  about: boolean;
  customFields: readonly CustomField[];
  onFinished?: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation([records, 'common']);
  const locale = useLocale();
  const me = useSignedInUser();
  const form = useFormProblem(records, []);
  const [action, setAction] = useState<BulkActionKind>('AddTag');
  const [tag, setTag] = useState('');
  const [ownerId, setOwnerId] = useState(me.id);
  const [field, setField] = useState(() => settableFields(customFields, records)[0]?.name ?? '');
  const [value, setValue] = useState<ValueDraft>('');
  const [own, setOwn] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [started, setStarted] = useState<BulkActionRecord | null>(null);
  const n = formatNumber(count, locale);
  const countText = t(about ? 'bulk.countAbout' : 'bulk.count', { count, n });

  const choice = (): BulkChoice => {
    switch (action) {
      case 'AssignOwner': return { action, ownerId };
      case 'AddTag':
      case 'RemoveTag': return { action, tag };
      case 'SetField': return { action, field, value };
      default: return { action: 'Delete' };
    }
  };
  const ask = useMutation({
    mutationFn: (chosen: BulkChoice) => unwrap(records === 'companies'
      ? api.POST('/api/v1/companies/bulk-actions', { body: companyBulkRequest(chosen, target, customFields) })
      : api.POST('/api/v1/contacts/bulk-actions', { body: bulkRequest(chosen, target, customFields) })),
    onMutate: form.clear,
    onSuccess: setStarted,
    onError: (error) => {
      setConfirming(false);
      form.fail(error);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const chosen = choice();
    const problem = choiceProblem(chosen);
    setOwn(problem ? t(`codes.${problem}`) : null);
    if (problem) return;
    if (chosen.action === 'Delete') setConfirming(true);
    else ask.mutate(chosen);
  };

  if (started) return <BulkProgress records={records} started={started} onFinished={onFinished} onClose={onClose} />;
  if (confirming) {
    return (
      <div className="stack">
        <p>{t('bulk.deleteBody', { count, n: about ? t('bulk.aboutN', { n }) : n })}</p>
        <FormMessages messages={form.messages} />
        <div className="form-actions">
          <button type="button" className="button danger" disabled={ask.isPending} data-autofocus
            onClick={() => ask.mutate({ action: 'Delete' })}>
            {t('bulk.deleteConfirm', { count, n })}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>{t('bulk.back')}</button>
        </div>
        {ask.isPending && <p role="status" className="muted">{t('common:working')}</p>}
      </div>
    );
  }
  const custom = action === 'SetField' ? customFieldOf(field, customFields) : undefined;
  return (
    <form className="form" noValidate onSubmit={submit}>
      <FormMessages messages={own ? [own] : form.messages} />
      <p>{countText}</p>
      <SelectField label={t('bulk.action')} value={action} data-autofocus onChange={(e) => {
        setAction(e.target.value as BulkActionKind);
        setOwn(null);
      }}>
        {bulkActionKinds.map((kind) => <option key={kind} value={kind}>{t(`bulk.actions.${kind}`)}</option>)}
      </SelectField>
      {action === 'AssignOwner' && <OwnerChooser records={records} value={ownerId} onChange={setOwnerId} />}
      {(action === 'AddTag' || action === 'RemoveTag') && (
        <TextField label={t('bulk.tag')} value={tag} maxLength={50} autoComplete="off" onChange={(e) => setTag(e.target.value)} />
      )}
      {action === 'SetField' && (
        <>
          <SelectField label={t('bulk.field')} value={field} onChange={(e) => {
            setField(e.target.value);
            setValue('');
          }}>
            {settableFields(customFields, records).map((f) => (
              <option key={f.name} value={f.name}>{f.custom ? f.custom.label : t(`bulk.fields.${f.name}`)}</option>
            ))}
          </SelectField>
          {field === 'lifecycleStage' ? (
            <SelectField label={t('bulk.value')} value={typeof value === 'string' ? value : ''} onChange={(e) => setValue(e.target.value)}>
              <option value="">{t('bulk.chooseStage')}</option>
              {lifecycleStages.map((stage) => <option key={stage} value={stage}>{t(`stages.${stage}`)}</option>)}
            </SelectField>
          ) : custom ? (
            <CustomFieldInput key={custom.key} field={{ ...custom, isRequired: false }} value={value} onChange={setValue} onLeave={() => undefined} />
          ) : (
            <TextField label={t('bulk.value')} hint={t('bulk.clearHint')} value={typeof value === 'string' ? value : ''} maxLength={100}
              onChange={(e) => setValue(e.target.value)} />
          )}
          {custom && <p className="muted">{t('bulk.clearHint')}</p>}
        </>
      )}
      {action === 'Delete' && <p className="notice warning">{t('bulk.deleteWarning')}</p>}
      <div className="form-actions">
        <button type="submit" className={`button ${action === 'Delete' ? 'danger' : 'primary'}`} disabled={ask.isPending}>
          {ask.isPending ? t('common:working') : t('bulk.apply')}
        </button>
        <button type="button" className="button" onClick={onClose}>{t('common:cancel')}</button>
      </div>
    </form>
  );
}

/** The owner: an active colleague from the directory, or the user themself when the directory cannot be read. */
function OwnerChooser({ records, value, onChange }: { records: ListRecords; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation(records);
  const me = useSignedInUser();
  const locale = useLocale();
  const people = usePeople();
  const others = choosablePeople(people.data ?? [], locale).filter((p) => p.id !== me.id);
  if (others.length === 0) return <p>{t('bulk.toMe')}</p>;
  return (
    <SelectField label={t('bulk.owner')} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value={me.id}>{t('bulk.me', { name: me.displayName })}</option>
      {others.map((p) => <option key={p.id} value={p.id}>{p.displayName}</option>)}
    </SelectField>
  );
}

/** The action as it stands, asked for every second until it is over; then the list is read again. */
function BulkProgress({ records, started, onFinished, onClose }: {
  records: ListRecords;
  started: BulkActionRecord;
  onFinished?: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation([records, 'common']);
  const locale = useLocale();
  const problemText = useProblemText(records);
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const headingId = useId();
  const closeButton = useRef<HTMLButtonElement>(null);
  const job = useQuery({
    queryKey: [records, 'bulk-actions', started.id],
    queryFn: () => {
      const init = { params: { path: { id: started.id } } };
      return unwrap(records === 'companies' ? api.GET('/api/v1/companies/bulk-actions/{id}', init) : api.GET('/api/v1/contacts/bulk-actions/{id}', init));
    },
    initialData: started,
    refetchInterval: (query) => bulkPollInterval(query.state.data?.status),
  });
  const record = job.data;
  const finished = isBulkFinished(record.status);
  const told = useRef(false);
  useEffect(() => {
    if (!finished || told.current) return;
    told.current = true;
    void queryClient.invalidateQueries({ queryKey: [records] });
    if (record.status === 'Completed') notify(t('bulk.done', { count: record.changed, n: formatNumber(record.changed, locale) }));
    else notify(t('bulk.failed', { reason: record.failureReason ?? '' }), 'error');
    onFinished?.();
    closeButton.current?.focus();
  }, [finished, record, queryClient, notify, t, locale, onFinished, records]);
  const counts = t('bulk.progress', {
    done: formatNumber(record.done, locale), total: formatNumber(record.total, locale), changed: formatNumber(record.changed, locale),
  });
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h3 id={headingId}>{t(`bulk.statuses.${record.status}`)}</h3>
      {/* Read out when it ends, not every second while it runs. */}
      <p role="status">{finished ? `${t(`bulk.statuses.${record.status}`)} · ${counts}` : ''}</p>
      {!finished && <p>{counts}</p>}
      {!finished && <progress className="bulk-bar" value={record.done} max={Math.max(record.total, 1)} aria-label={t('bulk.progressLabel')} />}
      {record.status === 'Failed' && <p className="notice error">{t('bulk.failed', { reason: record.failureReason ?? '' })}</p>}
      {job.error && <p className="notice error" role="alert">{problemText(asProblem(job.error))}</p>}
      <div className="form-actions">
        <button ref={closeButton} type="button" className="button" onClick={onClose}>{t('common:close')}</button>
      </div>
    </section>
  );
}
