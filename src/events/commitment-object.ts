import type { EventToken } from './event-tokens.js';

const MAX_OBJECT_WORDS = 12;
const INFINITIVE_MARKERS = new Set(['de', 'd', 'a', 'to']);
const FRENCH_INFINITIVE = /(er|ir|re|oir)$/u;
const STOP = new Set([',', ';', ':', '.', '!', '?', '(', ')', '«', '»']);

/**
 * The short object phrase of a commitment ("soutenir le transfert de technologies…"): from the
 * first infinitive after the cue to the next punctuation, at most a dozen words; otherwise the
 * words right after the cue.
 */
export function commitmentObject(
  tokens: readonly EventToken[],
  cueEnd: number,
  sentenceEnd: number,
  text: string,
): { text: string; start: number } | null {
  const limit = Math.min(sentenceEnd, cueEnd + 60);
  let from = cueEnd;
  for (let i = Math.max(0, cueEnd - 1); i + 1 < limit; i++) {
    const next = tokens[i + 1]!;
    if (
      INFINITIVE_MARKERS.has(tokens[i]!.fold) &&
      next.isWord &&
      (tokens[i]!.fold === 'to' || FRENCH_INFINITIVE.test(next.fold))
    ) {
      from = i + 1;
      break;
    }
  }
  let end = from;
  while (end < limit && end - from < MAX_OBJECT_WORDS && !STOP.has(tokens[end]!.raw)) end++;
  if (end === from) return null;
  return { text: text.slice(tokens[from]!.start, tokens[end - 1]!.end), start: tokens[from]!.start };
}
