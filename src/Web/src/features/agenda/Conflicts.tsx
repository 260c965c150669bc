import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../../api/session';
import { useLocale } from '../../i18n/useLocale';
import { formatDateTime } from '../../i18n/format';
import { nameOf } from '../directory/people';
import { usePeople } from '../directory/queries';
import type { Appointment } from './agenda';

/** The attendees busy at the time just saved: a warning, the appointment is saved. */
export function Conflicts({ appointment, onClose }: { appointment: Appointment; onClose: () => void }) {
  const { t } = useTranslation('agenda');
  const me = useSignedInUser();
  const locale = useLocale();
  const people = usePeople();
  return (
    <div className="stack">
      <ul>
        {appointment.conflicts.map((c) => (
          <li key={`${c.userId}|${c.appointmentId}|${c.startUtc}`}>
            {t('conflicts.line', {
              who: c.userId === me.id ? t('details.you') : nameOf(people.data, c.userId) ?? t('details.aColleague'),
              what: c.title ?? t('busy'),
              when: formatDateTime(c.startUtc, locale, me.timeZone),
            })}
          </li>
        ))}
      </ul>
      <div className="form-actions"><button type="button" className="button primary" onClick={onClose}>{t('conflicts.close')}</button></div>
    </div>
  );
}
