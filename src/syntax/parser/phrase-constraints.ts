import { SHIFT, isLeft, type ParseState } from './parse-state.js';

/**
 * Phrases another stage knows to be one constituent with a known head ("US Ambassador to the
 * Philippines MaryKay Carlson", head "MaryKay"): word spans that must form one subtree whose head
 * alone is linked to the words outside it, either way (its own head, a relative clause on it). A
 * greedy parser left alone can hang the pieces of a long title and name on the verb as several
 * subjects; with the phrase known, the model still chooses the phrase's inner structure.
 */
export class PhraseConstraints {
  /** Phrase id of each position (1-based words; 0 = in no phrase, also for the root). */
  private readonly phraseOf: Int32Array;
  /** Whether a position is the head of its phrase. */
  private readonly isHead: Uint8Array;
  /** Words of each phrase other than its head still without a head: the head leaves last. */
  private readonly waiting: Int32Array;

  /**
   * `phrases`: [first, last, head] word positions (1-based, inclusive) of each phrase, for a
   * sentence of `size` words; a phrase overlapping an earlier one is left out.
   */
  constructor(size: number, phrases: ReadonlyArray<readonly [number, number, number]>) {
    this.phraseOf = new Int32Array(size + 2);
    this.isHead = new Uint8Array(size + 2);
    this.waiting = new Int32Array(phrases.length + 1);
    phrases.forEach(([first, last, head], index) => {
      if (first < 1 || last > size || head < first || head > last) return;
      for (let word = first; word <= last; word += 1) if (this.phraseOf[word] !== 0) return;
      this.phraseOf.fill(index + 1, first, last + 1);
      this.isHead[head] = 1;
      this.waiting[index + 1] = last - first;
    });
  }

  /** Record an arc made. */
  attached(dependent: number): void {
    const phrase = this.phraseOf[dependent] ?? 0;
    if (phrase !== 0 && this.isHead[dependent] === 0) this.waiting[phrase]! -= 1;
  }

  /** Whether attaching `dependent` to `head` keeps every phrase one subtree linked by its head. */
  allows(head: number, dependent: number): boolean {
    const inner = this.phraseOf[dependent] ?? 0;
    const outer = this.phraseOf[head] ?? 0;
    // Inside a phrase, its head depends on no word of it.
    if (inner === outer) return inner === 0 || this.isHead[dependent] === 0;
    // The head takes a head outside once every other word of its phrase hangs inside it.
    const leaves = inner === 0 || (this.isHead[dependent] === 1 && this.waiting[inner] === 0);
    return leaves && (outer === 0 || this.isHead[head] === 1);
  }

  /**
   * The best action the state and the phrases allow, or -1 when they allow none (a state the greedy
   * parser cannot leave otherwise: the caller then takes the best the state allows).
   */
  best(state: ParseState, scores: Float32Array | Int32Array, actions: number): number {
    const s0 = state.s(0);
    const leftOk = state.canLeft() && this.allows(state.front, s0);
    const rightOk = state.canRight() && this.allows(state.s(1), s0);
    let best = -1;
    let bestScore = -Infinity;
    // The head of a phrase stays in the buffer until the phrase's words before it hang on it.
    const front = state.front;
    const phrase = this.phraseOf[front] ?? 0;
    const holdsHead = phrase !== 0 && this.isHead[front] === 1 && this.phraseOf[s0] === phrase;
    if (state.canShift() && !holdsHead) {
      best = SHIFT;
      bestScore = scores[SHIFT]!;
    }
    for (let action = 1; action < actions; action += 1) {
      if (isLeft(action) ? !leftOk : !rightOk) continue;
      const score = scores[action]!;
      if (score > bestScore) {
        bestScore = score;
        best = action;
      }
    }
    return best;
  }
}
