import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../api/session';
import { formatDate, formatDateTime, localeFor } from './format';
import { isLanguage } from './languages';

/** The Intl locale of the interface language. */
export function useLocale(): string {
  const { i18n } = useTranslation();
  return localeFor(isLanguage(i18n.language) ? i18n.language : 'en');
}

/** Dates in the interface language and the user's own time zone. */
export function useDates() {
  const locale = useLocale();
  const me = useSignedInUser();
  return {
    dateTime: (iso: string) => formatDateTime(iso, locale, me.timeZone),
    date: (iso: string) => formatDate(iso, locale, me.timeZone),
  };
}
