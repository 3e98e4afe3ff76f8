import { foldWord } from '../entities/fold.js';

/** One position of a cue pattern: any of its alternatives, or a gap of a few words. */
export type PatternElement =
  { kind: 'gap' } | { kind: 'alternatives'; words: ReadonlySet<string>; prefixes: string[] };

/** Largest number of words a `_` gap may skip. */
export const MAX_GAP_WORDS = 6;

/**
 * Compile a pattern written as in the lexicons: space-separated positions, `a|b` alternatives,
 * `stem*` prefixes, `@lemma` (the lemma's forms), `_` a gap. Apostrophes and hyphens split words
 * exactly as the text tokenizer does ("d'accord" = "d accord").
 */
export function compilePattern(
  pattern: string,
  lemmaForms: (lemma: string) => string[] | undefined,
): PatternElement[] {
  const elements: PatternElement[] = [];
  const positions = pattern.split(/\s+/u).flatMap((position) => {
    if (position.includes('@')) return [position];
    const words = position.split(/['’\u2011-]/u);
    // "sous-marins" among alternatives would split the whole list into two positions ("s'" is fine).
    if (words.filter((word) => word !== '').length > 1 && position.includes('|'))
      throw new Error(
        `hyphenated or elided word among alternatives in pattern "${pattern}": give it a row of its own`,
      );
    return words;
  });
  for (const position of positions) {
    if (position === '') continue;
    if (position === '_') {
      elements.push({ kind: 'gap' });
      continue;
    }
    const words = new Set<string>();
    const prefixes: string[] = [];
    for (const alternative of position.split('|')) {
      if (alternative.startsWith('@')) {
        const forms = lemmaForms(alternative.slice(1));
        if (!forms) throw new Error(`unknown lemma ${alternative} in pattern "${pattern}"`);
        for (const form of forms) words.add(foldWord(form));
      } else if (alternative.endsWith('*')) {
        prefixes.push(foldWord(alternative.slice(0, -1)));
      } else if (alternative !== '') {
        words.add(foldWord(alternative));
      }
    }
    elements.push({ kind: 'alternatives', words, prefixes });
  }
  return elements;
}

const CAPITALISED = /^\p{Lu}/u;

/**
 * Whether a token fills a pattern position. A prefix does not match a capitalised word inside a
 * sentence: "ask*" must not read the name "Askar" as a request.
 */
export function fillsPosition(
  element: PatternElement,
  token: { fold: string; raw: string },
  sentenceStart: boolean,
): boolean {
  if (element.kind === 'gap') return false;
  if (element.words.has(token.fold)) return true;
  if (!sentenceStart && CAPITALISED.test(token.raw)) return false;
  return element.prefixes.some((prefix) => token.fold.startsWith(prefix));
}
