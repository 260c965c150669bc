import { describe, expect, it } from 'vitest';
import { instantOf, wallClockIn } from './zonedTime';

describe('instantOf', () => {
  it('reads a wall clock in its zone on either side of the clock changes', () => {
    expect(instantOf('2027-03-26T09:00', 'Europe/Paris').toISOString()).toBe('2027-03-26T08:00:00.000Z');
    expect(instantOf('2027-03-29T09:00', 'Europe/Paris').toISOString()).toBe('2027-03-29T07:00:00.000Z');
    expect(instantOf('2027-03-29T09:00', 'America/New_York').toISOString()).toBe('2027-03-29T13:00:00.000Z');
  });

  it('moves a time skipped in spring forward by the gap', () => {
    expect(instantOf('2027-03-28T02:30', 'Europe/Paris').toISOString()).toBe('2027-03-28T01:30:00.000Z');
  });
});

describe('wallClockIn', () => {
  it('reads an instant on the wall clock of a zone, and back', () => {
    const instant = new Date('2027-10-31T00:30:00Z');
    expect(wallClockIn(instant, 'Europe/Paris')).toBe('2027-10-31T02:30');
    expect(instantOf(wallClockIn(instant, 'Asia/Tokyo'), 'Asia/Tokyo').toISOString()).toBe(instant.toISOString());
  });
});
