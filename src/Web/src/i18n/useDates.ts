import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '../api/session';
import { formatDate, formatDateTime, localeFor } from './format';
import { isLanguage } from './languages';

/** Dates in the interface language and the user's own time zone. */
export function useDates() {
  const { i18n } = useTranslation();
  const me = useSignedInUser();
  const locale = localeFor(isLanguage(i18n.language) ? i18n.language : 'en');
  return {
    dateTime: (iso: string) => formatDateTime(iso, locale, me.timeZone),
    date: (iso: string) => formatDate(iso, locale, me.timeZone),
  };
}
