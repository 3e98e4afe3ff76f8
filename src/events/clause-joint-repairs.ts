import type { SyntaxWord } from '../syntax/types.js';
import { dominates } from './subject-repairs.js';

/*
 * Repairs at the joints between clauses: where the parser tied a clause to the wrong word.
 */

/** Punctuation that may join two coordinated clauses without a conjunction ("X met Y, Z met W"). */
const CLAUSE_JOINERS = new Set([',', ';', ':', '–', '—', '-']);

/**
 * A verb coordinated (`conj`) with a verb before it, with no conjunction of its own and no punctuation
 * between them, and with a subject of its own, is no coordination: UD coordinates with "and"/"et" or a
 * comma. It is the complement clause of that verb, its "that" left out ("Vietnam hopes Japan will
 * continue…", "he said they would…"): a `ccomp`.
 */
export function uncoordinatedClause(words: readonly SyntaxWord[], word: SyntaxWord): boolean {
  if (word.deprel !== 'conj' || word.upos !== 'VERB') return false;
  const head = words[word.head - 1];
  if (!head || head.upos !== 'VERB' || head.id > word.id) return false;
  let subject = false;
  for (const other of words) {
    if (other.head !== word.id) continue;
    if (other.deprel === 'cc') return false;
    if (other.deprel === 'nsubj' && other.id > head.id) subject = true;
  }
  if (!subject) return false;
  for (let id = head.id + 1; id < word.id; id++) {
    if (CLAUSE_JOINERS.has(words[id - 1]!.form)) return false;
  }
  return true;
}

/** Relations of a clause the parser may hang on a noun. */
const NOUN_CLAUSES = new Set(['acl', 'acl:relcl']);

/**
 * "Le Conseil a prolongé les sanctions contre le Soudan du Sud; la Chine s'est abstenue": a clause
 * right after a semicolon, with a subject of its own, hung on a noun of the clause before as its
 * relative clause, is a clause of its own beside the sentence's root (`parataxis`): no clause
 * modifies a noun across a semicolon. The root to hang it on, or null.
 */
export function clauseAfterSemicolon(words: readonly SyntaxWord[], word: SyntaxWord): SyntaxWord | null {
  if (!NOUN_CLAUSES.has(word.deprel) || word.upos !== 'VERB') return null;
  const own = words.filter((other) => other.head === word.id);
  if (!own.some((other) => other.deprel === 'nsubj' || other.deprel === 'nsubj:pass')) return null;
  // The clause's first word: the leftmost word it dominates.
  let first = word.id;
  while (first > 1 && words[first - 2]!.form !== ';' && dominates(words, word, words[first - 2]!)) first -= 1;
  if (words[first - 2]?.form !== ';') return null;
  const root = words.find((other) => other.head === 0);
  return root && root.id < first && root.id !== word.id ? root : null;
}
