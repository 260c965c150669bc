/**
 * The RFC 5545 recurrence rules the forms build and read back (appointments, tasks): a frequency, and an end after a
 * number of times or on a day. A rule a form cannot show (BYDAY, INTERVAL…) is read as `custom`, to be kept as it is.
 */

export type Frequency = 'none' | 'DAILY' | 'WEEKLY' | 'MONTHLY' | 'YEARLY';
export type RepeatEnd = 'never' | 'count' | 'until';

export interface Repeat {
  frequency: Frequency;
  end: RepeatEnd;
  count: string;
  until: string;
}

export const noRepeat: Repeat = { frequency: 'none', end: 'never', count: '10', until: '' };
export const repeatEnds: readonly RepeatEnd[] = ['never', 'count', 'until'];

/** The frequencies a form offers unless it says otherwise. */
const usualFrequencies: readonly Frequency[] = ['DAILY', 'WEEKLY', 'MONTHLY'];

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a text is a real calendar day written `YYYY-MM-DD`. */
export function isDay(value: string | null | undefined): value is string {
  const match = value ? dayPattern.exec(value) : null;
  if (!match) return false;
  const date = new Date(Date.UTC(+match[1]!, +match[2]! - 1, +match[3]!));
  return date.toISOString().slice(0, 10) === value;
}

/** The RFC 5545 RRULE a form's choice stands for; UNTIL includes its whole day (in UTC for a timed series). */
export function buildRecurrence(repeat: Repeat, allDay: boolean): string | null {
  if (repeat.frequency === 'none') return null;
  const parts = [`FREQ=${repeat.frequency}`];
  if (repeat.end === 'count' && repeat.count.trim()) parts.push(`COUNT=${Number(repeat.count)}`);
  if (repeat.end === 'until' && isDay(repeat.until)) {
    const compact = repeat.until.replaceAll('-', '');
    parts.push(allDay ? `UNTIL=${compact}` : `UNTIL=${compact}T235959Z`);
  }
  return parts.join(';');
}

/**
 * The form's choice for an existing rule; a rule the form cannot show (BYDAY, INTERVAL, a frequency it does not offer…)
 * is kept as `custom`.
 */
export function readRecurrence(rule: string | null | undefined, frequencies: readonly Frequency[] = usualFrequencies): Repeat & { custom?: string } {
  if (!rule) return noRepeat;
  const fields = new Map(rule.replace(/^RRULE:/i, '').split(';').map((p) => p.toUpperCase().split('=') as [string, string]));
  const frequency = fields.get('FREQ') as Frequency | undefined;
  const known = new Set(['FREQ', 'COUNT', 'UNTIL']);
  if (!frequency || frequency === 'none' || !frequencies.includes(frequency) || [...fields.keys()].some((k) => !known.has(k))) {
    return { ...noRepeat, custom: rule };
  }
  const count = fields.get('COUNT');
  const until = fields.get('UNTIL');
  if (count) return { frequency, end: 'count', count, until: '' };
  if (until) return { frequency, end: 'until', count: noRepeat.count, until: `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}` };
  return { frequency, end: 'never', count: noRepeat.count, until: '' };
}

/** Whether two choices stand for the same rule (what an unused end holds does not count). */
export function sameRepeat(a: Repeat, b: Repeat): boolean {
  if (a.frequency !== b.frequency) return false;
  if (a.frequency === 'none') return true;
  if (a.end !== b.end) return false;
  if (a.end === 'count') return Number(a.count) === Number(b.count);
  if (a.end === 'until') return a.until === b.until;
  return true;
}
