/** What the "send by email" dialog reads from its fields and sends to `POST /quotes/{id}/email`. */
import type { components } from '../../api/schema';

export type EmailQuoteRequest = components['schemas']['EmailQuoteRequest'];
type DealContact = components['schemas']['DealContactResponse'];

export const maxRecipients = 20;
export const subjectMaxLength = 200;
export const messageMaxLength = 10_000;
const addressMaxLength = 254;

/** A bare address (`anne@client.fr`): a light check, the server has the last word. */
export function isEmailAddress(text: string): boolean {
  return text.length <= addressMaxLength && /^[^\s@<>,;"]+@[^\s@<>,;"]+$/.test(text) && !text.endsWith('.');
}

export interface Recipients {
  /** The addresses, in the order typed, each once (whatever its case). */
  addresses: string[];
  /** What was typed between separators that is not an address. */
  invalid: string[];
}

/** Reads a field of addresses separated by semicolons, commas, spaces or new lines: "a@x.fr; b@y.fr". */
export function parseRecipients(text: string): Recipients {
  const addresses: string[] = [];
  const invalid: string[] = [];
  const seen = new Set<string>();
  for (const piece of text.split(/[;,\s]+/)) {
    if (!piece) continue;
    if (!isEmailAddress(piece)) invalid.push(piece);
    else if (!seen.has(piece.toLowerCase())) {
      seen.add(piece.toLowerCase());
      addresses.push(piece);
    }
  }
  return { addresses, invalid };
}

/** The deal's contacts' addresses to offer as recipients: the decision maker's first, each once, known ones only. */
export function contactRecipients(contacts: readonly DealContact[]): string {
  const ordered = [...contacts].sort((a, b) => Number(b.role === 'DecisionMaker') - Number(a.role === 'DecisionMaker'));
  return parseRecipients(ordered.map((c) => c.email ?? '').join('; ')).addresses.join('; ');
}

export interface EmailForm {
  to: string;
  cc: string;
  subject: string;
  message: string;
}

export type EmailField = keyof EmailForm;
export type EmailProblem = 'toMissing' | 'invalid' | 'tooMany' | 'subjectTooLong' | 'messageTooLong';

/** The fields to fix before sending, with the pieces that are not addresses. */
export function checkEmailForm(form: EmailForm): Partial<Record<EmailField, { problem: EmailProblem; invalid?: string }>> {
  const problems: Partial<Record<EmailField, { problem: EmailProblem; invalid?: string }>> = {};
  for (const field of ['to', 'cc'] as const) {
    const { addresses, invalid } = parseRecipients(form[field]);
    if (invalid.length > 0) problems[field] = { problem: 'invalid', invalid: invalid.join(' ') };
    else if (addresses.length > maxRecipients) problems[field] = { problem: 'tooMany' };
    else if (field === 'to' && addresses.length === 0) problems[field] = { problem: 'toMissing' };
  }
  if (form.subject.trim().length > subjectMaxLength) problems.subject = { problem: 'subjectTooLong' };
  if (form.message.length > messageMaxLength) problems.message = { problem: 'messageTooLong' };
  return problems;
}

/** The request for a checked form; a blank subject or message lets the server write its own. */
export function toEmailRequest(form: EmailForm): EmailQuoteRequest {
  return {
    to: parseRecipients(form.to).addresses,
    cc: parseRecipients(form.cc).addresses,
    subject: form.subject.trim() || null,
    message: form.message.trim() ? form.message : null,
  };
}

/** A day as the quote's own language writes it in the PDF and the default message: 29/11/2026, 29 November 2026. */
export function quoteDay(isoDay: string, language: string): string {
  const french = language === 'fr';
  return new Intl.DateTimeFormat(french ? 'fr-FR' : 'en-GB', { dateStyle: french ? 'short' : 'long', timeZone: 'UTC' }).format(new Date(`${isoDay}T00:00:00Z`));
}
