import { useEffect, useId, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { can, useSignedInUser } from '../../api/session';
import { usePageTitle } from '../../app/usePageTitle';
import { useNotifications } from '../../app/notifications';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../i18n/format';
import { Dialog } from '../../ui/Dialog';
import { asProblem, useProblemText } from '../../ui/problems';
import { choosablePeople, nameOf, teamsByName } from '../directory/people';
import { useDirectoryTeams, usePeople } from '../directory/queries';
import {
  colourOf, dayLabel, daysOf, draftOf, movedTimes, newDraft, readState, shiftItem, step, todayIn, toRequest, viewRange, views, writeState,
  type AgendaState, type Appointment, type AppointmentDraft, type CalendarItem, type View,
} from './agenda';
import { AppointmentDetails } from './AppointmentDetails';
import { AppointmentForm } from './AppointmentForm';
import { DayList } from './DayList';
import { MonthGrid } from './MonthGrid';
import { TimeGrid } from './TimeGrid';
import { Conflicts } from './Conflicts';
import { agendaKeys, fetchAppointment, updateAppointment, useAgendaRefresh, useCalendar } from './queries';
import { itemStyle } from './ItemChip';
import './agenda.css';

function useNarrow(query = '(max-width: 40rem)') {
  const [narrow, setNarrow] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const listen = () => setNarrow(list.matches);
    list.addEventListener('change', listen);
    return () => list.removeEventListener('change', listen);
  }, [query]);
  return narrow;
}

type Editing = { draft: AppointmentDraft; appointment?: Appointment };

export default function AgendaPage() {
  const { t } = useTranslation('agenda');
  usePageTitle(t('title'));
  const me = useSignedInUser();
  if (!can(me, 'activities.read')) {
    return (
      <>
        <div className="page-header"><h1>{t('title')}</h1></div>
        <div className="notice warning"><p style={{ margin: 0 }}>{t('notAllowed')}</p></div>
      </>
    );
  }
  return <Agenda />;
}

function Agenda() {
  const { t } = useTranslation('agenda');
  const me = useSignedInUser();
  const locale = useLocale();
  const narrow = useNarrow();
  const { notify } = useNotifications();
  const describe = useProblemText('agenda');
  const refresh = useAgendaRefresh();
  const queryClient = useQueryClient();
  const people = usePeople();
  const headingId = useId();
  const today = todayIn(me.timeZone);
  const [params, setParams] = useSearchParams();
  const state = readState(params, today);
  const go = (patch: Partial<AgendaState>) => setParams(writeState({ ...state, ...patch }));
  const range = viewRange(state.view, state.date);
  const days = daysOf(range);
  const userIds = useMemo(() => [me.id, ...state.users.filter((u) => u !== me.id)], [me.id, state.users]);
  const calendarQuery = { ...range, userIds, teamId: state.team };
  const calendar = useCalendar(calendarQuery);
  const items = calendar.data?.items ?? [];
  const shown = calendar.data?.userIds ?? userIds;
  const zone = calendar.data?.timeZone ?? me.timeZone;
  const writes = can(me, 'activities.write');

  const [editing, setEditing] = useState<Editing | null>(null);
  const [opened, setOpened] = useState<CalendarItem | null>(null);
  const [conflicts, setConflicts] = useState<Appointment | null>(null);

  // A reminder's notification leads here with ?appointment=: show its week, then open it.
  const pointed = params.get('appointment');
  useEffect(() => {
    if (!pointed || !calendar.data) return;
    const found = calendar.data.items.find((item) => item.appointmentId === pointed);
    if (found) {
      setOpened(found);
      setParams(writeState(state), { replace: true });
      return;
    }
    let stale = false;
    void fetchAppointment(pointed).then(
      (appointment) => {
        const day = (appointment.startDate ?? appointment.start).slice(0, 10);
        if (stale) return;
        if (day === state.date && state.view === 'week') setParams(writeState(state), { replace: true });
        else setParams(new URLSearchParams({ ...Object.fromEntries(writeState({ ...state, view: 'week', date: day })), appointment: pointed }), { replace: true });
      },
      () => { if (!stale) setParams(writeState(state), { replace: true }); },
    );
    return () => { stale = true; };
  }, [pointed, calendar.data, state, setParams]);

  const colour = (item: CalendarItem) => colourOf(shown, shown.find((id) => item.userIds.includes(id)));
  const canDrag = (item: CalendarItem) => writes && !narrow && !item.private && !item.recurring && !item.allDay
    && (item.organizerId === me.id || !item.userIds.includes(me.id));

  const move = useMutation({
    mutationFn: async ({ item, minutes, days: dayShift }: { item: CalendarItem; minutes: number; days: number }) => {
      const current = await fetchAppointment(item.appointmentId);
      const times = movedTimes(item, minutes, dayShift, current.timeZone);
      return updateAppointment(current.id, current.version, toRequest(current, times));
    },
    // Shown at its new place at once; the agenda is read again after the answer either way.
    onMutate: ({ item, minutes, days: dayShift }) => {
      queryClient.setQueryData(agendaKeys.calendar(calendarQuery), (old: typeof calendar.data) => old && {
        ...old,
        items: old.items.map((i) => (i.appointmentId === item.appointmentId && i.occurrenceStart === item.occurrenceStart ? shiftItem(i, minutes, dayShift) : i)),
      });
    },
    onSuccess: (saved) => {
      void refresh();
      notify(t('moved', { title: saved.title, when: formatDateTime(saved.startUtc, locale, me.timeZone) }));
      if (saved.conflicts.length > 0) setConflicts(saved);
    },
    onError: (error) => {
      void refresh();
      notify(asProblem(error).status === 412 ? t('stale') : describe(asProblem(error)), 'error');
    },
  });

  const openSlot = (day: string, minutes: number | null) => {
    if (!writes) return;
    setEditing({ draft: newDraft(day, minutes, me.timeZone) });
  };
  const title = state.view === 'month'
    ? dayLabel(state.date, locale, { month: 'long', year: 'numeric' })
    : state.view === 'day'
      ? dayLabel(state.date, locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' })
      : `${dayLabel(range.from, locale, { day: 'numeric', month: 'short' })} – ${dayLabel(days[days.length - 1]!, locale, { day: 'numeric', month: 'short', year: 'numeric' })}`;

  return (
    <>
      <div className="page-header agenda-header">
        <h1>{t('title')}</h1>
        {writes && <button type="button" className="button primary" onClick={() => openSlot(state.date, 9 * 60)}>{t('newAppointment')}</button>}
      </div>
      <section className="card stack agenda" aria-labelledby={headingId}>
        <div className="agenda-toolbar">
          <div className="row">
            <button type="button" className="button small" onClick={() => go({ date: today })}>{t('today')}</button>
            <button type="button" className="button small" aria-label={t('previous')} onClick={() => go({ date: step(state.view, state.date, -1) })}>‹</button>
            <button type="button" className="button small" aria-label={t('next')} onClick={() => go({ date: step(state.view, state.date, 1) })}>›</button>
            <h2 id={headingId} className="agenda-range" aria-live="polite">{title}</h2>
          </div>
          <div className="agenda-views" role="group" aria-label={t('views.label')}>
            {views.map((view: View) => (
              <button key={view} type="button" className={`button small${state.view === view ? ' primary' : ''}`} aria-pressed={state.view === view}
                onClick={() => go({ view })}>{t(`views.${view}`)}</button>
            ))}
          </div>
        </div>
        <Overlay state={state} go={go} shown={shown} />
        {calendar.isError && <p className="notice error" role="alert">{describe(asProblem(calendar.error))}</p>}
        {calendar.isPending && <p role="status" className="muted">{t('loading')}</p>}
        {state.view === 'month' ? (
          <MonthGrid days={days} month={state.date.slice(0, 7)} items={items} today={today} locale={locale} colourOf={colour}
            onOpen={setOpened} onDay={(day) => go({ view: 'day', date: day })} />
        ) : narrow && state.view === 'week' ? (
          <DayList days={days} items={items} today={today} locale={locale} colourOf={colour} onOpen={setOpened} onSlot={openSlot} />
        ) : (
          <TimeGrid key={`${state.view}|${range.from}`} days={days} items={items} today={today} locale={locale} colourOf={colour} canDrag={canDrag}
            onSlot={openSlot} onOpen={setOpened} onDay={(day) => go({ view: 'day', date: day })}
            onMove={(item, minutes, dayShift) => move.mutate({ item, minutes, days: dayShift })} />
        )}
        {writes && !narrow && state.view !== 'month' && <p className="muted agenda-hint">{t('dragHint')}</p>}
        {move.isPending && <p role="status" className="muted">{t('form.saving')}</p>}
      </section>

      <Dialog open={!!editing} title={editing?.appointment ? t('form.editTitle') : t('form.newTitle')} onClose={() => setEditing(null)} className="agenda-dialog">
        {editing && (
          <AppointmentForm key={editing.appointment?.id ?? 'new'} initial={editing.draft} appointment={editing.appointment}
            onClose={() => setEditing(null)}
            onSaved={(saved) => {
              setEditing(null);
              if (saved.conflicts.length > 0) setConflicts(saved);
            }} />
        )}
      </Dialog>
      <Dialog open={!!opened} title={opened?.private ? t('busy') : t('details.title')} onClose={() => setOpened(null)} className="agenda-dialog">
        {opened && (
          <AppointmentDetails item={opened} calendarZone={zone} onClose={() => setOpened(null)}
            onEdit={(appointment) => { setOpened(null); setEditing({ draft: editDraft(appointment), appointment }); }} />
        )}
      </Dialog>
      <Dialog open={!!conflicts} title={t('conflicts.title')} onClose={() => setConflicts(null)}>
        {conflicts && <Conflicts appointment={conflicts} onClose={() => setConflicts(null)} />}
      </Dialog>
    </>
  );

  /** The form names the attendees as the details dialog did: contacts from the query cache it filled. */
  function editDraft(appointment: Appointment) {
    const contactName = (id: string) => {
      const contact = queryClient.getQueryData<{ firstName?: string | null; lastName?: string | null }>(['contacts', 'detail', id]);
      return contact ? [contact.firstName, contact.lastName].filter(Boolean).join(' ') : null;
    };
    return draftOf(appointment, (kind, id) => (kind === 'User' ? nameOf(people.data, id) ?? t('details.aColleague') : contactName(id) ?? t('details.aContact')));
  }
}

/** The colleagues and team whose calendars are laid over the user's own, and the legend of their colours. */
function Overlay({ state, go, shown }: { state: AgendaState; go: (patch: Partial<AgendaState>) => void; shown: string[] }) {
  const { t } = useTranslation('agenda');
  const me = useSignedInUser();
  const locale = useLocale();
  const people = usePeople();
  const teams = useDirectoryTeams();
  if (!people.data) return null;
  const choices = choosablePeople(people.data, locale).filter((p) => p.id !== me.id && !state.users.includes(p.id));
  const name = (id: string) => (id === me.id ? t('overlay.me') : nameOf(people.data, id) ?? t('details.aColleague'));
  return (
    <div className="agenda-overlay">
      <div className="row">
        <div className="field">
          <label htmlFor="agenda-add-colleague">{t('overlay.colleagues')}</label>
          <select id="agenda-add-colleague" value="" onChange={(e) => e.target.value && go({ users: [...state.users, e.target.value] })}>
            <option value="">{t('overlay.choose')}</option>
            {choices.map((p) => <option key={p.id} value={p.id}>{p.displayName}</option>)}
          </select>
        </div>
        {teams.data && teams.data.length > 0 && (
          <div className="field">
            <label htmlFor="agenda-team">{t('overlay.team')}</label>
            <select id="agenda-team" value={state.team ?? ''} onChange={(e) => go({ team: e.target.value || null })}>
              <option value="">{t('overlay.noTeam')}</option>
              {teamsByName(teams.data, locale).map((team) => <option key={team.id} value={team.id}>{team.name}</option>)}
            </select>
          </div>
        )}
      </div>
      {shown.length > 1 && (
        <ul className="plain agenda-legend" aria-label={t('overlay.legend')}>
          {shown.map((id) => (
            <li key={id} style={itemStyle(colourOf(shown, id))}>
              <span className="agenda-swatch" aria-hidden="true" />
              {name(id)}
              {state.users.includes(id) && (
                <button type="button" className="button ghost small" aria-label={t('overlay.remove', { name: name(id) })}
                  onClick={() => go({ users: state.users.filter((u) => u !== id) })}>×</button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
