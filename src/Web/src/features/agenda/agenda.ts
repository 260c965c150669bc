/**
 * The agenda's pure logic: days as plain `YYYY-MM-DD` strings (no browser time zone involved), wall-clock times read
 * from the API's offset ISO strings, the ranges each view asks for, how overlapping meetings share a column, the
 * recurrence rule a form builds, and the snapping of a drag.
 */
import type { components } from '../../api/schema';
import { buildRecurrence, isDay, noRepeat, readRecurrence, type Repeat } from '../../ui/recurrence';
import { wallClockIn } from '../../ui/zonedTime';

export { buildRecurrence, isDay, noRepeat, readRecurrence, type Frequency, type Repeat, type RepeatEnd } from '../../ui/recurrence';

export type CalendarItem = components['schemas']['CalendarItem'];
export type Appointment = components['schemas']['AppointmentResponse'];
export type AppointmentRequest = components['schemas']['AppointmentRequest'];
export type View = 'day' | 'week' | 'month';

export const views: readonly View[] = ['day', 'week', 'month'];
export const minutesPerDay = 24 * 60;
export const snapMinutes = 15;

function toDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const date = toDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return toDay(date);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toDate(to).getTime() - toDate(from).getTime()) / 86_400_000);
}

/** Monday = 0 … Sunday = 6. */
export function weekdayOf(day: string): number {
  return (toDate(day).getUTCDay() + 6) % 7;
}

export function startOfWeek(day: string): string {
  return addDays(day, -weekdayOf(day));
}

export function addMonths(day: string, months: number): string {
  const date = toDate(day);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return toDay(target);
}

/** The days a view shows around `day`, `to` excluded: a month shows whole weeks, Monday first (at most 42 days). */
export function viewRange(view: View, day: string): { from: string; to: string } {
  if (view === 'day') return { from: day, to: addDays(day, 1) };
  if (view === 'week') {
    const from = startOfWeek(day);
    return { from, to: addDays(from, 7) };
  }
  const first = `${day.slice(0, 7)}-01`;
  const from = startOfWeek(first);
  const last = addDays(addMonths(first, 1), -1);
  return { from, to: addDays(startOfWeek(last), 7) };
}

export function daysOf(range: { from: string; to: string }): string[] {
  return Array.from({ length: daysBetween(range.from, range.to) }, (_, i) => addDays(range.from, i));
}

/** Where previous / next go from `day` in a view. */
export function step(view: View, day: string, direction: 1 | -1): string {
  if (view === 'day') return addDays(day, direction);
  if (view === 'week') return addDays(day, 7 * direction);
  return addMonths(day, direction);
}

/** Today in a time zone (the user's profile's, not the browser's). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export interface WallClock {
  day: string;
  minutes: number;
}

const isoPattern = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/;

/** The wall-clock part of an ISO string as the API wrote it (its own offset), ignoring the browser's zone. */
export function wallClock(iso: string): WallClock {
  const match = isoPattern.exec(iso);
  if (!match) throw new Error(`Not an ISO date-time: ${iso}`);
  return { day: match[1]!, minutes: +match[2]! * 60 + +match[3]! };
}

export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** A wall clock as the API takes it (`2026-12-01T10:00`), minutes past the day's end rolling over. */
export function toLocalDateTime(day: string, minutes: number): string {
  const days = Math.floor(minutes / minutesPerDay);
  const rest = minutes - days * minutesPerDay;
  return `${addDays(day, days)}T${formatMinutes(rest)}`;
}

/** The start and end a click on a slot proposes: the slot's time for an hour by default. */
export function slotTimes(day: string, minutes: number, length = 60): { start: string; end: string } {
  return { start: toLocalDateTime(day, minutes), end: toLocalDateTime(day, minutes + length) };
}

export function snap(minutes: number, stepMinutes = snapMinutes): number {
  return Math.round(minutes / stepMinutes) * stepMinutes;
}

/** The move a drag makes: vertical pixels to minutes snapped to the quarter-hour, the day moved by whole columns. */
export function dragMove(deltaY: number, deltaX: number, hourHeight: number, columnWidth: number, columns: number, column: number) {
  const minutes = snap((deltaY / hourHeight) * 60);
  const days = columnWidth > 0 ? Math.max(-column, Math.min(columns - 1 - column, Math.round(deltaX / columnWidth))) : 0;
  return { minutes, days };
}

/** A timed item's part on one day, in minutes from that day's midnight (an item running past midnight is cut). */
export interface Segment<T> {
  item: T;
  startMinutes: number;
  endMinutes: number;
}

export function segmentsOn<T extends { start: string; end: string }>(items: readonly T[], day: string): Segment<T>[] {
  const segments: Segment<T>[] = [];
  for (const item of items) {
    const start = wallClock(item.start);
    const end = wallClock(item.end);
    const startMinutes = start.day === day ? start.minutes : start.day < day ? 0 : null;
    const endMinutes = end.day === day ? end.minutes : end.day > day ? minutesPerDay : null;
    if (startMinutes === null || endMinutes === null || endMinutes <= startMinutes) {
      // A zero-length meeting still shows as a line.
      if (start.day === day && end.day === day && endMinutes === startMinutes && startMinutes !== null) {
        segments.push({ item, startMinutes, endMinutes: startMinutes + snapMinutes });
      }
      continue;
    }
    segments.push({ item, startMinutes, endMinutes });
  }
  return segments;
}

export interface Placed<T> extends Segment<T> {
  column: number;
  columns: number;
}

/**
 * Overlapping segments side by side: each cluster of segments that overlap one another (directly or through others)
 * shares its width in as many columns as it needs at most at once; a segment takes the first free column.
 */
export function layOut<T>(segments: readonly Segment<T>[]): Placed<T>[] {
  const sorted = [...segments].sort((a, b) => a.startMinutes - b.startMinutes || b.endMinutes - a.endMinutes);
  const placed: Placed<T>[] = [];
  let cluster: Placed<T>[] = [];
  let columnEnds: number[] = [];
  let clusterEnd = -1;
  const close = () => {
    for (const p of cluster) p.columns = columnEnds.length;
    cluster = [];
    columnEnds = [];
  };
  for (const segment of sorted) {
    if (segment.startMinutes >= clusterEnd) close();
    let column = columnEnds.findIndex((end) => end <= segment.startMinutes);
    if (column === -1) {
      column = columnEnds.length;
      columnEnds.push(segment.endMinutes);
    } else {
      columnEnds[column] = segment.endMinutes;
    }
    const p: Placed<T> = { ...segment, column, columns: 1 };
    cluster.push(p);
    placed.push(p);
    clusterEnd = Math.max(clusterEnd, segment.endMinutes);
  }
  close();
  return placed;
}

/** Whether an item falls on a day: all-day ones by their dates (both included), timed ones by their wall clock. */
export function isOn(item: CalendarItem, day: string): boolean {
  if (item.allDay) return !!item.startDate && !!item.endDate && item.startDate <= day && day <= item.endDate;
  const start = wallClock(item.start);
  const end = wallClock(item.end);
  return start.day === day || (start.day < day && (end.day > day || (end.day === day && end.minutes > 0)));
}

/**
 * Where a timed item dragged by `minutes` and `days` (in the user's zone) lands in the appointment's zone, its length
 * kept: the instants are moved, then read in `timeZone`.
 */
export function movedTimes(item: { start: string; end: string }, minutes: number, days: number, timeZone: string): { start: string; end: string } {
  const shift = (minutes + days * minutesPerDay) * 60_000;
  return {
    start: wallClockIn(new Date(new Date(item.start).getTime() + shift), timeZone),
    end: wallClockIn(new Date(new Date(item.end).getTime() + shift), timeZone),
  };
}

/** The request that rewrites an appointment with other times, everything else as it is. */
export function toRequest(appointment: Appointment, times?: { start: string; end: string }): AppointmentRequest {
  return {
    title: appointment.title,
    description: appointment.description ?? null,
    location: appointment.location ?? null,
    videoLink: appointment.videoLink ?? null,
    timeZone: appointment.timeZone,
    allDay: appointment.allDay,
    start: appointment.allDay ? null : times?.start ?? appointment.start.slice(0, 16),
    end: appointment.allDay ? null : times?.end ?? appointment.end.slice(0, 16),
    startDate: appointment.allDay ? appointment.startDate ?? null : null,
    endDate: appointment.allDay ? appointment.endDate ?? null : null,
    recurrence: appointment.recurrence ?? null,
    exceptions: appointment.exceptions,
    userIds: appointment.attendees.filter((a) => a.kind === 'User' && !a.isOrganizer).map((a) => a.id),
    contactIds: appointment.attendees.filter((a) => a.kind === 'Contact').map((a) => a.id),
    relatedType: appointment.relatedType ?? null,
    relatedId: appointment.relatedId ?? null,
  };
}

/** A colour per shown calendar, in the order the calendars are listed. */
export const palette = ['#2563eb', '#d97706', '#059669', '#db2777', '#7c3aed', '#0891b2', '#65a30d', '#dc2626'] as const;

export function colourOf(userIds: readonly string[], userId: string | undefined): string {
  const index = userId ? userIds.indexOf(userId) : -1;
  return palette[(index < 0 ? 0 : index) % palette.length]!;
}

/** Common zones for the form's picker, plus the user's own and the appointment's. */
export function zoneChoices(...current: (string | null | undefined)[]): string[] {
  const common = [
    'Europe/Paris', 'Europe/London', 'Europe/Brussels', 'Europe/Zurich', 'Europe/Berlin', 'Europe/Madrid', 'Europe/Lisbon',
    'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Montreal', 'America/Sao_Paulo',
    'Africa/Casablanca', 'Africa/Dakar', 'Asia/Dubai', 'Asia/Kolkata', 'Asia/Singapore', 'Asia/Tokyo', 'Australia/Sydney',
    'Pacific/Auckland', 'Indian/Reunion', 'America/Guadeloupe', 'UTC',
  ];
  const extra = current.filter((z): z is string => !!z && !common.includes(z));
  return [...new Set([...extra, ...common])];
}

/** The address parameters of the agenda: the view, the day and the overlaid colleagues and team. */
export interface AgendaState {
  view: View;
  date: string;
  users: string[];
  team: string | null;
}

export function readState(params: URLSearchParams, today: string): AgendaState {
  const view = params.get('view');
  const date = params.get('date');
  return {
    view: views.includes(view as View) ? (view as View) : 'week',
    date: isDay(date) ? date : today,
    users: (params.get('users') ?? '').split(',').filter(Boolean),
    team: params.get('team') || null,
  };
}

export function writeState(state: AgendaState): URLSearchParams {
  const params = new URLSearchParams({ view: state.view, date: state.date });
  if (state.users.length > 0) params.set('users', state.users.join(','));
  if (state.team) params.set('team', state.team);
  return params;
}

export interface Named {
  id: string;
  name: string;
}

/** What the appointment form holds: wall clocks as the inputs give them (`2026-12-01T10:00`), in `timeZone`. */
export interface AppointmentDraft {
  title: string;
  allDay: boolean;
  start: string;
  end: string;
  startDate: string;
  endDate: string;
  timeZone: string;
  location: string;
  videoLink: string;
  description: string;
  repeat: Repeat;
  /** A rule the form cannot show, kept as it was unless the user chooses another repetition. */
  customRule: string | null;
  exceptions: string[];
  users: Named[];
  contacts: Named[];
  relatedType: string | null;
  relatedId: string | null;
  /** Minutes before each occurrence its attendees are reminded. */
  reminders: number[];
  /** Whether invited contacts get the invitation (or its change) by email. */
  sendInvitations: boolean;
}

/** The reminder delays the form offers, in minutes. */
export const reminderChoices: readonly number[] = [0, 5, 10, 15, 30, 60, 120, 1440];

/** The form's one reminder choice: the first delay (others set through the API are kept), '' for none. */
export function reminderChoice(reminders: readonly number[]): string {
  return reminders.length === 0 ? '' : String(reminders[0]);
}

export function withReminderChoice(reminders: readonly number[], choice: string): number[] {
  return choice === '' ? [] : [Number(choice), ...reminders.slice(1).filter((m) => m !== Number(choice))];
}

/** A new appointment's draft for a slot (a time, or a whole day when `minutes` is null). */
export function newDraft(day: string, minutes: number | null, timeZone: string): AppointmentDraft {
  const times = slotTimes(day, minutes ?? 9 * 60);
  return {
    title: '', allDay: minutes === null, start: times.start, end: times.end, startDate: day, endDate: day, timeZone,
    location: '', videoLink: '', description: '', repeat: noRepeat, customRule: null, exceptions: [], users: [], contacts: [],
    relatedType: null, relatedId: null, reminders: minutes === null ? [] : [15], sendInvitations: true,
  };
}

/** The draft of an existing appointment, with the names the form shows for its attendees. */
export function draftOf(appointment: Appointment, names: (kind: 'User' | 'Contact', id: string) => string): AppointmentDraft {
  const repeat = readRecurrence(appointment.recurrence);
  const day = appointment.start.slice(0, 10);
  return {
    title: appointment.title,
    allDay: appointment.allDay,
    start: appointment.start.slice(0, 16),
    end: appointment.end.slice(0, 16),
    startDate: appointment.startDate ?? day,
    endDate: appointment.endDate ?? day,
    timeZone: appointment.timeZone,
    location: appointment.location ?? '',
    videoLink: appointment.videoLink ?? '',
    description: appointment.description ?? '',
    repeat,
    customRule: 'custom' in repeat ? repeat.custom ?? null : null,
    exceptions: appointment.exceptions,
    users: appointment.attendees.filter((a) => a.kind === 'User' && !a.isOrganizer).map((a) => ({ id: a.id, name: names('User', a.id) })),
    contacts: appointment.attendees.filter((a) => a.kind === 'Contact').map((a) => ({ id: a.id, name: names('Contact', a.id) })),
    relatedType: appointment.relatedType ?? null,
    relatedId: appointment.relatedId ?? null,
    reminders: [...appointment.reminderMinutesBefore],
    sendInvitations: true,
  };
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

export function draftToRequest(draft: AppointmentDraft): AppointmentRequest {
  const recurrence = draft.customRule && draft.repeat.frequency === 'none' ? draft.customRule : buildRecurrence(draft.repeat, draft.allDay);
  return {
    title: draft.title.trim(),
    description: orNull(draft.description),
    location: orNull(draft.location),
    videoLink: orNull(draft.videoLink),
    timeZone: draft.timeZone,
    allDay: draft.allDay,
    start: draft.allDay ? null : orNull(draft.start),
    end: draft.allDay ? null : orNull(draft.end),
    startDate: draft.allDay ? orNull(draft.startDate) : null,
    endDate: draft.allDay ? orNull(draft.endDate) ?? orNull(draft.startDate) : null,
    recurrence,
    exceptions: recurrence ? draft.exceptions : [],
    userIds: draft.users.map((u) => u.id),
    contactIds: draft.contacts.map((c) => c.id),
    relatedType: draft.relatedType,
    relatedId: draft.relatedId,
    reminderMinutesBefore: draft.reminders,
    sendInvitations: draft.sendInvitations,
  };
}

/** When the start moves, the end follows, keeping the length (an hour when the end was not after the start). */
export function withStart(draft: AppointmentDraft, start: string): AppointmentDraft {
  const old = wallClockFromLocal(draft.start);
  const end = wallClockFromLocal(draft.end);
  const next = wallClockFromLocal(start);
  if (!old || !end || !next) return { ...draft, start };
  const length = daysBetween(old.day, end.day) * minutesPerDay + end.minutes - old.minutes;
  return { ...draft, start, end: toLocalDateTime(next.day, next.minutes + (length > 0 ? length : 60)) };
}

function wallClockFromLocal(value: string): WallClock | null {
  return isoPattern.test(value) ? wallClock(value) : null;
}

/** A day as the reader says it (`Tue 1 Dec`), computed on the date alone. */
export function dayLabel(day: string, locale: string, options: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' }): string {
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(toDate(day));
}

/** An item shown moved at once, before the agenda is read again: its wall clocks shifted, their offsets kept. */
export function shiftItem(item: CalendarItem, minutes: number, days: number): CalendarItem {
  const shift = (iso: string) => {
    const clock = wallClock(iso);
    return `${toLocalDateTime(clock.day, clock.minutes + minutes + days * minutesPerDay)}${iso.slice(16)}`;
  };
  return { ...item, start: shift(item.start), end: shift(item.end) };
}
