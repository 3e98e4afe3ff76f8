import { foldWord } from '../entities/fold.js';
import type { SyntaxWord } from '../syntax/types.js';
import { hasRelation, lemmaKey, outsideSpan, type DependencyTree } from './dependency-tree.js';
import type { ModalityWords } from './modality.js';

/** Words that make a cue hypothetical when they govern it or attach to it (folded lemmas). */
export interface TreeModalityWords {
  /** "pouvoir", "prévoir", "envisager", "plan", "may": a cue they govern (or that they modify) is not a fact. */
  hypotheticalGovernors: ReadonlySet<string>;
  /** "si", "if": a clause they introduce is a condition. */
  conditionalMarks: ReadonlySet<string>;
  /** "effort", "attempt": what their purpose clause names is sought ("efforts pour lever…"). */
  aimNouns: ReadonlySet<string>;
  /** "pour", "afin", "to": the markers of a purpose clause. */
  purposeMarks: ReadonlySet<string>;
}

/**
 * The words whose dependents decide a cue's polarity and mood: the cue, and for a noun cue or a cue
 * a light verb carries ("n'a pas eu d'entretien", "held no talks"), that verb.
 */
function carriers(tree: DependencyTree, cue: SyntaxWord): SyntaxWord[] {
  const head = tree.head(cue);
  const carried =
    head &&
    (head.upos === 'VERB' || head.upos === 'AUX') &&
    (cue.upos === 'NOUN' || cue.upos === 'PROPN') &&
    // "n'a pas imposé **de sanctions**": the partitive after a negation is parsed as obl:arg.
    (hasRelation(cue, 'obj') || hasRelation(cue, 'nsubj') || hasRelation(cue, 'obl:arg'));
  return carried ? [cue, head] : [cue];
}

/**
 * Negation attached to the cue, its auxiliary, its object or its subject ("n'a pas signé", "summoned
 * no envoy", "aucune visite", "sans consulter", "aucun soldat n'a été tué", "nobody was hurt"); a
 * French closer ("pas", "plus", "personne") negates only beside "ne".
 */
export function treeNegated(tree: DependencyTree, cue: SyntaxWord, words: ModalityWords): boolean {
  const lemmas = new Set<string>();
  const add = (word: SyntaxWord): void => {
    lemmas.add(lemmaKey(word));
    lemmas.add(foldWord(word.form));
  };
  for (const carrier of carriers(tree, cue)) {
    for (const dependent of tree.dependents(carrier, 'advmod', 'det', 'mark', 'aux', 'cc')) add(dependent);
    for (const side of tree.dependents(carrier, 'obj', 'nsubj', 'nsubj:pass')) {
      tree.dependents(side, 'det').forEach(add);
      if (side.upos === 'PRON') add(side);
    }
  }
  if ([...lemmas].some((lemma) => words.negationStandalone.has(lemma))) return true;
  const closed = [...lemmas].some((lemma) => words.negationClosers.has(lemma));
  const marked =
    words.negationMarkers.size === 0 || [...lemmas].some((lemma) => words.negationMarkers.has(lemma));
  return closed && marked;
}

/** A word in the future or the conditional by its own form. */
export function futureOrConditional(word: SyntaxWord): boolean {
  return word.feats['Tense'] === 'Fut' || word.feats['Mood'] === 'Cnd';
}

/** A verb in the future or conditional, by its own form or its auxiliary's ("aura", "aura signé"). */
function futureVerb(tree: DependencyTree, word: SyntaxWord | undefined): boolean {
  if (!word || (word.upos !== 'VERB' && word.upos !== 'AUX')) return false;
  return futureOrConditional(word) || tree.dependents(word, 'aux').some(futureOrConditional);
}

/** Relations by which a noun is an argument of its verb (a plan's content: "aura des entretiens avec"). */
const NOUN_ARGUMENT = new Set(['obj', 'nsubj', 'nsubj:pass', 'obl', 'obl:arg', 'iobj']);

/**
 * A noun cue (or a noun conjoined to one: "des entretiens et des entrevues") that is an argument of a
 * future or conditional verb: "le Premier ministre aura des entretiens", "talks would take place".
 */
function futureArgument(tree: DependencyTree, cue: SyntaxWord): boolean {
  if (cue.upos !== 'NOUN' && cue.upos !== 'PROPN') return false;
  let position = cue;
  while (position.deprel === 'conj' && tree.head(position)?.upos === 'NOUN') position = tree.head(position)!;
  return NOUN_ARGUMENT.has(position.deprel) && futureVerb(tree, tree.head(position));
}

/**
 * A participle coordinated with a future or conditional verb and with no auxiliary of its own shares
 * that verb's tense ("aura des entretiens et entrevues" read as "aura … et entrevu").
 */
function sharesFuture(tree: DependencyTree, cue: SyntaxWord): boolean {
  if (!hasRelation(cue, 'conj') || cue.feats['VerbForm'] !== 'Part') return false;
  return tree.dependents(cue, 'aux').length === 0 && futureVerb(tree, tree.head(cue));
}

/**
 * A purpose clause of an aim ("efforts accrus pour lever l'embargo", "stepped up efforts to lift
 * the ban", "in a bid to join"): the clause hangs on the aim noun, on the participle that modifies it
 * or on the verb that takes it right before the clause, as the parser read it; its act is sought, not done.
 */
function soughtAim(tree: DependencyTree, clause: SyntaxWord, words: TreeModalityWords): boolean {
  const mark = tree.dependents(clause, 'mark').find((word) => words.purposeMarks.has(lemmaKey(word)));
  const governor = tree.head(clause);
  if (!mark || !governor) return false;
  const aim = (word: SyntaxWord | undefined): boolean =>
    word !== undefined && word.upos === 'NOUN' && words.aimNouns.has(lemmaKey(word));
  if (aim(governor)) return true;
  if (hasRelation(governor, 'acl') && aim(tree.head(governor))) return true;
  // "a intensifié ses efforts pour lever", "in a bid to lift": the aim is the verb's argument right before the mark.
  return tree.dependents(governor, 'obj', 'obl').some((word) => aim(word) && word.id === mark.id - 1);
}

/**
 * "the officials to be sanctioned", "the agreements to be signed next month": a passive infinitive
 * clause on a noun (marked "to") tells what is to be done to it, not what was done.
 */
function prospectiveRelative(tree: DependencyTree, clause: SyntaxWord, words: TreeModalityWords): boolean {
  if (!hasRelation(clause, 'acl')) return false;
  const marked = tree.dependents(clause, 'mark').some((mark) => words.purposeMarks.has(lemmaKey(mark)));
  return marked && tree.dependents(clause, 'aux:pass').some((aux) => aux.feats['VerbForm'] === 'Inf');
}

/**
 * Modality from the tree: conditional or future (on the cue, its auxiliary or its light verb), a
 * modal or planning verb governing it ("pourrait signer", "prévoit de visiter", "plans to meet"), a
 * planning participle on a noun cue ("talks planned for…"), a condition ("si", "if"), the purpose of
 * an aim ("efforts pour lever…"), or a passive infinitive on a noun ("the officials to be sanctioned").
 */
export function treeHypothetical(
  tree: DependencyTree,
  cue: SyntaxWord,
  words: TreeModalityWords,
  cueSpan: { start: number; end: number },
  promise = false,
): boolean {
  // A word of the cue itself is what the cue means ("will continue" is a promise, not a guess), and
  // so is a promise's own tense ("la France **continuera** à soutenir…").
  const outside = (word: SyntaxWord): boolean => outsideSpan(word, cueSpan);
  const ownTense = (carrier: SyntaxWord): boolean => carrier === cue && !promise;
  const [, lightVerb] = carriers(tree, cue);
  if (futureArgument(tree, cue) || sharesFuture(tree, cue)) return true;
  // "des pourparlers sont prévus", "X plans talks": the verb carrying a noun cue plans it; a noun cue
  // that is the subject of an active verb does that verb's act ("des frappes ont visé des positions").
  // Voice=Pass counts here, unlike in `isPassiveClause`: the parser labels "are" in "talks are
  // planned" a plain auxiliary, and reading too many verbs as passive only keeps the planned reading.
  const passive = (verb: SyntaxWord): boolean =>
    verb.feats['Voice'] === 'Pass' || tree.dependents(verb, 'aux:pass').length > 0;
  const planned = lightVerb !== undefined && (cue.deprel !== 'nsubj' || passive(lightVerb));
  if (planned && outside(lightVerb) && words.hypotheticalGovernors.has(lemmaKey(lightVerb))) return true;
  for (const carrier of carriers(tree, cue)) {
    if (futureOrConditional(carrier) && (ownTense(carrier) || outside(carrier))) return true;
    for (const aux of tree.dependents(carrier, 'aux', 'cop').filter(outside)) {
      if (futureOrConditional(aux) || words.hypotheticalGovernors.has(lemmaKey(aux))) return true;
    }
    // "talks planned for May" are planned; "mounted its long-planned invasion": the light verb says it happened.
    const described = carrier === cue && lightVerb !== undefined && hasRelation(cue, 'obj');
    for (const modifier of described ? [] : tree.dependents(carrier, 'acl', 'amod')) {
      if (words.hypotheticalGovernors.has(lemmaKey(modifier))) return true;
    }
    if (tree.dependents(carrier, 'mark').some((mark) => words.conditionalMarks.has(lemmaKey(mark))))
      return true;
    if (soughtAim(tree, carrier, words) || prospectiveRelative(tree, carrier, words)) return true;
    const governor = tree.head(carrier);
    // An infinitive the parser set as an adverbial clause of the governor is its complement too
    // ("instructed the embassy **to cooperate**").
    const governed =
      hasRelation(carrier, 'xcomp') ||
      hasRelation(carrier, 'obj') ||
      hasRelation(carrier, 'ccomp') ||
      (hasRelation(carrier, 'advcl') && carrier.feats['VerbForm'] === 'Inf');
    if (
      governor &&
      governed &&
      outside(governor) &&
      (words.hypotheticalGovernors.has(lemmaKey(governor)) ||
        (hasRelation(carrier, 'xcomp') && futureOrConditional(governor)))
    )
      return true;
  }
  return false;
}
