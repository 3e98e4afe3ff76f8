import type { ArticleRecord } from '../records/article.js';
import type { TagHint } from '../syntax/types.js';
import { foldWord } from '../entities/fold.js';

/** The language's words for `infinitiveVerbTagHints` (folded). */
export interface VerbsBeforeInfinitive {
  /** Base forms that are also nouns and take a marked infinitive as verbs ("wish", "hope", "plan"). */
  forms: string[];
  /** The infinitive's mark ("to"). */
  mark: string;
  /** Words shaped like plural nouns that are not ("his", "this", "was"). */
  notPlurals: string[];
}

const WORD = /\p{L}+/gu;

/** Only spaces between two words. */
const SPACES = /^[ \t]+$/u;

/** A regular plural noun's shape: "-s" after a letter other than "s", "u" or "i" ("bus", "crisis"). */
const PLURAL = /\p{L}{2}[^siu\P{L}]s$/u;

/**
 * "Vietnamese businesses aim to export…", "several enterprises wish to send…": a base form that is
 * also a noun, right after a plural noun and before a marked infinitive, is the plural subject's
 * verb. A tagger reads "businesses aim" as a compound noun, and the infinitive as the noun's
 * clause, so the act below it loses the modality ("wish to") that keeps it a plan.
 */
export function infinitiveVerbTagHints(
  record: ArticleRecord,
  words: VerbsBeforeInfinitive | undefined,
): TagHint[] {
  if (!words) return [];
  const forms = new Set(words.forms);
  const notPlurals = new Set(words.notPlurals);
  const hints: TagHint[] = [];
  const found = [...record.text.matchAll(WORD)];
  // A word, a base form, the mark, and the word after it, spaces only between them.
  const joined = (i: number): boolean =>
    SPACES.test(record.text.slice(found[i]!.index + found[i]![0].length, found[i + 1]!.index));
  for (let i = 0; i + 3 < found.length; i += 1) {
    const [subject, verb, mark] = [found[i]![0], found[i + 1]![0], found[i + 2]![0]];
    const folded = foldWord(subject);
    if (!PLURAL.test(folded) || notPlurals.has(folded)) continue;
    if (!forms.has(foldWord(verb)) || foldWord(mark) !== words.mark) continue;
    if (!joined(i) || !joined(i + 1) || !joined(i + 2)) continue;
    const start = found[i + 1]!.index;
    hints.push({ start, end: start + verb.length, upos: 'VERB' });
  }
  return hints;
}
