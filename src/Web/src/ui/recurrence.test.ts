import { describe, expect, it } from 'vitest';
import { buildRecurrence, noRepeat, readRecurrence, sameRepeat } from './recurrence';

describe('recurrence rules', () => {
  it('read only the frequencies a form offers, anything else kept as custom', () => {
    expect(readRecurrence('FREQ=YEARLY')).toMatchObject({ frequency: 'none', custom: 'FREQ=YEARLY' });
    expect(readRecurrence('FREQ=YEARLY', ['DAILY', 'YEARLY'])).toEqual({ frequency: 'YEARLY', end: 'never', count: '10', until: '' });
    expect(readRecurrence('RRULE:freq=weekly;count=3')).toMatchObject({ frequency: 'WEEKLY', end: 'count', count: '3' });
    expect(readRecurrence('FREQ=MONTHLY;INTERVAL=2')).toMatchObject({ frequency: 'none', custom: 'FREQ=MONTHLY;INTERVAL=2' });
  });

  it('build a yearly rule and compare choices by what they stand for', () => {
    expect(buildRecurrence({ ...noRepeat, frequency: 'YEARLY', end: 'count', count: '3' }, true)).toBe('FREQ=YEARLY;COUNT=3');
    expect(sameRepeat({ ...noRepeat, frequency: 'WEEKLY', until: '2027-01-01' }, { ...noRepeat, frequency: 'WEEKLY' })).toBe(true);
    expect(sameRepeat({ ...noRepeat, frequency: 'WEEKLY', end: 'count', count: '05' }, { ...noRepeat, frequency: 'WEEKLY', end: 'count', count: '5' })).toBe(true);
    expect(sameRepeat({ ...noRepeat, frequency: 'WEEKLY' }, { ...noRepeat, frequency: 'DAILY' })).toBe(false);
    expect(sameRepeat(noRepeat, { ...noRepeat, end: 'count' })).toBe(true);
  });
});
