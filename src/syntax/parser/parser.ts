import { FeatureBuffer } from '../model/feature-hash.js';
import type { SparseWeights } from '../model/sparse-weights.js';
import { ParseState, SHIFT } from './parse-state.js';
import {
  frontFeatures,
  frontLeftFeatures,
  parserFeatures,
  ROOT_TAG,
  ROOT_WORD,
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

/** Build the parser's position arrays for n words (index 0 = none, n + 1 = root). */
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
  return { words: W, tags: P };
}

/** Greedy arc-hybrid parser: the best-scoring valid move at each step; linear in the sentence length. */
export class DependencyParser {
  private readonly features = new FeatureBuffer(128);
  private readonly front = new FeatureBuffer(8);
  private readonly sums: Int32Array;
  /** The summed rows of the buffer front's features and first tag group, for the current front. */
  private readonly frontSums: Int32Array;
  /** frontSums plus the rows of the front's left-dependent features, for its current left dependents. */
  private readonly frontLeftSums: Int32Array;
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

  parse(input: ParserInput): ParsedTree {
    const n = input.words.length - 2;
    const state = this.state;
    const { features, sums, frontSums, frontLeftSums, groupValues: values } = this;
    const groups = TAG_GROUPS.length;
    let front = -1;
    let frontLeft = -1;
    state.reset(n);
    while (!state.terminal) {
      if (state.depth === 0) {
        // An empty stack allows SHIFT alone: nothing to score.
        state.apply(SHIFT);
        continue;
      }
      parserFeatures(features, state, input, values);
      if (state.front !== front) {
        // The front's features and the first tag group (the buffer's three tags) stay the same
        // until the next SHIFT: their rows are summed once per front (integers: the same scores).
        front = state.front;
        frontFeatures(this.front, state, input);
        frontSums.fill(0);
        if (!this.groups[0]!.addInto(values[0]!, values[1]!, values[2]!, frontSums)) {
          TAG_GROUPS[0]!.emit(this.front, values[0]!, values[1]!, values[2]!);
        }
        this.model.addRows(this.front, frontSums);
        frontLeft = -1;
      }
      if (state.leftCount[front] !== frontLeft) {
        // Its left dependents change on LEFT moves only (a RIGHT move keeps them).
        frontLeft = state.leftCount[front]!;
        frontLeftFeatures(this.front, state, input);
        frontLeftSums.set(frontSums);
        this.model.addRows(this.front, frontLeftSums);
      }
      sums.set(frontLeftSums);
      for (let g = 1; g < groups; g += 1) {
        const a = values[3 * g]!;
        const b = values[3 * g + 1]!;
        const c = values[3 * g + 2]!;
        if (!this.groups[g]!.addInto(a, b, c, sums)) TAG_GROUPS[g]!.emit(features, a, b, c);
      }
      this.model.addRows(features, sums);
      state.apply(bestValid(state, sums, this.actions));
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
