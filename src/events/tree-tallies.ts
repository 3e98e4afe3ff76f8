import type { SyntaxWord } from '../syntax/types.js';
import { determinedBy, lemmaKey, type DependencyTree } from './dependency-tree.js';
import type { NonActWords } from './tree-non-acts.js';

// What acts amount to, told as numbers: a tally over a period, or the toll of an act told before.
// Neither is an act the article reports (`tree-reading.ts` reads them with the other non-acts).

/**
 * "Pakistan said the strikes killed 31 civilians": a toll verb (`outcomeVerbs`) whose subject is a
 * definite noun of an act (`actNouns`: "the strikes", "l'attaque") tells what an act told before
 * did; that act is the event. The caller checks that an act was told in an earlier sentence.
 */
export function tollOfToldAct(tree: DependencyTree, cue: SyntaxWord, words: NonActWords): boolean {
  if (!words.outcomeVerbs.has(lemmaKey(cue))) return false;
  return tree
    .dependents(cue, 'nsubj')
    .some(
      (subject) =>
        subject.upos === 'NOUN' &&
        words.actNouns.has(lemmaKey(subject)) &&
        determinedBy(tree, subject, words.definiteDeterminers),
    );
}

/**
 * The relation by which a tally counts what was done, its doer left unsaid or vague ("65 bateaux ont
 * été saisis par des pays de la région"): an active count with its doer as subject ("US drone
 * attacks have killed eight leaders since July") is a reported act, as PLOVER codes it.
 */
const TALLIED = 'nsubj:pass';
/** Relations that open another clause: a time phrase inside one is that clause's. */
const CLAUSES = new Set(['acl', 'advcl', 'ccomp', 'csubj', 'xcomp', 'parataxis']);

/**
 * Whether a "depuis/since" phrase headed by `head` times the cue's own clause: inside it (the parser
 * may hang it on a participant: "a arrêté 120 pêcheurs depuis janvier"), or fronted before a
 * reported clause and hung on the reporting verb ("Since January, 40 boats have been seized, the
 * ministry said").
 */
function timesClause(tree: DependencyTree, cue: SyntaxWord, head: SyntaxWord): boolean {
  if (head === tree.head(cue) && ['ccomp', 'parataxis'].includes(cue.deprel.split(':')[0]!)) return true;
  for (let word: SyntaxWord | undefined = head; word !== undefined; word = tree.head(word)) {
    if (word === cue) return true;
    if (CLAUSES.has(word.deprel.split(':')[0]!)) return false;
  }
  return false;
}

/**
 * An act counted over a period ("Depuis le début de l'année, 65 bateaux ont été saisis", "China has
 * detained 120 fishermen since January"): a statistic, not an act the article reports. A
 * "depuis/since" time phrase (`tallyMarks`) times the verb's clause and a participant is counted by
 * a numeral.
 */
export function cumulativeTally(tree: DependencyTree, cue: SyntaxWord, words: NonActWords): boolean {
  if (cue.upos !== 'VERB') return false;
  const counted = (noun: SyntaxWord): boolean => tree.dependents(noun, 'nummod').length > 0;
  const tallied = tree
    .dependents(cue, TALLIED)
    .some((noun) => counted(noun) || tree.dependents(noun, 'conj').some(counted));
  if (!tallied) return false;
  return tree.words.some((word) => {
    const head = tree.head(word);
    return (
      words.tallyMarks.has(lemmaKey(word)) &&
      ['case', 'mark'].includes(word.deprel.split(':')[0]!) &&
      head !== undefined &&
      timesClause(tree, cue, head)
    );
  });
}
