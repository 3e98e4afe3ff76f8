import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** A language Entente analyses, as declared by `lang/<code>/language.json`. */
export interface SupportedLanguage {
  /** ISO 639-1 code, the value written to `record.language`. */
  code: string;
  name: string;
  /** Unicode script names (`\p{Script=…}`) the language is written in. */
  scripts: string[];
}

const LANG_DIR = new URL('../../lang/', import.meta.url);

/**
 * The analysed languages: every `lang/<code>/` folder holding a `language.json`, sorted by code,
 * so adding a language pack adds a language (a folder with page markers only does not).
 */
export function loadSupportedLanguages(langDir: URL = LANG_DIR): SupportedLanguage[] {
  const languages: SupportedLanguage[] = [];
  for (const code of readdirSync(langDir).sort()) {
    const file = new URL(`${code}/language.json`, langDir);
    if (!existsSync(file)) continue;
    const pack = JSON.parse(readFileSync(file, 'utf8')) as SupportedLanguage;
    if (pack.code !== code) throw new Error(`lang/${code}/language.json declares code "${pack.code}"`);
    languages.push(pack);
  }
  return languages;
}

/** The languages of the language packs in this repository. */
export const SUPPORTED_LANGUAGES: readonly SupportedLanguage[] = loadSupportedLanguages();

/** Whether `code` names an analysed language. */
export function isSupportedLanguage(code: string): boolean {
  return SUPPORTED_LANGUAGES.some((language) => language.code === code);
}
