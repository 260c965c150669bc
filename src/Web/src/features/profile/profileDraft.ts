import type { components } from '../../api/schema';

type Me = components['schemas']['MeResponse'];
export type ProfileBody = components['schemas']['UpdateProfileEndpointRequest'];

/** What the profile form edits: the user's own name, language and time zone. */
export interface ProfileDraft {
  displayName: string;
  language: string;
  timeZone: string;
}

export function draftOf(me: Pick<Me, 'displayName' | 'language' | 'timeZone'>): ProfileDraft {
  return { displayName: me.displayName, language: me.language, timeZone: me.timeZone };
}

export function sameDraft(a: ProfileDraft, b: ProfileDraft): boolean {
  return a.displayName === b.displayName && a.language === b.language && a.timeZone === b.timeZone;
}

/**
 * The form's values after the saved profile changed to `next` (saved here, in the header's language switch, or in
 * another tab): an untouched form follows it, a form the user typed in keeps what they typed.
 */
export function followSavedProfile(draft: ProfileDraft, previous: ProfileDraft, next: ProfileDraft): ProfileDraft {
  return sameDraft(draft, previous) ? next : draft;
}

export function toProfileBody(draft: ProfileDraft): ProfileBody {
  return { displayName: draft.displayName.trim(), language: draft.language, timeZone: draft.timeZone };
}
