// The UI's languages (src/ui/i18n), base code: i18next set up with the English keys and the French
// resources in locales/.
import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';

/** The languages of the UI. */
export const UI_LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'fr', label: 'Français' },
] as const;

/** A UI language code. */
export type UiLanguage = (typeof UI_LANGUAGES)[number]['code'];

/** The locale that dates and numbers are written in, per UI language. */
const LOCALES: Record<UiLanguage, string> = { en: 'en-GB', fr: 'fr-FR' };

const STORAGE_KEY = 'verdict.language';

/** The language chosen in settings, if this browser lets the page read it. */
function storedLanguage(): string | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  } catch {
    // Site data blocked: the app still opens (and explains what it cannot do) in a language.
    return null;
  }
}

/** The language to start in: the one chosen in settings, else the browser's, else English. */
export function initialLanguage(): UiLanguage {
  const chosen = storedLanguage();
  if (chosen === 'en' || chosen === 'fr') return chosen;
  const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
  return browser.some((language) => language.toLowerCase().startsWith('fr')) ? 'fr' : 'en';
}

/** Switches the UI language and remembers the choice in this browser (when it can). */
export async function chooseLanguage(language: UiLanguage): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered where site data is blocked; it still applies to this page.
  }
  // French that failed to load (offline before the app was cached, say) is asked for again.
  if (language === 'fr' && !i18n.hasResourceBundle('fr', 'translation')) {
    await i18n.reloadResources('fr');
    // Still missing: the page stays in its language; the choice is kept for the next start.
    if (!i18n.hasResourceBundle('fr', 'translation')) return;
  }
  await i18n.changeLanguage(language);
}

/**
 * Marks an English text as a UI message without translating it yet: for labels kept in
 * module-level constants and translated with `t()` where they are shown. The i18n test finds
 * the literal keys of `t()` and `msg()` calls alike.
 */
export const msg = <T extends string>(key: T): T => key;

/*
 * Values are user text (titles, names, file names, quotes and ids from imported files) and show
 * verbatim. i18next interpolates each placeholder of a message once (`skipOnVariables`), so a
 * value holding `{{count}}` stays as it is, and does not nest a `$t(…)` that a value brings in.
 * react-i18next's Trans escapes values before it reads the tags (a value `<strong>x</strong>`
 * stays text), then interpolates the text between the tags a second time with the same values;
 * the escape below also writes braces as entities, so that second pass finds no placeholder in a
 * value, and `unescape` turns them back. Messages themselves write characters, not entities.
 */
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '{': '&#123;',
  '}': '&#125;',
};
const CHARACTERS = Object.fromEntries(Object.entries(ENTITIES).map(([char, name]) => [name, char]));
const escapeValue = (value: string): string => value.replace(/[&<>"'{}]/g, (c) => ENTITIES[c]!);
const unescapeText = (text: string): string =>
  text.replace(/&(?:amp|lt|gt|quot|#39|#123|#125);/g, (name) => CHARACTERS[name]!);

/**
 * The app's i18next instance. Keys are the English text itself (no key separators), so English
 * needs no resource file and a missing French string falls back to readable English. The English
 * resource holds only the plural forms (`_one`, `_other`) of keys used with a `count`.
 */
export const i18n = i18next.createInstance();

/**
 * The French resources load with the first use of French (at startup when it is the language
 * to start in, or when it is chosen), in a chunk of their own: an English page does not load
 * them. i18next waits for them before it says the language changed.
 */
const frenchOnDemand: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read: (language, _namespace, callback) => {
    if (language !== 'fr') return callback(null, {});
    import('./locales/fr.json').then(
      (french) => callback(null, french.default as ResourceKey),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/** Settles once the language to start in is ready (its resources loaded): render after it. */
export const i18nReady: Promise<unknown> = i18n
  .use(frenchOnDemand)
  .use(initReactI18next)
  .init({
    lng: initialLanguage(),
    fallbackLng: 'en',
    supportedLngs: ['en', 'fr'],
    resources: { en: { translation: en } },
    // English is bundled; the backend brings French.
    partialBundledLanguages: true,
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false, escape: escapeValue, skipOnVariables: true },
    react: { unescape: unescapeText },
    returnEmptyString: false,
  });

// French messages that cannot load leave the page in English, and say so: `lang` follows.
i18n.on('failedLoading', (language) => {
  if (language === 'fr' && i18n.language === 'fr') void i18n.changeLanguage('en');
});

/** The UI language now ('en' until i18next says otherwise). */
export function uiLanguage(): UiLanguage {
  return i18n.resolvedLanguage === 'fr' ? 'fr' : 'en';
}

/** The locale of the UI language (fr-FR or en-GB), for dates and numbers. */
export function uiLocale(): string {
  return LOCALES[uiLanguage()];
}

if (typeof document !== 'undefined') {
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  document.documentElement.lang = i18n.language;
}
