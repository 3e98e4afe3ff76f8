import { EN } from './messages/en.js';
import { FR } from './messages/fr.js';
import { VOCABULARY } from './messages/vocabulary.js';

/** Interface text in French and English; the language is chosen once and kept in localStorage. */
const MESSAGES = { fr: FR, en: EN } as const;

export type Locale = keyof typeof MESSAGES;
export type MessageKey = keyof typeof FR;
export type VocabularyKind = keyof (typeof VOCABULARY)['fr'];

function initialLocale(): Locale {
  const saved = globalThis.localStorage?.getItem('entente.locale');
  if (saved === 'fr' || saved === 'en') return saved;
  return navigator.language.startsWith('fr') ? 'fr' : 'en';
}

let locale: Locale = initialLocale();

export function currentLocale(): Locale {
  return locale;
}

export function setLocale(next: Locale): void {
  locale = next;
  localStorage.setItem('entente.locale', next);
  document.documentElement.lang = next;
}

/** The interface text for a key in the current language. */
export function t(key: MessageKey): string {
  return MESSAGES[locale][key];
}

/** The name of a coded value (`quad` 3, `mode` phone, `kind` request…), else the value itself. */
export function nameOf(kind: VocabularyKind, value: string | number): string {
  const names = VOCABULARY[locale][kind] as Record<string, string>;
  return names[String(value)] ?? String(value);
}
