import type { SyntaxWord } from '../syntax/types.js';
import type { CuePlacement } from './analysis-state.js';
import { hasRelation } from './dependency-tree.js';

/**
 * Whether a mention lies in a verb clause coordinated with the cue's own ("Il a demandé aux pays
 * membres de…, et a proposé que la Chine et le Myanmar…") or in an adverbial clause with a
 * subordinator and a subject of its own ("announced 3 million in aid, while Japan pledged…"): that
 * clause's party, not the cue's. A bare
 * participle the parser coordinated ("will return weapons and equipment seized from UN
 * peacekeepers") is no clause of its own.
 */
export function inOtherConjunctClause(
  placed: CuePlacement,
  mention: { start: number; end: number },
): boolean {
  const { tree, word: cue } = placed;
  const word = tree.headOf(mention.start, mention.end);
  if (!word) return false;
  const clause = cue.upos === 'NOUN' && tree.head(cue) ? tree.head(cue)! : cue;
  for (let at: SyntaxWord | undefined = word; at; at = tree.head(at)) {
    if (at === clause || at === cue) return false;
    const head = tree.head(at);
    const conjunct = hasRelation(at, 'conj') && at.upos === 'VERB' && ownClause(tree, at);
    if ((conjunct || subordinateClause(tree, at)) && head !== undefined && tree.dominates(head, clause))
      return !tree.dominates(at, clause);
  }
  return false;
}

/**
 * A verb with a clause of its own: finite, or with an auxiliary or a subject of its own, and joined
 * by a conjunction or a punctuation mark of its own (UD coordinates clauses so).
 */
function ownClause(tree: CuePlacement['tree'], verb: SyntaxWord): boolean {
  const finite = verb.feats['VerbForm'] === 'Fin' || tree.dependents(verb, 'aux', 'nsubj').length > 0;
  const joined = tree.dependents(verb, 'cc').length > 0 || tree.words[verb.id - 2]?.upos === 'PUNCT';
  return finite && joined;
}

/** An adverbial clause opened by a subordinator with a subject of its own ("while Japan pledged…"). */
function subordinateClause(tree: CuePlacement['tree'], verb: SyntaxWord): boolean {
  return (
    hasRelation(verb, 'advcl') &&
    verb.upos === 'VERB' &&
    tree.dependents(verb, 'mark').length > 0 &&
    tree.dependents(verb, 'nsubj').length > 0
  );
}
