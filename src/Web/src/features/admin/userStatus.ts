/** Where an account stands, as the users table shows it. */
export type UserStatus = 'active' | 'deactivated' | 'pending';

/**
 * A deactivated account is shown as such whatever else is true; an active one without a password has not accepted
 * its invitation yet.
 */
export function userStatus(user: { isActive: boolean; hasPassword: boolean }): UserStatus {
  if (!user.isActive) return 'deactivated';
  return user.hasPassword ? 'active' : 'pending';
}

/** How a user is named in tables, selects and button names: the display name, else the email, never empty. */
export function userLabel(user: { displayName?: string | null; email?: string | null }): string {
  return user.displayName?.trim() || user.email?.trim() || '—';
}

/** Sorts by label in the interface's locale, so "Émile" sits next to "Emma". */
export function byLabel<T>(items: readonly T[], label: (item: T) => string, locale?: string): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...items].sort((a, b) => collator.compare(label(a), label(b)));
}
