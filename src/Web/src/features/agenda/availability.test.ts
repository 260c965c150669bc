import { describe, expect, it } from 'vitest';
import { clashes, firstFreeSlot, hoursOf, type PersonBusy } from './availability';

const at = (iso: string) => new Date(iso);
const span = (start: string, end: string) => ({ start: at(start), end: at(end) });

describe('free and busy', () => {
  const people: PersonBusy[] = [
    { userId: 'me', busy: [span('2027-06-01T07:00:00Z', '2027-06-01T08:00:00Z')] },
    { userId: 'nora', busy: [span('2027-06-01T08:30:00Z', '2027-06-01T09:15:00Z'), span('2027-06-01T12:00:00Z', '2027-06-01T13:00:00Z')] },
  ];
  const day = { from: at('2027-06-01T06:00:00Z'), to: at('2027-06-01T17:00:00Z') };

  it('tells who is busy during the chosen slot, a meeting ending as it starts not counting', () => {
    const found = clashes(people, span('2027-06-01T07:30:00Z', '2027-06-01T08:45:00Z'));
    expect(found.get('me')).toHaveLength(1);
    expect(found.get('nora')?.map((b) => b.start.toISOString())).toEqual(['2027-06-01T08:30:00.000Z']);
    expect(clashes(people, span('2027-06-01T08:00:00Z', '2027-06-01T08:30:00Z')).get('me')).toEqual([]);
  });

  it('finds the first quarter hour after the chosen start when everyone is free for as long, else the first of the day', () => {
    const taken = span('2027-06-01T07:30:00Z', '2027-06-01T08:30:00Z');
    expect(firstFreeSlot(people, taken, day.from, day.to)).toEqual(span('2027-06-01T09:15:00Z', '2027-06-01T10:15:00Z'));
    const late = span('2027-06-01T12:30:00Z', '2027-06-01T16:30:00Z');
    expect(firstFreeSlot(people, late, day.from, day.to)).toEqual(span('2027-06-01T13:00:00Z', '2027-06-01T17:00:00Z'));
    const longest = span('2027-06-01T12:30:00Z', '2027-06-01T17:30:00Z');
    expect(firstFreeSlot(people, longest, day.from, day.to)).toBeNull();
    expect(firstFreeSlot(people, span('2027-06-01T10:00:00Z', '2027-06-01T11:00:00Z'), day.from, day.to)).toBeNull();
    const allDayLong = [{ userId: 'me', busy: [span('2027-06-01T05:00:00Z', '2027-06-01T18:00:00Z')] }];
    expect(firstFreeSlot(allDayLong, taken, day.from, day.to)).toBeNull();
  });

  it('says an interval in the hours of a zone', () => {
    expect(hoursOf(span('2027-06-01T08:30:00Z', '2027-06-01T09:15:00Z'), 'Europe/Paris')).toBe('10:30–11:15');
  });
});
