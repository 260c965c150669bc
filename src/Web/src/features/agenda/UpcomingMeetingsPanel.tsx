import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can, useSignedInUser } from '../../api/session';
import { useLocale } from '../../i18n/useLocale';
import { wallClock } from './agenda';
import { describeItem } from './AppointmentDetails';
import { useUpcoming, type UpcomingQuery } from './queries';
import './agenda.css';

/**
 * The next meetings about a record (a company's, a deal's) or with a contact (attending or about them), each leading to
 * its day in the agenda. Hidden without activities.read.
 */
export function UpcomingMeetingsPanel({ query }: { query: UpcomingQuery }) {
  const me = useSignedInUser();
  if (!can(me, 'activities.read')) return null;
  return <Panel query={query} />;
}

function Panel({ query }: { query: UpcomingQuery }) {
  const { t } = useTranslation('agenda');
  const locale = useLocale();
  const headingId = useId();
  const upcoming = useUpcoming(query);
  if (!upcoming.data) return null;
  const items = upcoming.data.items;
  return (
    <section className="card stack upcoming-meetings" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('upcoming.title')}</h2>
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
    </section>
  );
}
