import type { SyntaxWord } from '../syntax/types.js';

/** Punctuation that may join two coordinated clauses without a conjunction ("X met Y, Z met W"). */
const CLAUSE_JOINERS = new Set([',', ';', ':', '–', '—', '-']);

/**
 * Relabel what the parser could not have meant. A verb coordinated (`conj`) with a verb before it, with
 * no conjunction of its own and no punctuation between them, and with a subject of its own, is no
 * coordination: UD coordinates with "and"/"et" or a comma. It is the complement clause of that verb,
 * its "that" left out ("Vietnam hopes Japan will continue…", "he said they would…"): a `ccomp`.
 * Words stay the same objects unless relabelled; a relabelled word is a copy.
 */
export function repairedWords(words: readonly SyntaxWord[]): readonly SyntaxWord[] {
  let repaired: SyntaxWord[] | null = null;
  for (const word of words) {
    if (!uncoordinatedClause(words, word)) continue;
    repaired ??= [...words];
    repaired[word.id - 1] = { ...word, deprel: 'ccomp' };
  }
  return repaired ?? words;
}

function uncoordinatedClause(words: readonly SyntaxWord[], word: SyntaxWord): boolean {
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
