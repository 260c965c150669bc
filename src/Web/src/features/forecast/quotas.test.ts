import { describe, expect, it } from 'vitest';
import { cellText, gridCurrency, monthsOf, quotaCells, quotaChange, quotaRows, yearTotals, type Quota } from './quotas';

const quota = (userId: string, period: string, amount: number, currency = 'EUR', version = 1): Quota =>
  ({ userId, period, amount: { amount, currency }, updatedAtUtc: '2026-01-01T00:00:00Z', updatedBy: 'admin', version });

describe('quota grid', () => {
  it('lists the twelve months and finds each cell’s quota', () => {
    expect(monthsOf(2027)).toHaveLength(12);
    expect(monthsOf(2027)[0]).toBe('2027-01');
    expect(monthsOf(2027)[11]).toBe('2027-12');
    expect(quotaCells([quota('u1', '2027-03', 5)]).get('u1|2027-03')?.amount.amount).toBe(5);
  });

  it('types new quotas in the currency most quotas use', () => {
    expect(gridCurrency([quota('a', '2027-01', 1, 'USD'), quota('b', '2027-01', 1, 'EUR'), quota('c', '2027-01', 1, 'USD')], 'EUR')).toBe('USD');
    expect(gridCurrency([], 'EUR')).toBe('EUR');
  });

  it('shows amounts the reader’s way, without grouping', () => {
    expect(cellText(quota('u', '2027-01', 12500.5), 'fr-FR')).toBe('12500,50');
    expect(cellText(quota('u', '2027-01', 10000), 'en-GB')).toBe('10000');
    expect(cellText(undefined, 'en-GB')).toBe('');
  });

  it('sets, keeps or removes a quota from what was typed', () => {
    const saved = quota('u', '2027-01', 10000, 'USD');
    expect(quotaChange('12 500,50', undefined, 'EUR')).toEqual({ kind: 'set', amount: 12500.5, currency: 'EUR' });
    expect(quotaChange('12000', saved, 'EUR')).toEqual({ kind: 'set', amount: 12000, currency: 'USD' });
    expect(quotaChange('10,000', saved, 'EUR')).toEqual({ kind: 'none' });
    expect(quotaChange('', saved, 'EUR')).toEqual({ kind: 'remove' });
    expect(quotaChange('0', saved, 'EUR')).toEqual({ kind: 'remove' });
    expect(quotaChange('', undefined, 'EUR')).toEqual({ kind: 'none' });
    expect(quotaChange('a lot', saved, 'EUR')).toEqual({ kind: 'invalid' });
  });

  it('lists active users and those still holding a quota, by name', () => {
    const users = [
      { id: 'z', displayName: 'Zoé', isActive: true }, { id: 'gone', displayName: 'Gone', isActive: false },
      { id: 'old', displayName: 'Old', isActive: false }, { id: 'a', displayName: 'Ana', isActive: true },
    ];
    expect(quotaRows(users, [quota('old', '2027-01', 1)], 'fr-FR').map((r) => r.userId)).toEqual(['a', 'old', 'z']);
  });

  it('sums a user’s year per currency', () => {
    const list = [quota('u', '2027-01', 0.1), quota('u', '2027-02', 0.2), quota('u', '2027-03', 5, 'USD'), quota('v', '2027-01', 7)];
    expect(yearTotals(list, 'u')).toEqual([{ amount: 0.3, currency: 'EUR' }, { amount: 5, currency: 'USD' }]);
  });
});
