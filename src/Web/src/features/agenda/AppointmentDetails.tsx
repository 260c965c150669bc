import { useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueries } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { can, useSignedInUser } from '../../api/session';
import { useNotifications } from '../../app/notifications';
import { useLocale } from '../../i18n/useLocale';
import { FormMessages } from '../../ui/Field';
import { useFormProblem } from '../../ui/problems';
import { nameOf } from '../directory/people';
import { usePeople } from '../directory/queries';
import { dayLabel, formatMinutes, toLocalDateTime, wallClock, type Appointment, type CalendarItem } from './agenda';
import { useAppointment, useAppointmentAction, type AppointmentAction } from './queries';

const answers = ['Accepted', 'Tentative', 'Declined'] as const;
const relatedPaths: Record<string, string> = { contact: '/contacts', company: '/companies', deal: '/deals' };

/** The names of contacts by id, read one by one (a meeting has few); null while unknown or not readable. */
export function useContactNames(ids: readonly string[], enabled: boolean) {
  const results = useQueries({
    queries: ids.map((id) => ({
      queryKey: ['contacts', 'detail', id],
      queryFn: () => unwrap(api.GET('/api/v1/contacts/{id}', { params: { path: { id } } })),
      enabled,
      staleTime: 60_000,
    })),
  });
  return (id: string): string | null => {
    const contact = results[ids.indexOf(id)]?.data;
    return contact ? [contact.firstName, contact.lastName].filter(Boolean).join(' ') : null;
  };
}

/** "Tue 1 Dec, 10:00–11:00" from wall clocks (the end's day named when it differs). */
export function describeTimes(start: string, end: string, locale: string): string {
  const from = wallClock(start);
  const to = wallClock(end);
  const endText = to.day === from.day ? formatMinutes(to.minutes) : `${dayLabel(to.day, locale)} ${formatMinutes(to.minutes)}`;
  return `${dayLabel(from.day, locale)}, ${formatMinutes(from.minutes)}–${endText}`;
}

/** When a calendar item happens, in the user's zone; an all-day event by its days. */
export function describeItem(item: CalendarItem, locale: string, allDayText: string): string {
  if (item.allDay && item.startDate && item.endDate) {
    return item.startDate === item.endDate
      ? `${dayLabel(item.startDate, locale)}, ${allDayText}`
      : `${dayLabel(item.startDate, locale)} – ${dayLabel(item.endDate, locale)}`;
  }
  return describeTimes(item.start, item.end, locale);
}

/**
 * One occurrence: when, in the user's zone and in the appointment's own when they differ, where, who and their answers;
 * the user's answer when invited, and the organiser's side (edit, cancel, cancel this occurrence).
 */
export function AppointmentDetails({ item, calendarZone, onEdit, onClose }: {
  item: CalendarItem;
  calendarZone: string;
  onEdit: (appointment: Appointment) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('agenda');
  const locale = useLocale();
  const when = describeItem(item, locale, t('allDay'));
  if (item.private) {
    return (
      <div className="stack">
        <p><strong>{t('details.when')}</strong> {when}</p>
        <p className="muted">{t('details.busyBody')}</p>
      </div>
    );
  }
  return <Details item={item} when={when} calendarZone={calendarZone} onEdit={onEdit} onClose={onClose} />;
}

function Details({ item, when, calendarZone, onEdit, onClose }: {
  item: CalendarItem;
  when: string;
  calendarZone: string;
  onEdit: (appointment: Appointment) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('agenda');
  const me = useSignedInUser();
  const locale = useLocale();
  const { notify } = useNotifications();
  const people = usePeople();
  const appointment = useAppointment(item.appointmentId);
  const problem = useFormProblem('agenda', []);
  const [confirming, setConfirming] = useState<'cancel' | 'cancelOccurrence' | null>(null);
  const contactIds = appointment.data?.attendees.filter((a) => a.kind === 'Contact').map((a) => a.id) ?? [];
  const contactName = useContactNames(contactIds, can(me, 'contacts.read'));
  const action = useAppointmentAction((done: AppointmentAction) => {
    if (done.kind === 'answer') notify(t('details.answered'));
    else {
      notify(t(done.kind === 'cancel' ? 'details.cancelled' : 'details.occurrenceCancelled', { title: done.appointment.title }));
      onClose();
    }
  }, problem.fail);

  const data = appointment.data;
  if (appointment.isError) return <FormMessages messages={[t('codes.appointment.not_found')]} />;
  if (!data) return <p role="status" className="muted">{t('loading')}</p>;

  const mine = data.attendees.find((a) => a.kind === 'User' && a.id === me.id);
  const invited = !!mine && !mine.isOrganizer;
  const changes = can(me, 'activities.write') && !invited;
  const personName = (id: string) => (id === me.id ? t('details.you') : nameOf(people.data, id) ?? t('details.aColleague'));
  const lengthMinutes = (new Date(item.end).getTime() - new Date(item.start).getTime()) / 60_000;
  const own = wallClock(item.occurrenceStart);
  const ownTimes = data.timeZone !== calendarZone && !data.allDay
    ? describeTimes(item.occurrenceStart, toLocalDateTime(own.day, own.minutes + lengthMinutes), locale)
    : null;
  const occurrenceWhen = describeItem(item, locale, t('allDay'));

  return (
    <div className="stack agenda-details">
      <h3 className="agenda-details-title">{data.title}</h3>
      <dl className="agenda-facts">
        <dt>{t('details.when')}</dt>
        <dd>
          {when}
          {ownTimes && <div className="muted">{t('details.inZone', { zone: data.timeZone.replaceAll('_', ' '), times: ownTimes })}</div>}
          {item.recurring && <div className="muted">{t('details.recurring')}</div>}
        </dd>
        {data.location && <><dt>{t('details.location')}</dt><dd>{data.location}</dd></>}
        {data.videoLink && <><dt>{t('details.videoLink')}</dt><dd><a href={data.videoLink} target="_blank" rel="noreferrer">{data.videoLink}</a></dd></>}
        {data.description && <><dt>{t('details.description')}</dt><dd className="agenda-description">{data.description}</dd></>}
        {data.relatedType && data.relatedId && (
          <>
            <dt>{t('details.related')}</dt>
            <dd>
              {relatedPaths[data.relatedType]
                ? <Link to={`${relatedPaths[data.relatedType]}/${data.relatedId}`}>{t(`details.relatedTypes.${data.relatedType}`)}</Link>
                : t(`details.relatedTypes.${data.relatedType}`)}
            </dd>
          </>
        )}
        <dt>{t('details.organizer')}</dt>
        <dd>{personName(data.organizerId)}</dd>
        {data.attendees.some((a) => !a.isOrganizer) && (
          <>
            <dt>{t('details.attendees')}</dt>
            <dd>
              <ul className="plain">
                {data.attendees.filter((a) => !a.isOrganizer).map((a) => (
                  <li key={`${a.kind}|${a.id}`}>
                    {a.kind === 'User' ? personName(a.id) : contactName(a.id) ?? t('details.aContact')}
                    <span className={`agenda-response ${a.response}`}> · {t(`details.responses.${a.response}`)}</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
      <FormMessages messages={problem.messages} />
      {invited && data.status === 'Scheduled' && (
        <fieldset className="agenda-answer">
          <legend>{t('details.myAnswer')}</legend>
          <div className="row">
            {answers.map((response) => (
              <button key={response} type="button" className={`button small${mine.response === response ? ' primary' : ''}`} aria-pressed={mine.response === response}
                disabled={action.isPending} onClick={() => { problem.clear(); action.mutate({ kind: 'answer', appointment: data, response }); }}>
                {t(`details.answers.${response}`)}
              </button>
            ))}
          </div>
        </fieldset>
      )}
      {changes && data.status === 'Scheduled' && (confirming ? (
        <div className="notice warning stack" role="alert">
          <p style={{ margin: 0 }}>
            {confirming === 'cancel' ? t('details.confirmCancel', { title: data.title }) : t('details.confirmOccurrence', { title: data.title, when: occurrenceWhen })}
          </p>
          <div className="form-actions">
            <button type="button" className="button danger" disabled={action.isPending} onClick={() => {
              problem.clear();
              action.mutate(confirming === 'cancel'
                ? { kind: 'cancel', appointment: data }
                : { kind: 'cancelOccurrence', appointment: data, occurrenceStart: item.occurrenceStart.slice(0, 16) });
            }}>{t('details.confirm')}</button>
            <button type="button" className="button" onClick={() => setConfirming(null)}>{t('details.keep')}</button>
          </div>
        </div>
      ) : (
        <div className="form-actions">
          <button type="button" className="button" onClick={() => onEdit(data)}>{t('details.edit')}</button>
          {item.recurring && <button type="button" className="button danger" onClick={() => setConfirming('cancelOccurrence')}>{t('details.cancelOccurrence')}</button>}
          <button type="button" className="button danger" onClick={() => setConfirming('cancel')}>{t('details.cancel')}</button>
        </div>
      ))}
    </div>
  );
}
