import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, useSignedInUser } from '../../api/session';
import { useLocale } from '../../i18n/useLocale';
import { Dialog } from '../../ui/Dialog';
import { addDays, newDraft, todayIn, wallClock, type Appointment, type AppointmentDraft } from './agenda';
import { describeItem } from './AppointmentDetails';
import { AppointmentForm } from './AppointmentForm';
import { Conflicts } from './Conflicts';
import { useUpcoming, type UpcomingQuery } from './queries';
import './agenda.css';

/**
 * The next meetings about a record (a company's, a deal's) or with a contact (attending or about them), each leading to
 * its day in the agenda, and a way to plan one, `plan` prefilling the form (the record it is about, the contact
 * invited). Hidden without activities.read.
 */
export function UpcomingMeetingsPanel({ query, plan }: { query: UpcomingQuery; plan: Partial<AppointmentDraft> }) {
  const me = useSignedInUser();
  if (!can(me, 'activities.read')) return null;
  return <Panel query={query} plan={plan} />;
}

function Panel({ query, plan }: { query: UpcomingQuery; plan: Partial<AppointmentDraft> }) {
  const { t } = useTranslation('agenda');
  const me = useSignedInUser();
  const locale = useLocale();
  const headingId = useId();
  const upcoming = useUpcoming(query);
  const [planning, setPlanning] = useState<AppointmentDraft | null>(null);
  const [conflicts, setConflicts] = useState<Appointment | null>(null);
  if (!upcoming.data) return null;
  const items = upcoming.data.items;
  return (
    <section className="card stack upcoming-meetings" aria-labelledby={headingId}>
      <div className="row">
        <h2 id={headingId} className="grow" style={{ margin: 0 }}>{t('upcoming.title')}</h2>
        {can(me, 'activities.write') && (
          <button type="button" className="button small"
            onClick={() => setPlanning({ ...newDraft(addDays(todayIn(me.timeZone), 1), 9 * 60, me.timeZone), ...plan })}>
            {t('upcoming.plan')}
          </button>
        )}
      </div>
      {items.length === 0 ? <p className="muted" style={{ margin: 0 }}>{t('upcoming.empty')}</p> : (
        <ul className="plain" aria-label={t('upcoming.caption')}>
          {items.map((item) => (
            <li key={`${item.appointmentId}|${item.occurrenceStart}`}>
              <Link to={`/agenda?view=day&date=${item.allDay ? item.startDate : wallClock(item.start).day}`}>
                <strong>{item.title}</strong>
              </Link>
              {' · '}
              <span>{describeItem(item, locale, t('allDay'))}</span>
              {item.location && <span className="muted"> · {item.location}</span>}
            </li>
          ))}
        </ul>
      )}
      <Dialog open={!!planning} title={t('form.newTitle')} onClose={() => setPlanning(null)} className="agenda-dialog">
        {planning && (
          <AppointmentForm initial={planning} onClose={() => setPlanning(null)}
            onSaved={(saved) => {
              setPlanning(null);
              if (saved.conflicts.length > 0) setConflicts(saved);
            }} />
        )}
      </Dialog>
      <Dialog open={!!conflicts} title={t('conflicts.title')} onClose={() => setConflicts(null)}>
        {conflicts && <Conflicts appointment={conflicts} onClose={() => setConflicts(null)} />}
      </Dialog>
    </section>
  );
}
