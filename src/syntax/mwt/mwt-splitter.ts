import { FeatureBuffer } from '../model/feature-hash.js';
import { argmax, type ClassScorer } from '../model/perceptron.js';
import { mwtFeatures } from './mwt-features.js';

/**
 * Multiword tokens the UD way: "du" → "de le", "aux" → "à les", "don't" → "do n't", "Bush's" →
 * "Bush 's". Learned from the treebanks' ranges: a table of contractions (always split, or decided
 * by a small classifier when the treebank has both readings, like French "des"), and clitic
 * suffixes split off any token (English "'s", "n't", "'ll"…).
 */
export interface MwtMeta {
  /** Lower-case token → its words (lower case) and whether the classifier decides. */
  table: Record<string, { words: string[]; ambiguous: boolean }>;
  /** Exact-case expansions seen in training ("I'm" → ["I", "'m"]). */
  exact: Record<string, string[]>;
  /** Clitic suffixes (lower case) split off a token's end, longest first. */
  clitics: string[];
  bits: number;
}

/** One word of a token: its form and its span inside the token ([0, length] when the parts do not concatenate). */
export interface WordPiece {
  form: string;
  start: number;
  end: number;
}

const SPLIT = 1;

function applyCase(words: string[], token: string): string[] {
  if (token.length > 1 && token === token.toUpperCase() && token !== token.toLowerCase()) {
    return words.map((word) => word.toUpperCase());
  }
  if (/^\p{Lu}/u.test(token))
    return words.map((word, i) => (i === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word));
  return words;
}

/** Spans of the words inside the token when they spell it (case aside), else each word spans the token. */
function piecesOf(words: string[], token: string): WordPiece[] {
  if (words.join('').toLowerCase() === token.toLowerCase()) {
    let at = 0;
    return words.map((word) => {
      const piece = { form: token.slice(at, at + word.length), start: at, end: at + word.length };
      at += word.length;
      return piece;
    });
  }
  return words.map((form) => ({ form, start: 0, end: token.length }));
}

export class MwtSplitter {
  private readonly features = new FeatureBuffer(16);
  private readonly scores = new Float32Array(2);
  private readonly table: Map<string, { words: string[]; ambiguous: boolean }>;
  private readonly exact: Map<string, string[]>;

  constructor(
    readonly meta: MwtMeta,
    private readonly model: ClassScorer,
  ) {
    this.table = new Map(Object.entries(meta.table));
    this.exact = new Map(Object.entries(meta.exact));
  }

  /** The words of each token of a sentence. */
  split(tokens: readonly string[]): WordPiece[][] {
    return tokens.map((token, i) => this.splitToken(tokens, i));
  }

  private splitToken(tokens: readonly string[], i: number): WordPiece[] {
    const token = tokens[i]!;
    const whole = [{ form: token, start: 0, end: token.length }];
    const lower = token.toLowerCase();
    const entry = this.table.get(lower);
    if (entry) {
      if (entry.ambiguous) {
        mwtFeatures(this.features, tokens, i);
        this.model.score(this.features, this.scores);
        if (argmax(this.scores, 2) !== SPLIT) return whole;
      }
      return piecesOf(this.exact.get(token) ?? applyCase(entry.words, token), token);
    }
    for (const clitic of this.meta.clitics) {
      if (
        lower.length > clitic.length &&
        lower.endsWith(clitic) &&
        /\p{L}/u.test(lower.slice(0, -clitic.length))
      ) {
        const cut = token.length - clitic.length;
        return [
          { form: token.slice(0, cut), start: 0, end: cut },
          { form: token.slice(cut), start: cut, end: token.length },
        ];
      }
    }
    return whole;
  }
}
