import type { Language } from './languages';

/**
 * The Intl locale for the interface language: the browser's own variant when it speaks that language (fr-CA, en-US),
 * else the one this CRM's first market uses (fr-FR, en-GB).
 */
export function localeFor(language: Language, browserLocales: readonly string[] = navigator.languages): string {
  const own = browserLocales.find((l) => l.toLowerCase().split('-')[0] === language);
  return own ?? (language === 'fr' ? 'fr-FR' : 'en-GB');
}

// Making a formatter costs far more than using one (a list of 50 dates would make 50): each is made once.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function formatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let made = formatters.get(key) as T | undefined;
  if (!made) {
    made = make();
    formatters.set(key, made);
  }
  return made;
}

/** A UTC instant from the API shown in the user's time zone (their profile's, not the browser's). */
export function formatDateTime(iso: string, locale: string, timeZone: string): string {
  return formatter(`dt|${locale}|${timeZone}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }))
    .format(new Date(iso));
}

export function formatDate(iso: string, locale: string, timeZone: string): string {
  return formatter(`d|${locale}|${timeZone}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone })).format(new Date(iso));
}

export function formatNumber(value: number, locale: string): string {
  return formatter(`n|${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** A share between 0 and 1 as a whole percentage in the reader's locale: 0.9 is "90%" in English, "90 %" in French. */
export function formatPercent(share: number, locale: string): string {
  return formatter(`p|${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 })).format(share);
}

/** Money as the API carries it: `{ amount, currency }`, the amount a decimal string or number. */
export function formatMoney(money: { amount: number | string; currency: string }, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(Number(money.amount));
}

/** Every IANA zone the browser knows, for the time zone picker; the user's own first when missing from the list. */
export function timeZones(current?: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return current && !known.includes(current) ? [current, ...known] : known;
}
