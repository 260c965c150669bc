import { useTranslation } from 'react-i18next';
import { dayLabel, formatMinutes, isOn, wallClock, type CalendarItem } from './agenda';
import { ItemText, itemStyle } from './ItemChip';

const shownPerDay = 3;

const byTime = (a: CalendarItem, b: CalendarItem) => Number(b.allDay) - Number(a.allDay) || a.start.localeCompare(b.start);

/** The month as whole weeks: each day lists its first meetings; the day's number opens it in the day view. */
export function MonthGrid({ days, month, items, today, locale, colourOf, onOpen, onDay }: {
  days: string[];
  /** `YYYY-MM` of the month shown; days of the weeks around it are dimmed. */
  month: string;
  items: CalendarItem[];
  today: string;
  locale: string;
  colourOf: (item: CalendarItem) => string;
  onOpen: (item: CalendarItem) => void;
  onDay: (day: string) => void;
}) {
  const { t } = useTranslation('agenda');
  return (
    <div className="agenda-month" role="grid" aria-label={dayLabel(`${month}-01`, locale, { month: 'long', year: 'numeric' })}>
      <div className="agenda-month-row" role="row">
        {days.slice(0, 7).map((day) => (
          <span key={day} role="columnheader" className="agenda-month-weekday">{dayLabel(day, locale, { weekday: 'short' })}</span>
        ))}
      </div>
      {Array.from({ length: days.length / 7 }, (_, week) => (
        <div key={week} className="agenda-month-row" role="row">
          {days.slice(week * 7, week * 7 + 7).map((day) => {
            const onDayItems = items.filter((item) => isOn(item, day)).sort(byTime);
            return (
              <div key={day} role="gridcell" className={`agenda-month-cell${day.startsWith(month) ? '' : ' other'}${day === today ? ' today' : ''}`}>
                <button type="button" className="agenda-month-day" onClick={() => onDay(day)}
                  aria-label={t('openDay', { day: dayLabel(day, locale, { weekday: 'long', day: 'numeric', month: 'long' }) })}>
                  {Number(day.slice(8))}
                  {onDayItems.length > 0 && <span className="agenda-month-count" aria-hidden="true">{onDayItems.length}</span>}
                </button>
                <ul className="plain agenda-month-items">
                  {onDayItems.slice(0, shownPerDay).map((item) => (
                    <li key={`${item.appointmentId}|${item.occurrenceStart}`}>
                      <button type="button" className={`agenda-item chip${item.private ? ' private' : ''}`} style={itemStyle(colourOf(item))}
                        onClick={() => onOpen(item)}>
                        {!item.allDay && wallClock(item.start).day === day && <span className="agenda-item-time">{formatMinutes(wallClock(item.start).minutes)}</span>}
                        <ItemText item={item} />
                      </button>
                    </li>
                  ))}
                  {onDayItems.length > shownPerDay && (
                    <li>
                      <button type="button" className="button ghost small" onClick={() => onDay(day)}>
                        {t('more', { count: onDayItems.length - shownPerDay })}
                      </button>
                    </li>
                  )}
                </ul>
              </div>
            );
          })}
        </div>
      ))}
    </div>
  );
}
