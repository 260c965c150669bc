import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  dayLabel, dragMove, formatMinutes, isOn, layOut, minutesPerDay, segmentsOn, wallClock, type CalendarItem, type Placed,
} from './agenda';
import { ItemText, itemStyle } from './ItemChip';

export const hourHeight = 48;
const hours = Array.from({ length: 24 }, (_, h) => h);

interface Drag {
  key: string;
  item: CalendarItem;
  column: number;
  x: number;
  y: number;
  width: number;
  moved: boolean;
  minutes: number;
  days: number;
}

/**
 * Day and week views: all-day events in a band on top, timed ones placed by the hour (overlaps side by side). An
 * empty hour is a button that proposes a meeting there; a meeting the user may change can be dragged to another time or
 * day, snapped to the quarter-hour.
 */
export function TimeGrid({ days, items, today, locale, colourOf, canDrag, onSlot, onOpen, onMove, onDay }: {
  days: string[];
  items: CalendarItem[];
  today: string;
  locale: string;
  colourOf: (item: CalendarItem) => string;
  canDrag: (item: CalendarItem) => boolean;
  onSlot: (day: string, minutes: number | null) => void;
  onOpen: (item: CalendarItem) => void;
  onMove: (item: CalendarItem, minutes: number, days: number) => void;
  onDay: (day: string) => void;
}) {
  const { t } = useTranslation('agenda');
  const scroller = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const justDragged = useRef(false);
  const [preview, setPreview] = useState<Drag | null>(null);
  const columns = { gridTemplateColumns: `3.5rem repeat(${days.length}, minmax(0, 1fr))` };
  const allDay = items.filter((i) => i.allDay);
  const timed = items.filter((i) => !i.allDay);

  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 7.5 * hourHeight;
  }, []);

  const keyOf = (item: CalendarItem) => `${item.appointmentId}|${item.occurrenceStart}`;

  const down = (event: PointerEvent<HTMLButtonElement>, item: CalendarItem, column: number) => {
    if (event.button !== 0 || !canDrag(item)) return;
    const width = event.currentTarget.parentElement?.getBoundingClientRect().width ?? 0;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { key: keyOf(item), item, column, x: event.clientX, y: event.clientY, width, moved: false, minutes: 0, days: 0 };
  };
  const move = (event: PointerEvent<HTMLButtonElement>) => {
    const current = drag.current;
    if (!current) return;
    const dx = event.clientX - current.x;
    const dy = event.clientY - current.y;
    if (!current.moved && Math.hypot(dx, dy) < 5) return;
    const step = dragMove(dy, dx, hourHeight, current.width, days.length, current.column);
    drag.current = { ...current, moved: true, ...step };
    setPreview(drag.current);
  };
  const up = () => {
    const current = drag.current;
    drag.current = null;
    setPreview(null);
    if (!current?.moved) return;
    justDragged.current = true;
    if (current.minutes !== 0 || current.days !== 0) onMove(current.item, current.minutes, current.days);
  };
  const click = (item: CalendarItem) => {
    if (justDragged.current) {
      justDragged.current = false;
      return;
    }
    onOpen(item);
  };

  const timeOf = (placed: Placed<CalendarItem>) =>
    `${formatMinutes(wallClock(placed.item.start).minutes)}–${formatMinutes(wallClock(placed.item.end).minutes)}`;

  return (
    <div className="agenda-grid">
      <div className="agenda-head" style={columns}>
        <span />
        {days.map((day) => (
          <button key={day} type="button" className={`agenda-day-name${day === today ? ' today' : ''}`} onClick={() => onDay(day)}
            aria-label={t('openDay', { day: dayLabel(day, locale, { weekday: 'long', day: 'numeric', month: 'long' }) })}>
            {dayLabel(day, locale, { weekday: 'short', day: 'numeric' })}
          </button>
        ))}
      </div>
      <div className="agenda-allday" style={columns}>
        <span className="agenda-gutter-label">{t('allDay')}</span>
        {days.map((day) => (
          <div key={day} className="agenda-allday-cell">
            {allDay.filter((item) => isOn(item, day)).map((item) => (
              <button key={keyOf(item)} type="button" className={`agenda-item chip${item.private ? ' private' : ''}`}
                style={itemStyle(colourOf(item))} onClick={() => onOpen(item)}>
                <ItemText item={item} />
              </button>
            ))}
            <button type="button" tabIndex={-1} className="agenda-allday-add" aria-label={t('slot', { day: dayLabel(day, locale, { weekday: 'long', day: 'numeric', month: 'long' }), time: t('allDay') })}
              onClick={() => onSlot(day, null)} />
          </div>
        ))}
      </div>
      <div className="agenda-scroll" ref={scroller} tabIndex={0} role="region" aria-label={t('hours')}>
        <div className="agenda-body" style={columns}>
          <div className="agenda-hours" aria-hidden="true">
            {hours.map((h) => <span key={h} style={{ top: h * hourHeight }}>{formatMinutes(h * 60)}</span>)}
          </div>
          {days.map((day, column) => {
            const longDay = dayLabel(day, locale, { weekday: 'long', day: 'numeric', month: 'long' });
            return (
              <div key={day} className={`agenda-column${day === today ? ' today' : ''}`} style={{ height: 24 * hourHeight }} data-day={day}>
                {hours.map((h) => (
                  // Out of the tab order (168 stops in a week): the "New appointment" button serves the keyboard.
                  <button key={h} type="button" tabIndex={-1} className="agenda-slot" style={{ top: h * hourHeight, height: hourHeight }}
                    aria-label={t('slot', { day: longDay, time: formatMinutes(h * 60) })} onClick={() => onSlot(day, h * 60)} />
                ))}
                {layOut(segmentsOn(timed, day)).map((placed) => {
                  const key = keyOf(placed.item);
                  const moving = preview?.key === key ? preview : null;
                  const height = Math.max(((placed.endMinutes - placed.startMinutes) / 60) * hourHeight, 18);
                  return (
                    <button key={key} type="button"
                      className={`agenda-item${height < 40 ? ' short' : ''}${placed.item.private ? ' private' : ''}${canDrag(placed.item) ? ' draggable' : ''}${moving ? ' dragging' : ''}`}
                      style={{
                        ...itemStyle(colourOf(placed.item)),
                        top: (placed.startMinutes / minutesPerDay) * 24 * hourHeight,
                        height,
                        left: `calc(${(placed.column / placed.columns) * 100}% + 1px)`,
                        width: `calc(${100 / placed.columns}% - 3px)`,
                        transform: moving ? `translate(${moving.days * moving.width}px, ${(moving.minutes / 60) * hourHeight}px)` : undefined,
                      }}
                      aria-label={t('itemLabel', { title: placed.item.private ? t('busy') : placed.item.title ?? t('untitled'), when: `${longDay} ${timeOf(placed)}` })}
                      onPointerDown={(e) => down(e, placed.item, column)} onPointerMove={move} onPointerUp={up} onPointerCancel={up}
                      onClick={() => click(placed.item)}>
                      <span className="agenda-item-time">{height < 40 || placed.columns > 1 ? formatMinutes(placed.startMinutes) : timeOf(placed)}</span>
                      <ItemText item={placed.item} />
                    </button>
                  );
                })}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
