import { readFileSync } from 'node:fs';
import type { SyntaxLanguage } from '../types.js';

/** What the tokenizer knows about one language (`lang/<code>/syntax-tokens.json`). */
export interface TokenLexicon {
  language: SyntaxLanguage;
  /** Words whose following dot is part of them and never ends a sentence ("M.", "Dr.", "vs."). */
  prefixAbbreviations: ReadonlySet<string>;
  /** Words whose dot is part of them mid-sentence but may end a sentence ("etc.", "Inc."). */
  abbreviations: ReadonlySet<string>;
  /** Words that clearly open a sentence after an acronym or an initial ("U.S. The …"). */
  sentenceStarters: ReadonlySet<string>;
  /** Lower-case elided words cut off with their apostrophe ("l", "qu" → "l'", "qu'"). */
  elisions: ReadonlySet<string>;
  /** Lower-case pronouns cut off with their hyphen after a verb ("il", "t-il" → "-il", "-t-il"). */
  hyphenClitics: ReadonlySet<string>;
  /** Lower-case words kept whole although they contain an elision or a clitic ("aujourd'hui"). */
  wholeWords: ReadonlySet<string>;
  /** Hyphens are tokens of their own ("two" "-" "state", English EWT) except after `hyphenPrefixes`. */
  splitHyphens: boolean;
  /** Lower-case prefixes that keep their hyphenated word whole ("non", "e" → "non-binding", "e-mail"). */
  hyphenPrefixes: ReadonlySet<string>;
  /** Units cut off a number glued to them ("h", "km" → "20" "h" "30", "160" "km"). */
  numberUnits: ReadonlySet<string>;
  /** "500 000" is one number (French typography). */
  groupDigitsWithSpaces: boolean;
  /** ". i think": a lower-case word after ".", "!", "?" starts a sentence (English web text, EWT). */
  lowercaseMayStartSentence: boolean;
  /** "kids'" keeps its possessive apostrophe (English). */
  possessiveApostrophe: boolean;
}

const LANG_DIR = new URL('../../../lang/', import.meta.url);
const cache = new Map<SyntaxLanguage, TokenLexicon>();

function stringList(data: Record<string, unknown>, field: string, file: string): string[] {
  const value = data[field] ?? [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
    throw new Error(`${file}: "${field}" must be a list of strings`);
  return value as string[];
}

/** Validate the parsed JSON of a `syntax-tokens.json` file; throws naming the file and the field. */
export function parseTokenLexicon(language: SyntaxLanguage, data: unknown, file: string): TokenLexicon {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new Error(`${file}: expected a JSON object`);
  const record = data as Record<string, unknown>;
  const list = (field: string): ReadonlySet<string> => new Set(stringList(record, field, file));
  const lower = (field: string): ReadonlySet<string> =>
    new Set(stringList(record, field, file).map((word) => word.toLowerCase()));
  return {
    language,
    prefixAbbreviations: list('prefixAbbreviations'),
    abbreviations: list('abbreviations'),
    sentenceStarters: list('sentenceStarters'),
    elisions: lower('elisions'),
    hyphenClitics: lower('hyphenClitics'),
    wholeWords: new Set([...lower('wholeWords')].map(normalizeApostrophes)),
    splitHyphens: record.splitHyphens === true,
    hyphenPrefixes: lower('hyphenPrefixes'),
    numberUnits: list('numberUnits'),
    groupDigitsWithSpaces: record.groupDigitsWithSpaces === true,
    possessiveApostrophe: record.possessiveApostrophe === true,
    lowercaseMayStartSentence: record.lowercaseMayStartSentence === true,
  };
}

/** The lexicon of a language, read once per process. */
export function loadTokenLexicon(language: SyntaxLanguage): TokenLexicon {
  let lexicon = cache.get(language);
  if (lexicon === undefined) {
    const url = new URL(`${language}/syntax-tokens.json`, LANG_DIR);
    const file = `lang/${language}/syntax-tokens.json`;
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(url, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: ${(error as Error).message}`);
    }
    lexicon = parseTokenLexicon(language, data, file);
    cache.set(language, lexicon);
  }
  return lexicon;
}

/** Typographic apostrophes compare as the ASCII one ("aujourd’hui" = "aujourd'hui"). */
export function normalizeApostrophes(word: string): string {
  return word.replace(/[’ʼ]/gu, "'");
}
