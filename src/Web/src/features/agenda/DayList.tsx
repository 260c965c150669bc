import { useTranslation } from 'react-i18next';
import { dayLabel, formatMinutes, isOn, wallClock, type CalendarItem } from './agenda';
import { ItemText, itemStyle } from './ItemChip';

const byTime = (a: CalendarItem, b: CalendarItem) => Number(b.allDay) - Number(a.allDay) || a.start.localeCompare(b.start);

/** The week on a phone: one list per day, the meetings in order, and a way to add one to that day. */
export function DayList({ days, items, today, locale, colourOf, onOpen, onSlot }: {
  days: string[];
  items: CalendarItem[];
  today: string;
  locale: string;
  colourOf: (item: CalendarItem) => string;
  onOpen: (item: CalendarItem) => void;
  onSlot: (day: string, minutes: number | null) => void;
}) {
  const { t } = useTranslation('agenda');
  return (
    <div className="agenda-list">
      {days.map((day) => {
        const onDay = items.filter((item) => isOn(item, day)).sort(byTime);
        const longDay = dayLabel(day, locale, { weekday: 'long', day: 'numeric', month: 'long' });
        return (
          <section key={day} className={`agenda-list-day${day === today ? ' today' : ''}`} aria-label={longDay}>
            <div className="row">
              <h2 className="grow">{longDay}</h2>
              <button type="button" className="button small" aria-label={t('slot', { day: longDay, time: '09:00' })} onClick={() => onSlot(day, 9 * 60)}>+</button>
            </div>
            {onDay.length === 0 ? <p className="muted">{t('nothing')}</p> : (
              <ul className="plain stack">
                {onDay.map((item) => (
                  <li key={`${item.appointmentId}|${item.occurrenceStart}`}>
                    <button type="button" className={`agenda-item chip wide${item.private ? ' private' : ''}`} style={itemStyle(colourOf(item))} onClick={() => onOpen(item)}>
                      <span className="agenda-item-time">
                        {item.allDay ? t('allDay') : `${formatMinutes(wallClock(item.start).minutes)}–${formatMinutes(wallClock(item.end).minutes)}`}
                      </span>
                      <ItemText item={item} />
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
