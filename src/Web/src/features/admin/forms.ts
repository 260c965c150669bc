/** The drafts behind the admin forms and what the API receives from them. */

export type ClientError = 'required' | 'email';

export interface InvitationDraft {
  email: string;
  displayName: string;
  language: 'fr' | 'en';
  timeZone: string;
  roles: string[];
  teamId: string;
}

export const defaultTimeZone = 'Europe/Paris';

export function emptyInvitation(language: 'fr' | 'en'): InvitationDraft {
  return { email: '', displayName: '', language, timeZone: defaultTimeZone, roles: [], teamId: '' };
}

/** A light check before sending: the API has the last word, this only spares a round trip for the obvious. */
export function checkInvitation(draft: InvitationDraft): Partial<Record<'email' | 'displayName', ClientError>> {
  const errors: Partial<Record<'email' | 'displayName', ClientError>> = {};
  const email = draft.email.trim();
  if (!email) errors.email = 'required';
  else if (!/^[^\s@]+@[^\s@]+$/.test(email)) errors.email = 'email';
  if (!draft.displayName.trim()) errors.displayName = 'required';
  return errors;
}

export function invitationBody(draft: InvitationDraft) {
  return {
    email: draft.email.trim(),
    displayName: draft.displayName.trim(),
    roles: draft.roles,
    language: draft.language,
    timeZone: draft.timeZone,
    teamId: draft.teamId || null,
  };
}

export interface TeamDraft {
  name: string;
  managerId: string;
  parentTeamId: string;
}

export function teamDraft(team?: { name: string; managerId?: string | null; parentTeamId?: string | null } | null): TeamDraft {
  return { name: team?.name ?? '', managerId: team?.managerId ?? '', parentTeamId: team?.parentTeamId ?? '' };
}

export function teamBody(draft: TeamDraft) {
  return { name: draft.name.trim(), managerId: draft.managerId || null, parentTeamId: draft.parentTeamId || null };
}

export interface RoleDraft {
  name: string;
  permissions: string[];
  requiresMfa: boolean;
}

export function roleDraft(role?: { name: string; permissions: readonly string[]; requiresMfa: boolean } | null): RoleDraft {
  return { name: role?.name ?? '', permissions: [...(role?.permissions ?? [])].sort(), requiresMfa: role?.requiresMfa ?? false };
}

export function roleBody(draft: RoleDraft) {
  return { name: draft.name.trim(), permissions: draft.permissions, requiresMfa: draft.requiresMfa };
}

/** The record types whose chosen scope differs from the saved one, in the saved rules' order. */
export function changedRules(saved: readonly { recordType: string; scope: string }[], draft: Readonly<Record<string, string>>) {
  return saved
    .filter((rule) => draft[rule.recordType] !== undefined && draft[rule.recordType] !== rule.scope)
    .map((rule) => ({ recordType: rule.recordType, scope: draft[rule.recordType]! }));
}
