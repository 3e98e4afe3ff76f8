import type { TokenizedSentence } from './types.js';

/**
 * The same sentences, each cut at the given offsets: a sentence whose tokens lie on both sides of
 * an offset becomes two. Used for the datelines that open agency paragraphs ("Hanoï, 8 août (VNA) –
 * Le Vietnam a…"): the treebanks have none, and a parser that reads "–" as the main verb of the
 * sentence gives every argument of it a wrong head.
 */
export function cutSentences(
  sentences: readonly TokenizedSentence[],
  offsets: readonly number[],
): TokenizedSentence[] {
  if (offsets.length === 0) return [...sentences];
  const cuts = [...new Set(offsets)].sort((a, b) => a - b);
  const result: TokenizedSentence[] = [];
  for (const sentence of sentences) {
    let tokens = sentence.tokens;
    for (const cut of cuts) {
      if (cut <= sentence.start || cut >= sentence.end) continue;
      const before = tokens.filter((token) => token.end <= cut);
      if (before.length === 0 || before.length === tokens.length) continue;
      result.push({ start: before[0]!.start, end: before[before.length - 1]!.end, tokens: before });
      tokens = tokens.slice(before.length);
    }
    if (tokens.length > 0)
      result.push({ start: tokens[0]!.start, end: tokens[tokens.length - 1]!.end, tokens });
  }
  return result;
}
