/** The colleagues' directory, apart from the screen: names to show and people to offer. */
import type { components } from '../../api/schema';

export type Person = components['schemas']['DirectoryPersonResponse'];
export type DirectoryTeam = components['schemas']['DirectoryTeamResponse'];

/** A colleague's name, deactivated ones included (they still own old records); null when unknown or not readable. */
export function nameOf(people: readonly Person[] | undefined, id: string | null | undefined): string | null {
  return (id && people?.find((p) => p.id === id)?.displayName) || null;
}

/**
 * The people a picker offers, by name: the active ones, plus `keep` (the current value) even when deactivated, so that
 * opening a form never changes it silently.
 */
export function choosablePeople(people: readonly Person[], locale: string, keep?: string | null): Person[] {
  return people
    .filter((p) => p.isActive || p.id === keep)
    .sort((a, b) => a.displayName.localeCompare(b.displayName, locale));
}

export function teamsByName<T extends Pick<DirectoryTeam, 'name'>>(teams: readonly T[], locale: string): T[] {
  return [...teams].sort((a, b) => a.name.localeCompare(b.name, locale));
}
