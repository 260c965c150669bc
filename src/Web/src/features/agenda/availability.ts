/**
 * Who is free when an appointment is planned: the attendees' busy intervals (from `/calendar/free-busy`) against the
 * chosen slot, and the first slot of the same length when everyone is free, on the wall clock of the form's zone.
 */
import { wallClockIn } from '../../ui/zonedTime';

export interface Interval {
  start: Date;
  end: Date;
}

export interface PersonBusy {
  userId: string;
  busy: Interval[];
}

const minute = 60_000;

export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Each person's busy intervals that overlap `slot`. */
export function clashes(people: readonly PersonBusy[], slot: Interval): Map<string, Interval[]> {
  return new Map(people.map((p) => [p.userId, p.busy.filter((b) => overlaps(b, slot))]));
}

/**
 * A slot as long as `slot`, on the quarter hour between `from` and `to`, when nobody is busy: the first after the
 * chosen start, else the first of the range; null when the chosen one is already free or none is.
 */
export function firstFreeSlot(people: readonly PersonBusy[], slot: Interval, from: Date, to: Date): Interval | null {
  const busy = people.flatMap((p) => p.busy);
  if (!busy.some((b) => overlaps(b, slot))) return null;
  const length = slot.end.getTime() - slot.start.getTime();
  const quarter = 15 * minute;
  const search = (since: number) => {
    for (let start = Math.ceil(since / quarter) * quarter; start + length <= to.getTime(); start += quarter) {
      const candidate = { start: new Date(start), end: new Date(start + length) };
      if (!busy.some((b) => overlaps(b, candidate))) return candidate;
    }
    return null;
  };
  return search(Math.max(from.getTime(), slot.start.getTime())) ?? search(from.getTime());
}

/** `09:30–10:15` on the wall clock of `timeZone`. */
export function hoursOf(interval: Interval, timeZone: string): string {
  return `${wallClockIn(interval.start, timeZone).slice(11)}–${wallClockIn(interval.end, timeZone).slice(11)}`;
}
