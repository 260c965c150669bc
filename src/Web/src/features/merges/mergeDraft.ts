import type { components } from '../../api/schema';
import { contactName } from '../contacts/contactName';

export type Contact = components['schemas']['ContactResponse'];
export type MergeRecord = components['schemas']['MergeResponse'];

/** The details a contact holds one value of: the merged contact takes each from one of the contacts. */
export type MergeField = 'firstName' | 'lastName' | 'jobTitle' | 'address' | 'lifecycleStage' | 'source' | 'owner';

export const mergeFields: readonly MergeField[] = ['firstName', 'lastName', 'jobTitle', 'address', 'lifecycleStage', 'source', 'owner'];

/** For each field, the id of the contact whose value wins. */
export type MergeChoices = Record<MergeField, string>;

/** What the user picked; the fields not picked follow the API's default rule. */
export type PickedChoices = Partial<Record<MergeField, string>>;

/**
 * The body of POST /contacts/{id}/merge. The generated MergeChoices also lists a read-only `chosen` (a computed C#
 * property the schema exposes), which a request neither needs nor sends.
 */
export interface MergeRequestBody {
  sourceIds: string[];
  fields: Record<MergeField, string>;
}

/** The kept contact and up to 10 others: the most the API merges at once. */
export const maxMerged = 11;

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const blank = (value: string | null | undefined) => !value || value.trim() === '';

/** Whether a contact has a value for the field, as the API decides which contact's value a field keeps by default. */
export function hasValue(contact: Contact, field: MergeField): boolean {
  switch (field) {
    case 'firstName': return !blank(contact.firstName);
    case 'lastName': return !blank(contact.lastName);
    case 'jobTitle': return !blank(contact.jobTitle);
    case 'source': return !blank(contact.source);
    case 'address': {
      const a = contact.address;
      return [a.street, a.postalCode, a.city, a.region, a.countryCode].some((part) => !blank(part));
    }
    case 'lifecycleStage':
    case 'owner':
      return true;
  }
}

/** The API's rule for a field nobody chose: the kept contact's value (it comes first), else the first other one's that has one. */
export function defaultChoice(contacts: readonly Contact[], field: MergeField): string {
  const [kept] = contacts;
  if (!kept) throw new Error('A merge needs contacts.');
  return hasValue(kept, field) ? kept.id : contacts.find((c) => hasValue(c, field))?.id ?? kept.id;
}

/** Every field's winner: what the user picked (among these contacts), else the default rule. */
export function choicesOf(contacts: readonly Contact[], picked: PickedChoices = {}): MergeChoices {
  const ids = new Set(contacts.map((c) => c.id));
  const entries = mergeFields.map((field) => {
    const choice = picked[field];
    return [field, choice && ids.has(choice) ? choice : defaultChoice(contacts, field)] as const;
  });
  return Object.fromEntries(entries) as MergeChoices;
}

/**
 * The request merging the other contacts into the first one. Every field is named, so the merged contact holds the
 * values the user saw chosen even if a default would now point elsewhere.
 */
export function mergeRequest(contacts: readonly Contact[], choices: MergeChoices): MergeRequestBody {
  return {
    sourceIds: contacts.slice(1).map((c) => c.id),
    fields: Object.fromEntries(mergeFields.map((field) => [field, choices[field]])) as Record<MergeField, string>,
  };
}

export interface CombinedDetails {
  emails: { address: string; label: string | null }[];
  phones: { number: string; international: string; label: string | null }[];
  companies: { companyId: string; companyName: string | null; role: string | null }[];
  tags: string[];
}

function distinct<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A tag as the API keeps it: trimmed, inner runs of spaces made one. */
const normaliseTag = (tag: string) => tag.split(/\s+/).filter(Boolean).join(' ');

/**
 * What the merged contact keeps from all of them, the kept one's first: every email address (the same address in
 * another case once), phone number, company and tag (the same tag in another case once).
 */
export function combinedDetails(contacts: readonly Contact[]): CombinedDetails {
  return {
    emails: distinct(contacts.flatMap((c) => c.emails), (e) => e.address.toLowerCase())
      .map((e) => ({ address: e.address, label: e.label ?? null })),
    phones: distinct(contacts.flatMap((c) => c.phones), (p) => p.number)
      .map((p) => ({ number: p.number, international: p.international, label: p.label ?? null })),
    companies: distinct(contacts.flatMap((c) => c.companies), (l) => l.companyId)
      .map((l) => ({ companyId: l.companyId, companyName: l.companyName ?? null, role: l.role ?? null })),
    tags: distinct(contacts.flatMap((c) => c.tags).map(normaliseTag).filter((t) => t !== ''), (t) => t.toLowerCase()),
  };
}

/** The API's limits a merge would break, as its error codes, so the page can say so before the user tries. */
export function mergeProblems(contacts: readonly Contact[], choices: MergeChoices): string[] {
  const combined = combinedDetails(contacts);
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const problems: string[] = [];
  if (blank(byId.get(choices.firstName)?.firstName) && blank(byId.get(choices.lastName)?.lastName)) problems.push('contact.name_required');
  if (combined.emails.length > 10) problems.push('contact.too_many_emails');
  if (combined.phones.length > 10) problems.push('contact.too_many_phones');
  if (combined.companies.length > 10) problems.push('contact.too_many_companies');
  if (combined.tags.length > 50) problems.push('tag.too_many');
  return problems;
}

/** The contacts' ids in `?ids=` (the kept one first): well-formed ids only, each once, at most {@link maxMerged}. */
export function parseIds(param: string | null): string[] {
  const ids = (param ?? '').split(',').map((id) => id.trim().toLowerCase()).filter((id) => guid.test(id));
  return [...new Set(ids)].slice(0, maxMerged);
}

/** The merge screen for these contacts, the first one kept. */
export function mergeHref(ids: readonly string[]): string {
  return `/contacts/merge?ids=${ids.join(',')}`;
}

/** The same contacts with another one kept: it comes first, the others keep their order. */
export function withKept(ids: readonly string[], kept: string): string[] {
  return ids.includes(kept) ? [kept, ...ids.filter((id) => id !== kept)] : [...ids];
}

/**
 * How each contact is named on the merge screen: its name, and when two share it, its email address (or its place)
 * to tell them apart.
 */
export function distinctNames(contacts: readonly Contact[]): Map<string, string> {
  const names = contacts.map((c) => contactName(c));
  return new Map(contacts.map((c, i) => {
    const name = names[i]!;
    if (names.filter((n) => n === name).length === 1) return [c.id, name];
    const email = c.emails.find((e) => e.isPrimary)?.address ?? c.emails[0]?.address;
    return [c.id, email && email !== name ? `${name} (${email})` : `${name} (${i + 1})`];
  }));
}

/**
 * Whether the kept contact changed after the merge: the API then refuses to undo it (that change would be lost), so
 * the page says so instead of offering the button.
 */
export function changedSinceMerge(merge: Pick<MergeRecord, 'mergedAtUtc'>, contact: Pick<Contact, 'updatedAtUtc'>): boolean {
  return !!contact.updatedAtUtc && Date.parse(contact.updatedAtUtc) > Date.parse(merge.mergedAtUtc);
}
