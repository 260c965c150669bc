import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import common from './common';
import home from '../features/home/i18n';
import { initialLanguage, rememberLanguage, type Language } from './languages';

/** A feature's texts: English first, French typed against it. */
export interface Texts {
  en: object;
  fr: object;
}

export function initI18n() {
  const language = initialLanguage();
  document.documentElement.lang = language;
  return i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    defaultNS: 'common',
    // The shell's and the home page's texts come with the first download; the others with their screens.
    ns: ['common', 'home'],
    resources: { en: { common: common.en, home: home.en }, fr: { common: common.fr, home: home.fr } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

/**
 * Adds a feature's namespace when its first screen loads (see routes.tsx), so the first page downloads only the texts
 * of the shell and of that screen.
 */
export function addTexts(namespace: string, texts: Texts) {
  if (i18next.hasResourceBundle('en', namespace)) return;
  i18next.addResourceBundle('en', namespace, texts.en);
  i18next.addResourceBundle('fr', namespace, texts.fr);
}

export async function switchLanguage(language: Language) {
  rememberLanguage(language);
  document.documentElement.lang = language;
  if (i18next.language !== language) await i18next.changeLanguage(language);
}
