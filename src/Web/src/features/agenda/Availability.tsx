import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import { unwrap } from '../../api/problem';
import { useSignedInUser } from '../../api/session';
import { useLocale } from '../../i18n/useLocale';
import { instantOf, wallClockIn } from '../../ui/zonedTime';
import { addDays, dayLabel, type AppointmentDraft } from './agenda';
import { clashes, firstFreeSlot, hoursOf, type Interval, type PersonBusy } from './availability';

const isoLocal = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
const dayStart = '08:00';
const dayEnd = '19:00';

/**
 * While a timed appointment is planned: who among the organiser and the invited colleagues is busy that day, who
 * is busy at the chosen time, and the first time everyone is free for as long (a button takes it). Times are read on
 * the form's zone. `appointmentId` (when editing) is left out, so the appointment does not clash with itself.
 */
export function Availability({ draft, appointmentId, onPick }: {
  draft: AppointmentDraft;
  appointmentId?: string;
  onPick: (times: { start: string; end: string }) => void;
}) {
  const { t } = useTranslation('agenda');
  const me = useSignedInUser();
  const locale = useLocale();
  const headingId = useId();
  const valid = !draft.allDay && isoLocal.test(draft.start) && isoLocal.test(draft.end) && draft.end > draft.start;
  const day = draft.start.slice(0, 10);
  const people = [{ id: me.id, name: t('details.you') }, ...draft.users];
  const userIds = people.map((p) => p.id);
  const range = valid ? { from: instantOf(`${day}T00:00`, draft.timeZone), to: instantOf(`${addDays(day, 1)}T00:00`, draft.timeZone) } : null;
  const freeBusy = useQuery({
    queryKey: ['agenda', 'free-busy', day, draft.timeZone, userIds, appointmentId ?? null],
    queryFn: () => unwrap(api.GET('/api/v1/calendar/free-busy', {
      params: { query: { userIds, from: range!.from.toISOString(), to: range!.to.toISOString(), exceptAppointmentId: appointmentId } },
    })),
    enabled: valid,
    placeholderData: (previous) => previous,
  });
  if (!valid || !freeBusy.data) return null;

  const busy: PersonBusy[] = freeBusy.data.map((p) => ({ userId: p.userId, busy: p.busy.map((b) => ({ start: new Date(b.start), end: new Date(b.end) })) }));
  const slot: Interval = { start: instantOf(draft.start, draft.timeZone), end: instantOf(draft.end, draft.timeZone) };
  const clashing = clashes(busy, slot);
  const free = firstFreeSlot(busy, slot, instantOf(`${day}T${dayStart}`, draft.timeZone), instantOf(`${day}T${dayEnd}`, draft.timeZone));
  const anyClash = [...clashing.values()].some((c) => c.length > 0);
  return (
    <section className="agenda-availability stack" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('availability.title', { day: dayLabel(day, locale, { weekday: 'long', day: 'numeric', month: 'long' }) })}</h3>
      <ul className="plain">
        {people.map((person) => {
          const intervals = busy.find((b) => b.userId === person.id)?.busy ?? [];
          const now = clashing.get(person.id) ?? [];
          return (
            <li key={person.id} className={now.length > 0 ? 'agenda-availability-clash' : undefined}>
              <strong>{person.name}</strong> — {now.length > 0 ? t('availability.busyNow') : t('availability.freeNow')}
              {intervals.length > 0 && (
                <span className="muted"> · {t('availability.busyAt', { times: intervals.map((i) => hoursOf(i, draft.timeZone)).join(', ') })}</span>
              )}
            </li>
          );
        })}
      </ul>
      {anyClash && (free ? (
        <p>
          {t('availability.suggestion', { times: hoursOf(free, draft.timeZone) })}{' '}
          <button type="button" className="button small"
            onClick={() => onPick({ start: wallClockIn(free.start, draft.timeZone), end: wallClockIn(free.end, draft.timeZone) })}>
            {t('availability.take', { times: hoursOf(free, draft.timeZone) })}
          </button>
        </p>
      ) : <p className="muted">{t('availability.none', { from: dayStart, to: dayEnd })}</p>)}
    </section>
  );
}
