import { foldWord } from '../entities/fold.js';
import type { SyntaxWord } from '../syntax/types.js';

/** Relations of the words between a verb and the comma before it that belong to the verb ("has", "also"). */
const VERB_LEFT = new Set(['aux', 'aux:pass', 'aux:tense', 'advmod']);
/** Relations of a verb's subjects. */
export const SUBJECTS = new Set(['nsubj', 'nsubj:pass', 'csubj', 'csubj:pass', 'expl', 'expl:subj']);

/** A noun the parser made the sentence's root and the finite verb that should govern it. */
export interface NounRoot {
  noun: SyntaxWord;
  verb: SyntaxWord;
}

/**
 * "The quake, the strongest to hit the country in a century, has killed 2,900 people": after a long
 * apposition the greedy parser may leave the subject noun as the sentence's root and hang the main
 * verb deep inside the apposition. A sentence whose root is a noun, with a finite verb after it that
 * has no subject and comes right after a comma (its auxiliaries and adverbs aside), is that verb's
 * clause, the noun its subject.
 */
export function nounRootOverVerb(words: readonly SyntaxWord[]): NounRoot | null {
  const noun = words.find((word) => word.head === 0);
  if (!noun || (noun.upos !== 'NOUN' && noun.upos !== 'PROPN')) return null;
  for (const verb of words) {
    if (verb.id <= noun.id || verb.upos !== 'VERB' || !finite(words, verb)) continue;
    if (words.some((word) => word.head === verb.id && SUBJECTS.has(word.deprel))) continue;
    let left = verb.id - 1;
    while (left > 0 && words[left - 1]!.head === verb.id && VERB_LEFT.has(words[left - 1]!.deprel)) left--;
    if (words[left - 1]?.form === ',') return { noun, verb };
  }
  return null;
}

/** The main verb the parser hung inside its subject's apposition, the subject, and the verb it made root. */
export interface VerbInApposition {
  subject: SyntaxWord;
  verb: SyntaxWord;
  root: SyntaxWord;
}

/**
 * "The quake, the strongest to hit Vanuatu in two decades, killed 14 people, left 1,000 homeless and
 * damaged…": the parser hung the first main verb inside the subject's apposition ("to hit … , killed")
 * and made the next verb of the series the root. A finite verb with no subject of its own, right after
 * a comma, inside the subject phrase of a finite verb root that comes after it, is the clause's main
 * verb: the subject is its, and the old root a conjunct of it.
 */
export function mainVerbInApposition(words: readonly SyntaxWord[]): VerbInApposition | null {
  const root = words.find((word) => word.head === 0);
  if (!root || root.upos !== 'VERB' || !finite(words, root)) return null;
  const subject = words.find((word) => word.head === root.id && word.deprel === 'nsubj');
  if (!subject || subject.id > root.id) return null;
  // A past form read as a participle counts when it takes an object ("killed 14 people"); one without
  // ("accompanied by…", "elected in 2020") is the apposition's own.
  const mainForm = (verb: SyntaxWord): boolean =>
    finite(words, verb) ||
    (verb.feats['Tense'] === 'Past' && words.some((word) => word.head === verb.id && word.deprel === 'obj'));
  for (const verb of words.slice(subject.id, root.id - 1)) {
    if (verb.upos !== 'VERB' || !mainForm(verb) || !dominates(words, subject, verb)) continue;
    if (words.some((word) => word.head === verb.id && SUBJECTS.has(word.deprel))) continue;
    let left = verb.id - 1;
    while (left > 0 && words[left - 1]!.head === verb.id && VERB_LEFT.has(words[left - 1]!.deprel)) left--;
    if (words[left - 1]?.form === ',') return { subject, verb, root };
  }
  return null;
}

/** Whether a verb is finite, by its own form or a finite auxiliary's. */
export function finite(words: readonly SyntaxWord[], verb: SyntaxWord): boolean {
  if (verb.feats['VerbForm'] === 'Fin') return true;
  return words.some(
    (word) => word.head === verb.id && word.deprel.startsWith('aux') && word.feats['VerbForm'] === 'Fin',
  );
}

/** Whether `ancestor` is `word` or lies above it in the tree (bounded, so a malformed tree cannot loop). */
export function dominates(words: readonly SyntaxWord[], ancestor: SyntaxWord, word: SyntaxWord): boolean {
  let current: SyntaxWord | undefined = word;
  for (let steps = 0; current && steps <= words.length; steps++) {
    if (current.id === ancestor.id) return true;
    current = words[current.head - 1];
  }
  return false;
}

/** Dependents that mark a passive ("was", "a été", the French "se" of a passive). */
const PASSIVE_MARKS = new Set(['aux:pass', 'expl:pass']);

/**
 * "The typhoon, the most powerful in decades, has killed 80 people": a passive subject (`nsubj:pass`)
 * of a verb with no passive auxiliary or passive "se" is the greedy parser's slip on an active verb
 * whose participle it took for a passive one; it is that verb's active subject.
 */
export function activeSubjectReadAsPassive(words: readonly SyntaxWord[], word: SyntaxWord): boolean {
  if (word.deprel !== 'nsubj:pass') return false;
  const verb = words[word.head - 1];
  if (!verb || verb.upos !== 'VERB') return false;
  return !words.some((other) => other.head === verb.id && PASSIVE_MARKS.has(other.deprel));
}

/**
 * "Two diplomats were declared persona non grata": the parser read a passive auxiliary ("be", in
 * `passiveLemmas`) before a past participle as a tense one (`aux`) and its subject as an active one.
 * The auxiliary, when no other marks the passive, comes before its verb and no "have" perfect
 * follows it ("has been declared" keeps "has"), makes the clause passive: the subjects to relabel
 * `nsubj:pass`, or null when the word is no such auxiliary.
 */
export function passiveReadAsActive(
  words: readonly SyntaxWord[],
  word: SyntaxWord,
  passiveLemmas: ReadonlySet<string>,
): SyntaxWord[] | null {
  if (word.deprel !== 'aux' || !passiveLemmas.has(foldWord(word.lemma))) return null;
  const verb = words[word.head - 1];
  if (!verb || verb.upos !== 'VERB' || verb.id < word.id) return null;
  if (verb.feats['VerbForm'] !== 'Part' || verb.feats['Tense'] !== 'Past') return null;
  const dependents = words.filter((other) => other.head === verb.id);
  // "is being done": the last auxiliary before the participle is the passive one.
  if (
    dependents.some(
      (other) => PASSIVE_MARKS.has(other.deprel) || (other.deprel === 'aux' && other.id > word.id),
    )
  )
    return null;
  return dependents.filter((other) => other.deprel === 'nsubj');
}

/** Objects and complements only a clause's verb takes. */
const VERB_OBJECTS = new Set(['obj', 'iobj', 'xcomp', 'ccomp']);

/** Dependents that make a noun root a nominal predicate ("They were among the fishermen detained…"). */
const PREDICATE_MARKS = new Set(['cop', 'aux', 'aux:pass', 'aux:tense', 'nsubj', 'nsubj:pass', 'expl']);

/**
 * "Japanese Chief Cabinet Secretary X on August 25 called on China to…", "The authority advised
 * producers to…": with no other verb to head the sentence, the parser made the subject noun the root
 * and read the main verb, whose past form is also its participle, as the noun's reduced relative
 * (`acl`). A sentence's noun root with no predicate of its own, whose first verbal modifier after
 * it is a past form with an object or complement, no agent ("by …") and no comma before it, is that
 * verb's subject. Null when the sentence
 * is not in that shape.
 */
export function nounRootOverParticiple(words: readonly SyntaxWord[]): NounRoot | null {
  const noun = words.find((word) => word.head === 0);
  if (!noun || (noun.upos !== 'NOUN' && noun.upos !== 'PROPN')) return null;
  if (words.some((word) => word.head === noun.id && PREDICATE_MARKS.has(word.deprel))) return null;
  const verb = words.find(
    (word) => word.head === noun.id && word.deprel === 'acl' && word.upos === 'VERB' && word.id > noun.id,
  );
  if (!verb || words[verb.id - 2]?.form === ',' || verb.feats['Tense'] !== 'Past') return null;
  // A participle that agrees with its noun ("une opération destinée à…") modifies it.
  if (verb.feats['VerbForm'] === 'Part' && verb.feats['Number']) return null;
  // Another finite verb means the parser went wrong elsewhere, not on this one.
  if (words.some((word) => word !== verb && word.feats['VerbForm'] === 'Fin')) return null;
  const dependents = words.filter((word) => word.head === verb.id);
  if (dependents.some((word) => word.deprel === 'obl:agent')) return null;
  // A main verb acts on something: "called on China **to lift**…", "advised **producers** to…";
  // a name after "called" is what a thing is called ("an island called Jeju").
  const acts = dependents.some(
    (word) => VERB_OBJECTS.has(word.deprel) && (word.deprel !== 'xcomp' || word.upos === 'VERB'),
  );
  return acts ? { noun, verb } : null;
}
