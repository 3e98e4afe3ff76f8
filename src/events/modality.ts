import type { EventToken } from './event-tokens.js';

/** Negation and modality words of a language, as folded-word sets. */
export interface ModalityWords {
  negationMarkers: ReadonlySet<string>;
  negationClosers: ReadonlySet<string>;
  negationStandalone: ReadonlySet<string>;
  modality: ReadonlySet<string>;
}

/** Words before a cue that can negate or hedge it ("n'a pas signé", "did not", "may"). */
const LOOK_BEHIND = 4;

/** "n'a pas signé", "ne signera jamais", "did not sign", "never agreed": the cue is negated. */
export function isNegated(
  tokens: readonly EventToken[],
  zoneFirst: number,
  cueFirst: number,
  words: ModalityWords,
): boolean {
  const from = Math.max(zoneFirst, cueFirst - LOOK_BEHIND);
  for (let i = from; i < cueFirst; i++) {
    const fold = tokens[i]!.fold;
    if (words.negationStandalone.has(fold)) return true;
    if (words.negationMarkers.has(fold)) {
      for (let j = i + 1; j <= cueFirst + 2 && j < tokens.length; j++) {
        if (words.negationClosers.has(tokens[j]!.fold)) return true;
      }
    }
  }
  return false;
}

/** "pourrait signer", "envisage de", "may", "plans to": the cue is hypothetical. */
export function isHypothetical(
  tokens: readonly EventToken[],
  zoneFirst: number,
  cueFirst: number,
  words: ModalityWords,
): boolean {
  for (let i = Math.max(zoneFirst, cueFirst - LOOK_BEHIND); i < cueFirst; i++) {
    if (words.modality.has(tokens[i]!.fold)) return true;
  }
  return false;
}
