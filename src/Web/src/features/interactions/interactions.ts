import type { components } from '../../api/schema';

export type InteractionKind = components['schemas']['InteractionKind'];
export type CallDirection = components['schemas']['CallDirection'];
export type CallOutcome = components['schemas']['CallOutcome'];
export type InteractionRequest = components['schemas']['InteractionRequest'];
export type Interaction = components['schemas']['InteractionResponse'];

export const outcomes: readonly CallOutcome[] = ['Reached', 'NoAnswer', 'LeftMessage', 'Busy', 'WrongNumber'];
export const notesMaxLength = 10_000;
export const textMaxLength = 200;
/** A call lasts at most a day: 1,440 minutes. */
export const maxMinutes = 1_440;

/** What the form holds: when as the `datetime-local` value on the browser's clock, the duration in minutes as typed. */
export interface InteractionDraft {
  kind: InteractionKind;
  when: string;
  direction: CallDirection;
  minutes: string;
  outcome: CallOutcome;
  location: string;
  title: string;
  notes: string;
}

/** The records the interaction is about: those of the page it is logged from. */
export interface InteractionLinks {
  contactIds?: string[];
  companyId?: string | null;
  dealId?: string | null;
}

/** `yyyy-mm-ddThh:mm` on the browser's clock, what a `datetime-local` input shows. */
export function localDateTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function emptyDraft(kind: InteractionKind, now: Date): InteractionDraft {
  return { kind, when: localDateTime(now), direction: 'Outbound', minutes: '', outcome: 'Reached', location: '', title: '', notes: '' };
}

/**
 * The request for a draft: a call's minutes become seconds (a blank is 0, a decimal comma is read), the time is sent in
 * UTC (null when blank: the server takes now), and a visit carries no call fields (left out, as the API's types want).
 */
export function toInteractionRequest(draft: InteractionDraft, links: InteractionLinks): InteractionRequest {
  const when = draft.when ? new Date(draft.when) : null;
  const text = (value: string) => value.trim() || null;
  const call = draft.kind === 'Call';
  const minutes = Number(draft.minutes.trim().replace(',', '.') || '0');
  return {
    kind: draft.kind,
    happenedAtUtc: when && !Number.isNaN(when.getTime()) ? when.toISOString() : null,
    direction: call ? draft.direction : undefined,
    durationSeconds: call ? (Number.isFinite(minutes) ? Math.round(minutes * 60) : -1) : null,
    outcome: call ? draft.outcome : undefined,
    location: call ? null : text(draft.location),
    title: text(draft.title),
    notes: text(draft.notes),
    contactIds: links.contactIds ?? [],
    companyId: links.companyId ?? null,
    dealId: links.dealId ?? null,
  };
}

/** A call's length as the timeline tells it: whole minutes, rounded up, seconds under a minute. */
export function durationParts(seconds: number): { unit: 'seconds' | 'minutes'; count: number } {
  return seconds < 60 ? { unit: 'seconds', count: seconds } : { unit: 'minutes', count: Math.ceil(seconds / 60) };
}

/** The notes' first three lines, cut to 240 characters: what a list shows of them (the timeline keeps the same). */
export function excerptOf(notes: string | null | undefined): string | null {
  const lines = (notes ?? '').split(/\r?\n/).slice(0, 3).join('\n').trim();
  if (!lines) return null;
  return lines.length <= 240 ? lines : `${lines.slice(0, 240).trimEnd()}…`;
}

/** The form's draft of a logged call or visit, to change it: its time on the browser's clock, its minutes as typed. */
export function draftOf(interaction: Interaction): InteractionDraft {
  const seconds = interaction.durationSeconds ?? 0;
  return {
    kind: interaction.kind,
    when: localDateTime(new Date(interaction.happenedAtUtc)),
    direction: interaction.direction ?? 'Outbound',
    minutes: interaction.kind === 'Call' ? String(Math.round((seconds / 60) * 100) / 100) : '',
    outcome: interaction.outcome ?? 'Reached',
    location: interaction.location ?? '',
    title: interaction.title ?? '',
    notes: interaction.notes ?? '',
  };
}

/** The records a logged call or visit is about, kept as they are when it is changed. */
export function linksOf(interaction: Interaction): InteractionLinks {
  return { contactIds: [...interaction.contactIds], companyId: interaction.companyId ?? null, dealId: interaction.dealId ?? null };
}
