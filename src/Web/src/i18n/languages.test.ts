import { describe, expect, it } from 'vitest';
import { initialLanguage } from './languages';
import { formatDateTime, formatMoney, formatPercent, localeFor } from './format';

describe('initialLanguage', () => {
  it('prefers the language chosen last on this browser', () => {
    expect(initialLanguage('en', ['fr-FR'])).toBe('en');
  });

  it('then the first browser language the app speaks, else French', () => {
    expect(initialLanguage(null, ['de-DE', 'en-US', 'fr-FR'])).toBe('en');
    expect(initialLanguage('xx', ['de-DE'])).toBe('fr');
  });
});

describe('formatting', () => {
  it('uses the browser variant of the interface language, else the French market one', () => {
    expect(localeFor('en', ['en-US', 'fr-FR'])).toBe('en-US');
    expect(localeFor('en', ['fr-FR'])).toBe('en-GB');
    expect(localeFor('fr', ['de-DE'])).toBe('fr-FR');
  });

  it('shows an instant in the user’s time zone, across the daylight-saving change', () => {
    expect(formatDateTime('2026-03-29T00:30:00Z', 'fr-FR', 'Europe/Paris')).toMatch(/01:30/);
    expect(formatDateTime('2026-03-29T01:30:00Z', 'fr-FR', 'Europe/Paris')).toMatch(/03:30/);
    expect(formatDateTime('2026-03-29T01:30:00Z', 'en-GB', 'America/New_York')).toMatch(/21:30/);
  });

  it('writes money in the locale’s way', () => {
    expect(formatMoney({ amount: '1234.5', currency: 'EUR' }, 'fr-FR').replace(/\s/g, ' ')).toBe('1 234,50 €');
    expect(formatMoney({ amount: 1234.5, currency: 'EUR' }, 'en-GB')).toBe('€1,234.50');
  });

  it('writes a share as a whole percentage in the locale’s way', () => {
    expect(formatPercent(0.9, 'en-GB')).toBe('90%');
    expect(formatPercent(1, 'fr-FR').replace(/\s/g, ' ')).toBe('100 %');
    expect(formatPercent(0.705, 'en-GB')).toBe('71%');
  });
});
