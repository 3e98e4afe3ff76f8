import { foldWord } from '../entities/fold.js';
import type { DateMention } from '../records/article.js';
import type { SyntaxWord } from '../syntax/types.js';
import {
  finiteConjunctOfInfinitive,
  hasRelation,
  lemmaKey,
  outsideSpan,
  prepositionOf,
  type DependencyTree,
} from './dependency-tree.js';
import { bareComplement } from './tree-governs.js';

/** Relations of a committed act's clausal complement, in the order they are preferred. */
const CLAUSES = ['xcomp', 'ccomp', 'acl'];
/** Relations by which a date modifies a predicate (not a name: "UNCLOS 1982", "la convention de 1982"). */
const DATE_MODIFIER = ['obl', 'advmod', 'advcl', 'nmod:tmod', 'nmod:unmarked'];
/** Branches that are not part of what is committed to (asides, other sentences run together). */
const ASIDES = ['parataxis'];

/**
 * The complement that says what a commitment commits to: the embedded predicate ("de renforcer …",
 * "to supply …") or the object ("une aide de 10 millions"), never a phrase that names a side.
 */
export function committedComplement(
  tree: DependencyTree,
  cue: SyntaxWord,
  namesSide: (word: SyntaxWord) => boolean,
  cueSpan: { start: number; end: number } | null = null,
  notContent: ReadonlySet<string> = new Set(),
): SyntaxWord | null {
  // "se sont mis **d'accord** pour…": a word of the cue itself is no complement of it.
  const outside = (word: SyntaxWord): boolean => !cueSpan || outsideSpan(word, cueSpan);
  for (const relation of CLAUSES) {
    const found = tree.dependents(cue, relation)[0];
    if (found) return found;
  }
  const bare = tree.dependents(cue, 'parataxis').find((clause) => bareComplement(tree, clause));
  if (bare) return bare;
  // "a invité X à assister …" parsed with the infinitive under X: the clause is still the request's.
  const addressees = tree.dependents(cue, 'obj', 'iobj', 'obl:arg');
  // "a appelé la Thaïlande et le Cambodge à faire…": the clause may hang on the last conjunct.
  for (const addressee of [...addressees, ...addressees.flatMap((word) => tree.dependents(word, 'conj'))]) {
    const clause = tree.dependents(addressee, 'acl', 'xcomp').find((word) => markedInfinitive(tree, word));
    if (clause) return clause;
  }
  // "ont convenu **d'un cessez-le-feu**": a noun argument that names no side is what is agreed.
  const objects = tree.dependents(cue, 'obj', 'obl:arg').filter((word) => !namesSide(word));
  const object = objects.find(outside);
  if (object) return object;
  // "reached an agreement **to resume flights**", "tombés d'accord **sur le tracé**": what the cue's own
  // noun says; a phrase of whom, where or how ("a accepté l'invitation **avec plaisir**") says none of it.
  for (const own of objects) {
    const content =
      tree.dependents(own, 'acl').find((word) => markedInfinitive(tree, word)) ??
      tree
        .dependents(own, 'nmod')
        .find((word) => outside(word) && !namesSide(word) && !notContent.has(prepositionOf(tree, word)));
    if (content) return content;
  }
  // "called on China **to respect**…", the infinitive parsed as an adverbial clause of the cue.
  return tree.dependents(cue, 'advcl').find((word) => markedInfinitive(tree, word)) ?? null;
}

/** An infinitive introduced by its marker ("de retirer", "à faire", "to respect"). */
function markedInfinitive(tree: DependencyTree, word: SyntaxWord): boolean {
  return word.feats['VerbForm'] === 'Inf' && tree.dependents(word, 'mark').length > 0;
}

/** The complement's whole subtree as text, without the marker that introduces it ("de", "à", "to"). */
export function complementText(
  tree: DependencyTree,
  complement: SyntaxWord,
  text: string,
  speechVerbs: ReadonlySet<string> = new Set(),
): string | null {
  const own = tree.subtree(complement, ASIDES);
  // "…d'ici la fin du mois, a annoncé le ministère": the reporting clause is no part of the promise.
  const reporting = (word: SyntaxWord): boolean => {
    if (word === complement || !speechVerbs.has(lemmaKey(word))) return false;
    const opening = tree.subtree(word)[0]!;
    return opening.form === ',' || tree.words[opening.id - 2]?.form === ',';
  };
  const apart = new Set(
    own
      .filter((word) => finiteConjunctOfInfinitive(tree, word) || reporting(word))
      .flatMap((word) => tree.subtree(word)),
  );
  const words = own.filter((word) => !apart.has(word));
  let first = 0;
  let last = words.length - 1;
  const leading = (word: SyntaxWord): boolean =>
    word.head === complement.id &&
    (hasRelation(word, 'mark') ||
      hasRelation(word, 'case') ||
      hasRelation(word, 'cc') ||
      word.upos === 'PUNCT');
  while (first <= last && leading(words[first]!)) first++;
  while (last >= first && words[last]!.upos === 'PUNCT') last--;
  if (first > last) return null;
  return text.slice(words[first]!.start, words[last]!.end);
}

/** Whether a deadline's marker opens a date ("by 2028", "d'ici 2028"), inside its mention or right before it. */
function deadlineMarked(tree: DependencyTree, date: DateMention, marks: ReadonlySet<string>): boolean {
  const first = tree.wordsIn(date.start, date.end)[0];
  const before = tree.words.filter((word) => word.end <= date.start).at(-1);
  return [first, before].some((word) => word !== undefined && marks.has(foldWord(word.form)));
}

/** The top word of a date mention: the word of its span whose head lies outside it. */
function dateHead(tree: DependencyTree, date: DateMention): SyntaxWord | null {
  const inside = tree.wordsIn(date.start, date.end);
  const ids = new Set(inside.map((word) => word.id));
  return inside.find((word) => !ids.has(word.head)) ?? null;
}

/**
 * The predicates of a complement: itself, those it chains to ("de fournir et de livrer", "to try to
 * deliver") and planning participles under it ("la conférence prévue en août"), by `planning` lemma.
 */
function predicateSpine(
  tree: DependencyTree,
  complement: SyntaxWord,
  planning: ReadonlySet<string>,
): Set<number> {
  const spine = [complement];
  for (let i = 0; i < spine.length; i++) {
    for (const next of tree.dependents(spine[i]!, 'xcomp', 'conj', 'ccomp')) {
      if (!spine.includes(next)) spine.push(next);
    }
  }
  for (const word of tree.subtree(complement)) {
    if (hasRelation(word, 'acl') && planning.has(foldWord(word.lemma))) spine.push(word);
  }
  return new Set(spine.map((word) => word.id));
}

/** The nearest verb above a word (the word itself excluded). */
function governingVerb(tree: DependencyTree, word: SyntaxWord): SyntaxWord | null {
  let current = tree.head(word);
  for (let steps = 0; current && steps < tree.words.length; steps++) {
    if (current.upos === 'VERB') return current;
    current = tree.head(current);
  }
  return null;
}

/**
 * The due date of a commitment: a deadline ("by 2028", "d'ici juin") inside what is committed, else a
 * date that modifies the committed predicate (or one it chains to, or a planning participle under
 * it) as an oblique or adverbial, or — a month or a day, not a year,
 * which may be a name's ("UNCLOS 1982") — a noun of the predicate's own phrases ("un premier lot
 * en juillet"). Never a date of the commitment itself ("en juin, X a promis") or of another act
 * ("l'accord signé le 5 mai").
 */
export function dueDate(
  tree: DependencyTree,
  complement: SyntaxWord,
  dates: readonly DateMention[],
  planning: ReadonlySet<string>,
  deadlineMarks: ReadonlySet<string> = new Set(),
): DateMention | null {
  const spine = predicateSpine(tree, complement, planning);
  for (const date of dates) {
    const head = dateHead(tree, date);
    if (!head || !tree.dominates(complement, head)) continue;
    const verb = governingVerb(tree, head);
    // "d'ici 2028", "by 2028": a deadline of what is committed, wherever the parser hung it in its
    // phrases ("l'accord signé avant 2020" is the date of another act).
    if (deadlineMarked(tree, date, deadlineMarks) && (!verb || spine.has(verb.id))) return date;
    const adverbial = DATE_MODIFIER.some((relation) => hasRelation(head, relation));
    if (adverbial && spine.has(head.head)) return date;
    const inOwnPhrase = verb ? spine.has(verb.id) : spine.has(complement.id);
    if (hasRelation(head, 'nmod') && date.grain !== 'year' && inOwnPhrase) return date;
  }
  return null;
}
