import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { useNotifications } from '../../app/notifications';
import { FormMessages, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { useFormProblem } from '../../ui/problems';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import {
  draftOf, emptyDraft, linksOf, maxMinutes, notesMaxLength, outcomes, textMaxLength, toInteractionRequest, type Interaction, type InteractionDraft, type InteractionKind, type InteractionLinks,
} from './interactions';
import './interactions.css';

const formFields = ['kind', 'happenedAtUtc', 'direction', 'durationSeconds', 'outcome', 'location', 'title', 'notes', 'contactIds'] as const;

/**
 * Logs a call or a visit report about the page's records, made to be typed on a phone: one column, big targets, the
 * time already set to now. The timeline shows it once the contacts module has recorded it. Hidden without activities.write.
 */
export function LogInteractionPanel({ links }: { links: InteractionLinks }) {
  const me = useSignedInUser();
  const [open, setOpen] = useState(false);
  const { t } = useTranslation('interactions');
  if (!can(me, 'activities.write')) return null;
  return open ? <LogInteractionForm links={links} onClose={() => setOpen(false)} /> : (
    <div className="log-interaction-open">
      <button type="button" className="button primary" onClick={() => setOpen(true)}>{t('open')}</button>
    </div>
  );
}

/**
 * Logs a call or visit report about `links`, or changes or deletes `existing` (at the version read, about the records it
 * is about). The timeline follows once the contacts module has heard of it.
 */
export function LogInteractionForm({ links, existing, onClose }: { links: InteractionLinks; existing?: Interaction; onClose: () => void }) {
  const { t } = useTranslation('interactions');
  const queryClient = useQueryClient();
  const { notify } = useNotifications();
  const headingId = useId();
  const [draft, setDraft] = useState<InteractionDraft>(() => (existing ? draftOf(existing) : emptyDraft('Visit', new Date())));
  const [deleting, setDeleting] = useState(false);
  const problem = useFormProblem('interactions', formFields);
  const refreshSoon = () => {
    void queryClient.invalidateQueries({ queryKey: ['interactions'] });
    // The timeline entry is written by the contacts module once the event is delivered: look again shortly after.
    for (const delay of [0, 1500, 4000]) setTimeout(() => void queryClient.invalidateQueries({ queryKey: ['timeline'] }), delay);
  };
  const log = useMutation({
    mutationFn: (draftToSend: InteractionDraft) => existing
      ? unwrap(api.PUT('/api/v1/interactions/{id}', {
        params: { path: { id: existing.id } }, headers: ifMatch(existing.version), body: toInteractionRequest(draftToSend, linksOf(existing)),
      }))
      : unwrap(api.POST('/api/v1/interactions', { body: toInteractionRequest(draftToSend, links) })),
    onMutate: problem.clear,
    onSuccess: (interaction) => {
      notify(existing ? t('changed') : t(`logged.${interaction.kind}`));
      refreshSoon();
      onClose();
    },
    onError: problem.fail,
  });
  const change = (patch: Partial<InteractionDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    log.mutate(draft);
  };
  const call = draft.kind === 'Call';
  return (
    <section className="card stack log-interaction" aria-labelledby={headingId}>
      <h2 id={headingId}>{existing ? t('editTitle') : t('title')}</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <FormMessages messages={problem.messages} />
        <fieldset className="kind-toggle">
          <legend>{t('kind.label')}</legend>
          {(['Visit', 'Call'] as const satisfies readonly InteractionKind[]).map((kind) => (
            <label key={kind} className={draft.kind === kind ? 'selected' : undefined}>
              <input type="radio" name={`${headingId}-kind`} value={kind} checked={draft.kind === kind} onChange={() => change({ kind })} />
              {t(`kind.${kind}`)}
            </label>
          ))}
        </fieldset>
        <TextField label={t('when')} type="datetime-local" value={draft.when} error={problem.fieldError('happenedAtUtc')}
          onChange={(e) => change({ when: e.target.value })} />
        {call ? (
          <>
            <SelectField label={t('direction.label')} value={draft.direction} error={problem.fieldError('direction')}
              onChange={(e) => change({ direction: e.target.value as InteractionDraft['direction'] })}>
              {(['Outbound', 'Inbound'] as const).map((d) => <option key={d} value={d}>{t(`direction.${d}`)}</option>)}
            </SelectField>
            <TextField label={t('minutes')} type="number" inputMode="decimal" min={0} max={maxMinutes} step="any" value={draft.minutes}
              error={problem.fieldError('durationSeconds')} onChange={(e) => change({ minutes: e.target.value })} />
            <SelectField label={t('outcome.label')} value={draft.outcome} error={problem.fieldError('outcome')}
              onChange={(e) => change({ outcome: e.target.value as InteractionDraft['outcome'] })}>
              {outcomes.map((o) => <option key={o} value={o}>{t(`outcome.${o}`)}</option>)}
            </SelectField>
          </>
        ) : (
          <TextField label={t('location')} value={draft.location} maxLength={textMaxLength} error={problem.fieldError('location')}
            onChange={(e) => change({ location: e.target.value })} />
        )}
        <TextField label={t('subject')} value={draft.title} maxLength={textMaxLength} error={problem.fieldError('title')}
          onChange={(e) => change({ title: e.target.value })} />
        <TextAreaField label={t(`notes.${draft.kind}`)} rows={call ? 4 : 10} value={draft.notes} maxLength={notesMaxLength} required={!call}
          error={problem.fieldError('notes') ?? problem.fieldError('contactIds')} onChange={(e) => change({ notes: e.target.value })} />
        <div className="form-actions">
          <button type="submit" className="button primary" disabled={log.isPending}>{log.isPending ? t('saving') : t(`submit.${draft.kind}`)}</button>
          <button type="button" className="button" onClick={onClose}>{t('cancel')}</button>
          {existing && <button type="button" className="button danger" onClick={() => setDeleting(true)}>{t('delete.button')}</button>}
        </div>
      </form>
      {existing && (
        <ConfirmDialog namespace="interactions" open={deleting} title={t('delete.title')} confirmLabel={t('delete.confirm')}
          run={() => unwrap(api.DELETE('/api/v1/interactions/{id}', { params: { path: { id: existing.id } }, headers: ifMatch(existing.version) }))}
          onDone={() => { notify(t('delete.done')); refreshSoon(); onClose(); }}
          onClose={() => setDeleting(false)}>
          <p>{t('delete.body')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
