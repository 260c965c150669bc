import type { components } from '../../api/schema';

export type ApiToken = components['schemas']['ApiTokenResponse'];
export type TokenStatus = 'active' | 'expired' | 'revoked';

/** Whether a token still opens the API: revoked wins over expired. */
export function tokenStatus(token: Pick<ApiToken, 'expiresAtUtc' | 'revokedAtUtc'>, now: Date = new Date()): TokenStatus {
  if (token.revokedAtUtc) return 'revoked';
  return new Date(token.expiresAtUtc).getTime() <= now.getTime() ? 'expired' : 'active';
}

export const defaultExpiryDays = 90;
export const maxExpiryDays = 366;

/** The lifetime typed in the form: empty means the default; a whole number from 1 to 366, else null (not valid). */
export function parseExpiryDays(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return defaultExpiryDays;
  if (!/^\d+$/.test(trimmed)) return null;
  const days = Number(trimmed);
  return days >= 1 && days <= maxExpiryDays ? days : null;
}

/** Adds or removes one permission, keeping the order in which the permissions are offered. */
export function toggleScope(selected: readonly string[], scope: string, on: boolean, offered: readonly string[]): string[] {
  const next = new Set(selected);
  if (on) next.add(scope);
  else next.delete(scope);
  return offered.filter((s) => next.has(s));
}
