/** Wall clocks of IANA zones (`2027-03-28T09:00`) and the instants they stand for, through Intl. */

/**
 * The wall clock of an instant in an IANA zone (`2026-12-01T10:00`), through Intl: what a time moved in the user's zone
 * is in the appointment's own zone.
 */
export function wallClockIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

function asUtc(local: string): number {
  const [day = '', time = '00:00'] = local.split('T');
  const [y = 0, mo = 1, d = 1] = day.split('-').map(Number);
  const [h = 0, mi = 0] = time.split(':').map(Number);
  return Date.UTC(y, mo - 1, d, h, mi);
}

/**
 * The instant a wall clock (`2027-03-28T09:00`) of an IANA zone stands for; a time skipped by a spring change moves
 * forward by the gap, as the server reads it.
 */
export function instantOf(local: string, timeZone: string): Date {
  const wanted = asUtc(local);
  let guess = wanted;
  for (let i = 0; i < 2; i++) guess += wanted - asUtc(wallClockIn(new Date(guess), timeZone));
  return new Date(guess);
}
