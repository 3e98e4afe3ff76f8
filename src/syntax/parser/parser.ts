import { FeatureBuffer, mix } from '../model/feature-hash.js';
import type { SparseWeights } from '../model/sparse-weights.js';
import { isLeft, ParseState, SHIFT } from './parse-state.js';
import { PhraseConstraints } from './phrase-constraints.js';
import {
  crossFeatures,
  frontFeatures,
  frontLeftFeatures,
  ROOT_TAG,
  ROOT_WORD,
  secondFeatures,
  tagGroupValues,
  topFeatures,
  type ParserInput,
} from './parser-features.js';
import { TagCodes, TagGroupTable } from './tag-group-table.js';
import { TAG_GROUPS } from './tag-groups.js';

export interface ParserMeta {
  /** Dependency relations; action ids derive from their indices. */
  labels: string[];
  bits: number;
  /** Weights under this magnitude were dropped after training (absent: none were). */
  minWeight?: number;
}

export interface ParsedTree {
  /** Head of each word (1-based ids, 0 = root), in word order. */
  heads: number[];
  /** Relation index of each word into `labels`. */
  labels: number[];
}

/** Build the parser's position arrays for n words (index 0 = none, n + 1 = root) and their word–tag mixes. */
export function parserInput(words: ArrayLike<number>, tags: ArrayLike<number>): ParserInput {
  const n = words.length;
  const W = new Uint32Array(n + 2);
  const P = new Uint32Array(n + 2);
  for (let i = 0; i < n; i += 1) {
    W[i + 1] = words[i]!;
    P[i + 1] = tags[i]! + 1;
  }
  W[n + 1] = ROOT_WORD;
  P[n + 1] = ROOT_TAG;
  const WP = new Uint32Array(n + 2);
  for (let i = 0; i < n + 2; i += 1) WP[i] = mix(W[i]!, P[i]!);
  return { words: W, tags: P, wordTags: WP };
}

/** Bits of DependencyParser.stackHolds. */
const STACK_HOLDS = 1;
const SECOND_HOLDS = 2;

/** Greedy arc-hybrid parser: the best-scoring valid move at each step; linear in the sentence length. */
export class DependencyParser {
  private readonly features = new FeatureBuffer(128);
  /** The features of one part of a state (front, front and left dependents, stack top, second), summed apart. */
  private readonly part = new FeatureBuffer(32);
  private readonly sums: Int32Array;
  /** The summed rows of the buffer front's features and first tag group, for the current front. */
  private readonly frontSums: Int32Array;
  /** frontSums plus the rows of the front's left-dependent features, for its current left dependents. */
  private readonly frontLeftSums: Int32Array;
  /**
   * By stack depth d, the summed rows of the stack's features and tag groups (`secondFeatures`,
   * `topFeatures`; groups 1, 3, 4) for the stack of that depth, and those of `secondFeatures` and
   * group 4 for the word on top at depth d once it is second; `stackHolds[d]` says which still
   * hold (STACK_HOLDS, SECOND_HOLDS). A SHIFT or a RIGHT move changes the stack at the depth it
   * leaves (a new top, or a top that took a right dependent); a LEFT move gives back the stack of
   * the state before the SHIFT it undoes (its top attaches to the buffer front, the rest is
   * untouched).
   */
  private readonly stackSums: Int32Array[] = [];
  private readonly secondSums: Int32Array[] = [];
  private stackHolds = new Uint8Array(64);
  /** One state, reset for each sentence (its arrays grow to the longest sentence seen). */
  private readonly state = new ParseState(0);
  private readonly groupValues = new Int32Array(TAG_GROUPS.length * 3);
  private readonly groups: TagGroupTable[];
  readonly actions: number;

  /** `tags`: every parser tag the input can hold (ParserInput.tags values), for the tag groups' tables. */
  constructor(
    readonly meta: ParserMeta,
    private readonly model: SparseWeights,
    tags: readonly number[],
  ) {
    this.actions = 1 + 2 * meta.labels.length;
    this.sums = new Int32Array(model.classes);
    this.frontSums = new Int32Array(model.classes);
    this.frontLeftSums = new Int32Array(model.classes);
    const codes = new TagCodes([0, ROOT_TAG, ...tags]);
    this.groups = TAG_GROUPS.map((group) => TagGroupTable.build(group, codes, model));
  }

  /** `phrases`: word spans ([first, last, head], 1-based) that must each form one subtree (PhraseConstraints). */
  parse(input: ParserInput, phrases: ReadonlyArray<readonly [number, number, number]> = []): ParsedTree {
    const n = input.words.length - 2;
    const state = this.state;
    const { features, sums, frontSums, frontLeftSums, groupValues: values } = this;
    let front = -1;
    let frontLeft = -1;
    state.reset(n);
    const constraints = phrases.length > 0 ? new PhraseConstraints(n, phrases) : null;
    if (this.stackHolds.length < n + 2) this.stackHolds = new Uint8Array(n + 2);
    const stackHolds = this.stackHolds;
    stackHolds.fill(0, 0, n + 2);
    while (!state.terminal) {
      if (state.depth === 0) {
        // An empty stack allows SHIFT alone: nothing to score.
        state.apply(SHIFT);
        stackHolds[state.depth] = 0;
        continue;
      }
      tagGroupValues(state, input, values);
      if (state.front !== front) {
        // The front's features and the first tag group (the buffer's three tags) stay the same
        // until the next SHIFT: their rows are summed once per front (integers: the same scores).
        front = state.front;
        frontFeatures(this.part, state, input);
        frontSums.fill(0);
        this.addGroup(0, this.part, frontSums);
        this.model.addRows(this.part, frontSums);
        frontLeft = -1;
      }
      if (state.leftCount[front] !== frontLeft) {
        // Its left dependents change on LEFT moves only (a RIGHT move keeps them).
        frontLeft = state.leftCount[front]!;
        frontLeftFeatures(this.part, state, input);
        frontLeftSums.set(frontSums);
        this.model.addRows(this.part, frontLeftSums);
      }
      const depth = state.depth;
      const stack = this.stackSums[depth] ?? (this.stackSums[depth] = new Int32Array(this.model.classes));
      if ((stackHolds[depth]! & STACK_HOLDS) === 0) {
        const below = depth - 1;
        const second =
          this.secondSums[below] ?? (this.secondSums[below] = new Int32Array(this.model.classes));
        if ((stackHolds[below]! & SECOND_HOLDS) === 0) {
          secondFeatures(this.part, state, input);
          second.fill(0);
          this.addGroup(4, this.part, second);
          this.model.addRows(this.part, second);
          stackHolds[below]! |= SECOND_HOLDS;
        }
        topFeatures(this.part, state, input);
        stack.set(second);
        this.addGroup(1, this.part, stack);
        this.addGroup(3, this.part, stack);
        this.model.addRows(this.part, stack);
        stackHolds[depth]! |= STACK_HOLDS;
      }
      for (let label = 0; label < sums.length; label += 1)
        sums[label] = frontLeftSums[label]! + stack[label]!;
      crossFeatures(features, state, input);
      this.addGroup(2, features, sums);
      this.addGroup(5, features, sums);
      this.model.addRows(features, sums);
      const constrained = constraints ? constraints.best(state, sums, this.actions) : -1;
      const action = constrained >= 0 ? constrained : bestValid(state, sums, this.actions);
      if (constraints && action !== SHIFT) constraints.attached(state.s(0));
      state.apply(action);
      if (!isLeft(action)) stackHolds[state.depth] = 0;
    }
    const heads: number[] = [];
    const labels: number[] = [];
    for (let i = 1; i <= n; i += 1) {
      const head = state.heads[i]!;
      heads.push(head === state.root ? 0 : head);
      labels.push(state.labels[i]!);
    }
    return { heads, labels };
  }

  /**
   * Adds tag group g's precomputed row for its values (`groupValues`) to `sums`; for values its
   * table does not hold (a tag the model cannot give), pushes the group's features to `features`.
   */
  private addGroup(g: number, features: FeatureBuffer, sums: Int32Array): void {
    const values = this.groupValues;
    const a = values[3 * g]!;
    const b = values[3 * g + 1]!;
    const c = values[3 * g + 2]!;
    if (!this.groups[g]!.addInto(a, b, c, sums)) TAG_GROUPS[g]!.emit(features, a, b, c);
  }
}

/**
 * The best action the state allows (SHIFT, any LEFT, any RIGHT by validity of its kind); ties go
 * to the lowest action id. LEFT actions are the odd ids and RIGHT ones the even ids from 2, so a
 * state that allows one kind only reads every other score.
 */
export function bestValid(state: ParseState, scores: Float32Array | Int32Array, actions: number): number {
  const left = state.canLeft();
  const right = state.canRight();
  let best = -1;
  let bestScore = -Infinity;
  if (state.canShift()) {
    best = SHIFT;
    bestScore = scores[SHIFT]!;
  }
  if (!left && !right) return best;
  const stride = left && right ? 1 : 2;
  for (let action = left ? 1 : 2; action < actions; action += stride) {
    const score = scores[action]!;
    if (score > bestScore) {
      bestScore = score;
      best = action;
    }
  }
  return best;
}
