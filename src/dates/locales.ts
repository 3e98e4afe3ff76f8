import type { Chrono } from 'chrono-node';
import { createEnglishChrono } from './en/chrono.js';
import { createFrenchChrono } from './fr/chrono.js';

/** Languages with a date parser. */
export type DateLanguage = 'fr' | 'en';

const instances = new Map<DateLanguage, Chrono>();

/** The configured chrono instance of a language, built on first use. */
export function chronoFor(language: DateLanguage): Chrono {
  let instance = instances.get(language);
  if (!instance) {
    instance = language === 'fr' ? createFrenchChrono() : createEnglishChrono();
    instances.set(language, instance);
  }
  return instance;
}
