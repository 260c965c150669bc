import { describe, expect, it } from 'vitest';
import {
  addMonths, buildRecurrence, daysOf, dragMove, isOn, layOut, movedTimes, noRepeat, readRecurrence, readState, segmentsOn,
  slotTimes, snap, step, todayIn, viewRange, wallClock, writeState, type CalendarItem,
  dayLabel, draftToRequest, newDraft, reminderChoice, shiftItem, withReminderChoice, withStart,
} from './agenda';

const item = (start: string, end: string, extra: Partial<CalendarItem> = {}): CalendarItem => ({
  appointmentId: start, occurrenceStart: start.slice(0, 19), private: false, allDay: false, start, end, recurring: false,
  organizerId: 'me', userIds: ['me'], contactIds: [], ...extra,
});

describe('agenda ranges', () => {
  it('asks for one day, the week from Monday, or the whole weeks around a month', () => {
    expect(viewRange('day', '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-02' });
    expect(viewRange('week', '2026-12-03')).toEqual({ from: '2026-11-30', to: '2026-12-07' });
    expect(viewRange('week', '2026-12-06')).toEqual({ from: '2026-11-30', to: '2026-12-07' });
    expect(viewRange('month', '2026-12-15')).toEqual({ from: '2026-11-30', to: '2027-01-04' });
    // A month starting on a Sunday and spanning six weeks stays within the API's 42 days.
    const march = viewRange('month', '2026-03-10');
    expect(march).toEqual({ from: '2026-02-23', to: '2026-04-06' });
    expect(daysOf(march)).toHaveLength(42);
  });

  it('steps by a day, a week or a month, keeping the day of the month when it exists', () => {
    expect(step('day', '2026-12-31', 1)).toBe('2027-01-01');
    expect(step('week', '2026-12-01', -1)).toBe('2026-11-24');
    expect(step('month', '2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });

  it('reads today in the profile’s zone, not the browser’s', () => {
    const instant = new Date('2026-12-01T23:30:00Z');
    expect(todayIn('Europe/Paris', instant)).toBe('2026-12-02');
    expect(todayIn('America/New_York', instant)).toBe('2026-12-01');
  });

  it('keeps the view and overlay in the address, ignoring what it cannot read', () => {
    const state = readState(new URLSearchParams('view=month&date=2026-12-01&users=a,b&team=t'), '2026-11-29');
    expect(state).toEqual({ view: 'month', date: '2026-12-01', users: ['a', 'b'], team: 't' });
    expect(writeState(state).toString()).toBe('view=month&date=2026-12-01&users=a%2Cb&team=t');
    expect(readState(new URLSearchParams('view=year&date=2026-02-30'), '2026-11-29')).toEqual({ view: 'week', date: '2026-11-29', users: [], team: null });
  });
});

describe('agenda placement', () => {
  it('reads the wall clock the API wrote, whatever the offset', () => {
    expect(wallClock('2026-12-01T10:00:00-05:00')).toEqual({ day: '2026-12-01', minutes: 600 });
    expect(wallClock('2026-12-01T23:45:00+14:00')).toEqual({ day: '2026-12-01', minutes: 1425 });
  });

  it('cuts a meeting running past midnight into its part of each day', () => {
    const late = item('2026-12-01T23:00:00+01:00', '2026-12-02T01:30:00+01:00');
    expect(segmentsOn([late], '2026-12-01').map((s) => [s.startMinutes, s.endMinutes])).toEqual([[1380, 1440]]);
    expect(segmentsOn([late], '2026-12-02').map((s) => [s.startMinutes, s.endMinutes])).toEqual([[0, 90]]);
    expect(segmentsOn([late], '2026-12-03')).toEqual([]);
    expect(isOn(late, '2026-12-02')).toBe(true);
    expect(isOn(item('2026-12-01T23:00:00+01:00', '2026-12-02T00:00:00+01:00'), '2026-12-02')).toBe(false);
  });

  it('puts overlapping meetings side by side and lets the others take the whole width', () => {
    const segments = segmentsOn([
      item('2026-12-01T09:00:00+01:00', '2026-12-01T10:00:00+01:00', { appointmentId: 'a' }),
      item('2026-12-01T09:30:00+01:00', '2026-12-01T11:00:00+01:00', { appointmentId: 'b' }),
      item('2026-12-01T10:00:00+01:00', '2026-12-01T10:30:00+01:00', { appointmentId: 'c' }),
      item('2026-12-01T14:00:00+01:00', '2026-12-01T15:00:00+01:00', { appointmentId: 'd' }),
    ], '2026-12-01');
    const placed = Object.fromEntries(layOut(segments).map((p) => [p.item.appointmentId, [p.column, p.columns]]));
    expect(placed).toEqual({ a: [0, 2], b: [1, 2], c: [0, 2], d: [0, 1] });
  });

  it('places all-day events on each of their days', () => {
    const fair = item('2026-12-01T00:00:00+01:00', '2026-12-03T00:00:00+01:00', { allDay: true, startDate: '2026-12-01', endDate: '2026-12-02' });
    expect(['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03'].map((d) => isOn(fair, d))).toEqual([false, true, true, false]);
  });
});

describe('agenda editing', () => {
  it('proposes an hour from the slot clicked, across midnight too', () => {
    expect(slotTimes('2026-12-01', 600)).toEqual({ start: '2026-12-01T10:00', end: '2026-12-01T11:00' });
    expect(slotTimes('2026-12-31', 23 * 60)).toEqual({ start: '2026-12-31T23:00', end: '2027-01-01T00:00' });
  });

  it('snaps a drag to the quarter-hour and to whole day columns within the week', () => {
    expect(snap(7)).toBe(0);
    expect(snap(8)).toBe(15);
    expect(snap(-52)).toBe(-45);
    expect(dragMove(48, 10, 48, 100, 7, 2)).toEqual({ minutes: 60, days: 0 });
    expect(dragMove(-20, 160, 48, 100, 7, 2)).toEqual({ minutes: -30, days: 2 });
    expect(dragMove(0, 900, 48, 100, 7, 5)).toEqual({ minutes: 0, days: 1 });
    expect(dragMove(0, -900, 48, 100, 7, 1)).toEqual({ minutes: 0, days: -1 });
  });

  it('moves a meeting in the appointment’s own zone, keeping its length', () => {
    const meeting = item('2026-12-01T16:00:00+01:00', '2026-12-01T17:30:00+01:00');
    expect(movedTimes(meeting, 60, 0, 'Europe/Paris')).toEqual({ start: '2026-12-01T17:00', end: '2026-12-01T18:30' });
    expect(movedTimes(meeting, 60, 1, 'America/New_York')).toEqual({ start: '2026-12-02T11:00', end: '2026-12-02T12:30' });
  });

  it('shows a dropped meeting at its new place at once, offsets kept', () => {
    const meeting = item('2026-12-01T23:30:00+01:00', '2026-12-02T00:30:00+01:00');
    expect(shiftItem(meeting, 45, 1)).toMatchObject({ start: '2026-12-03T00:15:00+01:00', end: '2026-12-03T01:15:00+01:00' });
  });

  it('builds the recurrence rule the form describes, and reads it back', () => {
    expect(buildRecurrence(noRepeat, false)).toBeNull();
    expect(buildRecurrence({ ...noRepeat, frequency: 'WEEKLY', end: 'count', count: '10' }, false)).toBe('FREQ=WEEKLY;COUNT=10');
    expect(buildRecurrence({ ...noRepeat, frequency: 'DAILY', end: 'until', until: '2026-12-31' }, false)).toBe('FREQ=DAILY;UNTIL=20261231T235959Z');
    expect(buildRecurrence({ ...noRepeat, frequency: 'MONTHLY', end: 'until', until: '2026-12-31' }, true)).toBe('FREQ=MONTHLY;UNTIL=20261231');
    expect(buildRecurrence({ ...noRepeat, frequency: 'MONTHLY', end: 'never' }, false)).toBe('FREQ=MONTHLY');
    expect(readRecurrence('FREQ=WEEKLY;COUNT=4')).toEqual({ frequency: 'WEEKLY', end: 'count', count: '4', until: '' });
    expect(readRecurrence('FREQ=DAILY;UNTIL=20261231T235959Z')).toMatchObject({ frequency: 'DAILY', end: 'until', until: '2026-12-31' });
    expect(readRecurrence('FREQ=WEEKLY;BYDAY=MO,WE')).toMatchObject({ frequency: 'none', custom: 'FREQ=WEEKLY;BYDAY=MO,WE' });
  });
});

describe('agenda form', () => {
  it('writes a timed or an all-day appointment, empty texts left out', () => {
    const draft = { ...newDraft('2026-12-01', 600, 'Europe/Paris'), title: ' Démo ', location: ' ', users: [{ id: 'u', name: 'Aude' }] };
    expect(draftToRequest(draft)).toMatchObject({
      title: 'Démo', location: null, allDay: false, start: '2026-12-01T10:00', end: '2026-12-01T11:00', startDate: null,
      timeZone: 'Europe/Paris', recurrence: null, userIds: ['u'], contactIds: [],
    });
    const allDay = newDraft('2026-12-01', null, 'Europe/Paris');
    expect(draftToRequest({ ...allDay, title: 'Salon', endDate: '' })).toMatchObject({ allDay: true, start: null, startDate: '2026-12-01', endDate: '2026-12-01' });
  });

  it('keeps a rule it cannot show unless another repetition is chosen', () => {
    const draft = { ...newDraft('2026-12-01', 600, 'UTC'), customRule: 'FREQ=WEEKLY;BYDAY=MO,WE', exceptions: ['2026-12-02T10:00:00'] };
    expect(draftToRequest(draft)).toMatchObject({ recurrence: 'FREQ=WEEKLY;BYDAY=MO,WE', exceptions: ['2026-12-02T10:00:00'] });
    expect(draftToRequest({ ...draft, repeat: { ...noRepeat, frequency: 'DAILY' } }).recurrence).toBe('FREQ=DAILY');
  });

  it('moves the end with the start, keeping the length', () => {
    const draft = { ...newDraft('2026-12-01', 600, 'UTC'), end: '2026-12-01T11:30' };
    expect(withStart(draft, '2026-12-01T23:00').end).toBe('2026-12-02T00:30');
    expect(withStart({ ...draft, end: '2026-12-01T09:00' }, '2026-12-01T14:00').end).toBe('2026-12-01T15:00');
  });

  it('says a day in the reader’s language', () => {
    expect(dayLabel('2026-12-01', 'en-GB')).toBe('Tue 1 Dec');
    expect(dayLabel('2026-12-01', 'fr-FR')).toBe('mar. 1 déc.');
  });
});

describe('the reminder choice', () => {
  it('shows the first delay, none when there is none', () => {
    expect(reminderChoice([])).toBe('');
    expect(reminderChoice([15, 60])).toBe('15');
  });

  it('replaces the first delay and keeps the others set through the API', () => {
    expect(withReminderChoice([15, 60], '30')).toEqual([30, 60]);
    expect(withReminderChoice([15, 60], '60')).toEqual([60]);
    expect(withReminderChoice([15, 60], '')).toEqual([]);
    expect(withReminderChoice([], '0')).toEqual([0]);
  });
});
