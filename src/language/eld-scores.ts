import { eldDetect } from './eld-compact.js';

// The extra-small n-gram database: same accuracy as the larger ones on our dev figures
// (src/language/README.md) and half the start-up time of `medium`; eld-compact.ts holds it.

/** What the n-gram detector says about a text, over all the languages it knows. */
export interface DetectorVerdict {
  /** Best language (ISO 639-1), or "" when the detector found nothing to go on. */
  best: string;
  reliable: boolean;
  /** Score per language in [0, 1], highest first, ties by code. */
  scores: Array<[string, number]>;
}

/** Run eld on a text. */
export function eldVerdict(text: string): DetectorVerdict {
  const result = eldDetect(text);
  const scores = result.scores.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { best: result.language, reliable: result.reliable, scores };
}
