/** The quota grid's rules apart from the screen: its months, its rows and what a typed cell asks of the API. */
import type { components } from '../../api/schema';
import { amountText, parseAmount } from '../deals/dealDraft';

export type Quota = components['schemas']['QuotaResponse'];

/** The twelve months of a year as the API names them: 2027-01 … 2027-12. */
export function monthsOf(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

export const cellKey = (userId: string, period: string) => `${userId}|${period}`;

/** The quotas by user and month. */
export function quotaCells(quotas: readonly Quota[]): Map<string, Quota> {
  return new Map(quotas.map((q) => [cellKey(q.userId, q.period), q]));
}

/** The currency most of the year's quotas are in, for the quotas typed next; `fallback` when there is none yet. */
export function gridCurrency(quotas: readonly Quota[], fallback: string): string {
  const counts = new Map<string, number>();
  for (const q of quotas) counts.set(q.amount.currency, (counts.get(q.amount.currency) ?? 0) + 1);
  return [...counts.entries()].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0]?.[0] ?? fallback;
}

/** A quota as its cell shows it: the amount in the reader's way of writing numbers, no grouping; blank for none. */
export function cellText(quota: Quota | undefined, locale: string): string {
  return quota ? amountText(quota.amount.amount, locale) : '';
}

export type QuotaChange =
  | { kind: 'none' }
  | { kind: 'invalid' }
  | { kind: 'remove' }
  | { kind: 'set'; amount: number; currency: string };

/**
 * What a cell typed into asks for: nothing when it says what is saved, removing the quota when emptied or set to 0,
 * else setting it: a saved quota keeps its currency, a new one takes the grid's (`currency`).
 */
export function quotaChange(text: string, saved: Quota | undefined, currency: string): QuotaChange {
  const amount = parseAmount(text);
  if (Number.isNaN(amount)) return { kind: 'invalid' };
  if (amount === null || amount === 0) return saved ? { kind: 'remove' } : { kind: 'none' };
  if (saved && saved.amount.amount === amount) return { kind: 'none' };
  return { kind: 'set', amount, currency: saved?.amount.currency ?? currency };
}

export interface QuotaRow {
  userId: string;
  name: string;
}

/** The users the grid lists, by name: the active ones, and inactive ones that still hold a quota this year. */
export function quotaRows(
  users: readonly { id: string; displayName: string; isActive: boolean }[], quotas: readonly Quota[], locale: string,
): QuotaRow[] {
  const holders = new Set(quotas.map((q) => q.userId));
  return users
    .filter((u) => u.isActive || holders.has(u.id))
    .map((u) => ({ userId: u.id, name: u.displayName }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** A user's quotas for the year, summed per currency (never across currencies). */
export function yearTotals(quotas: readonly Quota[], userId: string): { amount: number; currency: string }[] {
  const sums = new Map<string, number>();
  for (const q of quotas) {
    if (q.userId === userId) sums.set(q.amount.currency, Math.round(((sums.get(q.amount.currency) ?? 0) + q.amount.amount) * 100) / 100);
  }
  return [...sums.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ amount, currency }));
}
