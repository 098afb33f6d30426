import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import fr from './locales/fr.json';

/** The languages of the UI. */
export const UI_LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'fr', label: 'Français' },
] as const;

/** A UI language code. */
export type UiLanguage = (typeof UI_LANGUAGES)[number]['code'];

const STORAGE_KEY = 'verdict.language';

/** The language to start in: the one chosen in settings, else the browser's, else English. */
export function initialLanguage(): UiLanguage {
  const chosen = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (chosen === 'en' || chosen === 'fr') return chosen;
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  return browser.some((language) => language.toLowerCase().startsWith('fr')) ? 'fr' : 'en';
}

/** Switches the UI language and remembers the choice in this browser. */
export async function chooseLanguage(language: UiLanguage): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await i18next.changeLanguage(language);
}

/**
 * The app's i18next instance. Keys are the English text itself (no key separators), so English
 * needs no resource file and a missing French string falls back to readable English.
 */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: initialLanguage(),
  fallbackLng: 'en',
  resources: { fr: { translation: fr } },
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false },
  returnEmptyString: false,
});

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
});
document.documentElement.lang = i18n.language;
