import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { ApiError } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { useLocale } from '../../i18n/useLocale';
import { useNotifications } from '../../app/notifications';
import { ConflictNotice } from '../../ui/ConflictNotice';
import { FormMessages, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { useFormProblem } from '../../ui/problems';
import { ContactPicker } from '../deals/ContactPicker';
import { choosablePeople } from '../directory/people';
import { usePeople } from '../directory/queries';
import {
  draftToRequest, reminderChoice, reminderChoices, withReminderChoice, withStart, zoneChoices, type Appointment, type AppointmentDraft, type Frequency, type RepeatEnd,
} from './agenda';
import { Availability } from './Availability';
import { createAppointment, updateAppointment, useAgendaRefresh } from './queries';

const formFields = ['title', 'start', 'end', 'startDate', 'endDate', 'timeZone', 'location', 'videoLink', 'description', 'recurrence', 'userIds', 'contactIds', 'reminderMinutesBefore'] as const;
const frequencies: readonly Frequency[] = ['none', 'DAILY', 'WEEKLY', 'MONTHLY'];
const repeatEnds: readonly RepeatEnd[] = ['never', 'count', 'until'];

/** The API names a field of the body `request.title`: the form's fields are the body's. */
function withBodyFieldNames(error: unknown): unknown {
  if (error instanceof ApiError && error.problem.errors) {
    error.problem.errors = Object.fromEntries(Object.entries(error.problem.errors).map(([key, messages]) => [key.replace(/^request\./, ''), messages]));
  }
  return error;
}

/**
 * Creates an appointment, or edits one (`appointment`, with its version for If-Match). Values stay on an error; the
 * attendees' conflicts come back to `onSaved`, a warning for the page to show.
 */
export function AppointmentForm({ initial, appointment, onSaved, onClose }: {
  initial: AppointmentDraft;
  appointment?: Appointment;
  onSaved: (saved: Appointment) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('agenda');
  const me = useSignedInUser();
  const locale = useLocale();
  const { notify } = useNotifications();
  const refresh = useAgendaRefresh();
  const people = usePeople();
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const problem = useFormProblem('agenda', formFields);
  const save = useMutation({
    mutationFn: (toSave: AppointmentDraft) => appointment
      ? updateAppointment(appointment.id, appointment.version, draftToRequest(toSave))
      : createAppointment(draftToRequest(toSave)),
    onMutate: problem.clear,
    onSuccess: (saved) => {
      void refresh();
      notify(t(appointment ? 'form.updated' : 'form.created', { title: saved.title }));
      onSaved(saved);
    },
    onError: (error) => problem.fail(withBodyFieldNames(error)),
  });
  const change = (patch: Partial<AppointmentDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(draft);
  };
  const colleagues = choosablePeople(people.data ?? [], locale).filter((p) => p.id !== me.id && !draft.users.some((u) => u.id === p.id));
  const repeating = draft.repeat.frequency !== 'none';
  return (
    <form className="stack agenda-form" onSubmit={submit} noValidate>
      {problem.isConflict ? (
        <ConflictNotice onReload={() => { void refresh(); onClose(); }} onDismiss={problem.clear} />
      ) : <FormMessages messages={problem.messages} />}
      <TextField label={t('form.name')} value={draft.title} required maxLength={200} data-autofocus
        error={problem.fieldError('title')} onChange={(e) => change({ title: e.target.value })} />
      <label className="checkbox">
        <input type="checkbox" checked={draft.allDay} onChange={(e) => change({ allDay: e.target.checked })} />
        {t('form.allDay')}
      </label>
      <div className="agenda-form-pair">
        {draft.allDay ? (
          <>
            <TextField label={t('form.startDate')} type="date" value={draft.startDate} error={problem.fieldError('startDate')}
              onChange={(e) => change({ startDate: e.target.value, endDate: draft.endDate < e.target.value ? e.target.value : draft.endDate })} />
            <TextField label={t('form.endDate')} type="date" value={draft.endDate} min={draft.startDate} error={problem.fieldError('endDate')}
              onChange={(e) => change({ endDate: e.target.value })} />
          </>
        ) : (
          <>
            <TextField label={t('form.start')} type="datetime-local" step={300} value={draft.start} error={problem.fieldError('start')}
              onChange={(e) => setDraft((current) => withStart(current, e.target.value))} />
            <TextField label={t('form.end')} type="datetime-local" step={300} value={draft.end} error={problem.fieldError('end')}
              onChange={(e) => change({ end: e.target.value })} />
          </>
        )}
      </div>
      <SelectField label={t('form.timeZone')} value={draft.timeZone} error={problem.fieldError('timeZone')} onChange={(e) => change({ timeZone: e.target.value })}>
        {zoneChoices(me.timeZone, initial.timeZone).map((zone) => <option key={zone} value={zone}>{zone.replaceAll('_', ' ')}</option>)}
      </SelectField>
      <div className="agenda-form-pair">
        <TextField label={t('form.location')} value={draft.location} maxLength={300} error={problem.fieldError('location')}
          onChange={(e) => change({ location: e.target.value })} />
        <TextField label={t('form.videoLink')} type="url" inputMode="url" value={draft.videoLink} error={problem.fieldError('videoLink')}
          onChange={(e) => change({ videoLink: e.target.value })} />
      </div>
      <div className="agenda-form-pair">
        <SelectField label={t('form.repeat')} value={draft.repeat.frequency} error={problem.fieldError('recurrence')}
          hint={draft.customRule && !repeating ? t('form.custom', { rule: draft.customRule }) : undefined}
          onChange={(e) => change({ repeat: { ...draft.repeat, frequency: e.target.value as Frequency } })}>
          {frequencies.map((f) => <option key={f} value={f}>{t(`form.frequency.${f}`)}</option>)}
        </SelectField>
        {repeating && (
          <SelectField label={t('form.repeatEnd')} value={draft.repeat.end} onChange={(e) => change({ repeat: { ...draft.repeat, end: e.target.value as RepeatEnd } })}>
            {repeatEnds.map((end) => <option key={end} value={end}>{t(`form.ends.${end}`)}</option>)}
          </SelectField>
        )}
        {repeating && draft.repeat.end === 'count' && (
          <TextField label={t('form.count')} type="number" min={1} max={730} inputMode="numeric" value={draft.repeat.count}
            onChange={(e) => change({ repeat: { ...draft.repeat, count: e.target.value } })} />
        )}
        {repeating && draft.repeat.end === 'until' && (
          <TextField label={t('form.until')} type="date" value={draft.repeat.until}
            onChange={(e) => change({ repeat: { ...draft.repeat, until: e.target.value } })} />
        )}
      </div>
      <fieldset className="agenda-form-people">
        <legend>{t('form.colleagues')}</legend>
        <Chips names={draft.users} onRemove={(gone) => change({ users: draft.users.filter((u) => u.id !== gone) })} />
        {people.data && (
          <SelectField label={t('form.addColleague')} value="" error={problem.fieldError('userIds')}
            onChange={(e) => {
              const person = colleagues.find((p) => p.id === e.target.value);
              if (person) change({ users: [...draft.users, { id: person.id, name: person.displayName }] });
            }}>
            <option value="">{t('overlay.choose')}</option>
            {colleagues.map((p) => <option key={p.id} value={p.id}>{p.displayName}</option>)}
          </SelectField>
        )}
      </fieldset>
      <Availability draft={draft} appointmentId={appointment?.id} onPick={(times) => change(times)} />
      {can(me, 'contacts.read') && (
        <fieldset className="agenda-form-people">
          <legend>{t('form.contacts')}</legend>
          <Chips names={draft.contacts} onRemove={(gone) => change({ contacts: draft.contacts.filter((c) => c.id !== gone) })} />
          <ContactPicker label={t('form.addContact')} exclude={draft.contacts.map((c) => c.id)}
            onPick={(picked) => change({ contacts: [...draft.contacts, picked] })} />
          {problem.fieldError('contactIds') && <p className="error">{problem.fieldError('contactIds')}</p>}
        </fieldset>
      )}
      <SelectField label={t('form.reminder')} value={reminderChoice(draft.reminders)} error={problem.fieldError('reminderMinutesBefore')}
        onChange={(e) => change({ reminders: withReminderChoice(draft.reminders, e.target.value) })}>
        <option value="">{t('form.noReminder')}</option>
        {reminderChoices.map((m) => <option key={m} value={m}>{t('form.reminderBefore', { context: m === 0 ? 'start' : m % 1440 === 0 ? 'days' : m % 60 === 0 ? 'hours' : 'minutes', count: m % 1440 === 0 ? m / 1440 : m % 60 === 0 ? m / 60 : m })}</option>)}
      </SelectField>
      {draft.contacts.length > 0 && (
        <label className="checkbox">
          <input type="checkbox" checked={draft.sendInvitations} onChange={(e) => change({ sendInvitations: e.target.checked })} />
          {t('form.sendInvitations')}
        </label>
      )}
      <TextAreaField label={t('form.description')} rows={3} value={draft.description} maxLength={4000} error={problem.fieldError('description')}
        onChange={(e) => change({ description: e.target.value })} />
      <div className="form-actions">
        <button type="submit" className="button primary" disabled={save.isPending} aria-describedby={save.isPending ? `${id}-saving` : undefined}>
          {save.isPending ? t('form.saving') : t('form.submit')}
        </button>
        <button type="button" className="button" onClick={onClose}>{t('form.cancel')}</button>
      </div>
      {save.isPending && <p id={`${id}-saving`} role="status" className="muted">{t('form.saving')}</p>}
    </form>
  );
}

function Chips({ names, onRemove }: { names: { id: string; name: string }[]; onRemove: (id: string) => void }) {
  const { t } = useTranslation('agenda');
  if (names.length === 0) return null;
  return (
    <ul className="plain agenda-chips">
      {names.map((n) => (
        <li key={n.id}>
          <span>{n.name}</span>
          <button type="button" className="button ghost small" aria-label={t('form.remove', { name: n.name })} onClick={() => onRemove(n.id)}>×</button>
        </li>
      ))}
    </ul>
  );
}
