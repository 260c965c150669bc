export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];

export function isLanguage(value: unknown): value is Language {
  return value === 'fr' || value === 'en';
}

const storageKey = 'crm.language';

/** Before sign-in: the language chosen last on this browser, else the browser's own, else French. */
export function initialLanguage(stored: string | null = safeStorage()?.getItem(storageKey) ?? null,
  browserLocales: readonly string[] = navigator.languages): Language {
  if (isLanguage(stored)) return stored;
  for (const locale of browserLocales) {
    const language = locale.toLowerCase().split('-')[0];
    if (isLanguage(language)) return language;
  }
  return 'fr';
}

export function rememberLanguage(language: Language) {
  safeStorage()?.setItem(storageKey, language);
}

function safeStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
