import type { components } from '../../api/schema';
import { contactName } from '../contacts/contactName';
import { maxMerged, mergeHref } from './mergeDraft';

export type DuplicateGroup = components['schemas']['DuplicateGroup'];
export type DuplicateMember = components['schemas']['DuplicateMember'];

/** The contacts of a group to review together: the oldest first (the one kept by default), at most as many as a merge takes. */
export function reviewIds(group: Pick<DuplicateGroup, 'contacts'>): string[] {
  return [...group.contacts]
    .sort((a, b) => Date.parse(a.createdAtUtc) - Date.parse(b.createdAtUtc) || a.id.localeCompare(b.id))
    .slice(0, maxMerged)
    .map((c) => c.id);
}

/** The merge screen for a group, its oldest contact kept. */
export function reviewHref(group: Pick<DuplicateGroup, 'contacts'>): string {
  return mergeHref(reviewIds(group));
}

/** A member's name as in the lists: first and last name, else its email address. */
export function memberName(member: Pick<DuplicateMember, 'firstName' | 'lastName' | 'email'>): string {
  return contactName({ firstName: member.firstName, lastName: member.lastName, emails: member.email ? [{ address: member.email }] : [] });
}

/**
 * What a group's contacts share, as people write it: the API's key is a matching form (a name lower-cased and without
 * accents, a number in E.164), so a name or a number is shown as its oldest contact has it.
 */
export function sharedValue(group: Pick<DuplicateGroup, 'reason' | 'key' | 'contacts'>): string {
  const [first] = [...group.contacts].sort((a, b) => Date.parse(a.createdAtUtc) - Date.parse(b.createdAtUtc) || a.id.localeCompare(b.id));
  if (group.reason === 'SamePhone' && first?.phone) return first.phone;
  if (group.reason === 'SameName' && first && (first.firstName.trim() || first.lastName.trim())) return memberName(first);
  return group.key;
}

/** A group's key in a list: the API's key is unique within its reason only. */
export const groupKey = (group: Pick<DuplicateGroup, 'reason' | 'key'>) => `${group.reason}|${group.key}`;
