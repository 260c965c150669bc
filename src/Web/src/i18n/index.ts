import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from './common';
import auth from '../features/auth/i18n';
import home from '../features/home/i18n';
import contacts from '../features/contacts/i18n';
import profile from '../features/profile/i18n';
import admin from '../features/admin/i18n';
import { initialLanguage, rememberLanguage, type Language } from './languages';

// One namespace per feature; a feature's texts live beside its screens, English first and French typed against it.
const namespaces = { common, auth, home, contacts, profile, admin };

export function initI18n() {
  const language = initialLanguage();
  document.documentElement.lang = language;
  return i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    defaultNS: 'common',
    ns: Object.keys(namespaces),
    resources: {
      en: Object.fromEntries(Object.entries(namespaces).map(([ns, texts]) => [ns, texts.en])),
      fr: Object.fromEntries(Object.entries(namespaces).map(([ns, texts]) => [ns, texts.fr])),
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export async function switchLanguage(language: Language) {
  rememberLanguage(language);
  document.documentElement.lang = language;
  if (i18next.language !== language) await i18next.changeLanguage(language);
}
