import type { ArticleRecord } from '../records/article.js';
import type { TagHint } from '../syntax/types.js';
import { foldWord } from '../entities/fold.js';
import type { EventGrammar } from './event-lexicon.js';

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Longest first, so that "l'" is tried before "le" and "les" before "le"; either apostrophe. */
const alternation = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => escape(word).replace(/'/gu, "['’]"))
    .join('|');

type ClauseShape = NonNullable<EventGrammar['participleClauses']>;

/** The pattern of a language's shape, built once: clitic, participle, marker, infinitive. */
const patterns = new WeakMap<ClauseShape, RegExp>();

function clausePattern(shape: ClauseShape): RegExp {
  let pattern = patterns.get(shape);
  if (!pattern) {
    const clitics = alternation(shape.clitics);
    const markers = alternation(shape.markers);
    pattern = new RegExp(
      `(?<![\\p{L}\\p{N}'’])(${clitics})\\s*(\\p{L}+)[ \\t]+(${markers})\\s*(\\p{L}+)`,
      'giu',
    );
    patterns.set(shape, pattern);
  }
  return pattern;
}

/**
 * "…, les accusant de soutenir…", "en l'exhortant à cesser…": an object clitic, a present participle
 * and an infinitive it governs. The clitic is a pronoun and the participle a verb, though a tagger
 * trained on treebank prose reads "les accusant" as a determiner and a noun, which hides the verb's
 * cue and what it governs.
 */
export function participleTagHints(
  record: ArticleRecord,
  shape: EventGrammar['participleClauses'],
): TagHint[] {
  if (!shape || shape.clitics.length === 0) return [];
  const pattern = clausePattern(shape);
  const hints: TagHint[] = [];
  for (const match of record.text.matchAll(pattern)) {
    const [, clitic, participle, , infinitive] = match as unknown as [string, string, string, string, string];
    const participleFold = foldWord(participle);
    const infinitiveFold = foldWord(infinitive);
    if (
      !shape.endings.some(
        (ending) => participleFold.endsWith(ending) && participleFold.length > ending.length + 2,
      )
    )
      continue;
    if (!shape.infinitiveEndings.some((ending) => infinitiveFold.endsWith(ending))) continue;
    const cliticStart = match.index;
    const participleStart = match.index + match[0].indexOf(participle, clitic.length);
    hints.push({ start: cliticStart, end: cliticStart + clitic.length, upos: 'PRON' });
    hints.push({ start: participleStart, end: participleStart + participle.length, upos: 'VERB' });
  }
  return hints;
}
