import type { PloverType } from '../records/article.js';
import type { SyntaxWord } from '../syntax/types.js';
import { foldWord } from '../entities/fold.js';
import { hasRelation, lemmaKey, type DependencyTree } from './dependency-tree.js';

/** Words that make a clause a standing position rather than a reported act (`event-grammar.json`). */
export interface StanceWords {
  stanceNouns: ReadonlySet<string>;
  habitualAdverbs: ReadonlySet<string>;
  universalDeterminers: ReadonlySet<string>;
}

/** Judgements that name what they judge; of acts of a kind in general they state a position. */
const JUDGEMENTS = new Set<PloverType>(['ACCUSE', 'REJECT', 'SUPPORT']);

/**
 * A judgement of any act of a kind ("s'oppose à **tout** embargo", "condemns **all** acts of
 * terrorism", "soutient **toute** initiative"): what it is aimed at is a quantified class, not an
 * act of a party.
 */
export function judgesAnyAct(
  tree: DependencyTree,
  cue: SyntaxWord,
  type: PloverType,
  words: StanceWords,
): boolean {
  if (!JUDGEMENTS.has(type)) return false;
  const aimed = tree.dependents(cue, 'obj', 'obl', 'obl:arg', 'iobj', 'nmod');
  const universal = (word: SyntaxWord): boolean =>
    words.universalDeterminers.has(foldWord(word.form)) || words.universalDeterminers.has(lemmaKey(word));
  const quantified = (head: SyntaxWord): boolean => tree.dependents(head, 'det', 'amod').some(universal);
  // A common noun beside the quantified object names none of its parties ("condamne toutes les
  // attaques **contre des civils**"); a name does ("condemns all attacks **by Israel**").
  const unnamed = (head: SyntaxWord): boolean =>
    head.upos === 'NOUN' &&
    !tree.dependents(head, 'nmod', 'amod', 'compound').some((word) => word.upos === 'PROPN');
  return (
    aimed.some(quantified) &&
    aimed.every((head) => unnamed(head) && (quantified(head) || !hasRelation(head, 'obj')))
  );
}

/**
 * Whether a cue's clause states a standing position, which the agency-news guidelines and PLOVER
 * leave uncoded as general policy: a copular clause whose subject is a stance noun ("la position
 * constante du Vietnam est de soutenir…", "Vietnam's consistent view is that all parties must…"),
 * a predicate a stance noun holds ("its consistent stance of supporting…"), or a habitual adverb
 * on the cue's predicate ("le Japon soutient toujours…", "has always backed").
 * A modal or auxiliary cue ("must") is read on the verb it serves.
 */
export function statesPosition(tree: DependencyTree, cue: SyntaxWord, words: StanceWords): boolean {
  const predicate = cue.upos === 'AUX' ? (tree.head(cue) ?? cue) : cue;
  const subjects = tree.dependents(predicate, 'nsubj');
  if (
    tree.dependents(predicate, 'cop').length > 0 &&
    subjects.some((subject) => words.stanceNouns.has(lemmaKey(subject)))
  )
    return true;
  // What a stance noun holds ("reiterated Vietnam's consistent stance of supporting…"), also when the
  // parser hangs it on the verb whose object the stance noun is ("a réaffirmé sa politique de soutenir").
  const holder = tree.head(predicate);
  const held = ['acl', 'nmod', 'xcomp', 'advcl'].includes(predicate.deprel.split(':')[0]!);
  const stance = (noun: SyntaxWord): boolean => words.stanceNouns.has(lemmaKey(noun));
  const stanceObject = (verb: SyntaxWord): boolean =>
    tree.dependents(verb, 'obj').some((object) => object.id < predicate.id && stance(object));
  if (held && holder !== undefined && (stance(holder) || stanceObject(holder))) return true;
  const habitual = (verb: SyntaxWord): boolean =>
    tree.dependents(verb, 'advmod').some((adverb) => words.habitualAdverbs.has(lemmaKey(adverb)));
  if (habitual(predicate)) return true;
  // "a toujours fait preuve de bonne volonté, étant prêt à dialoguer": the habit of the clause the
  // cue's participle, infinitive or conjunct depends on.
  const governor = tree.head(predicate);
  const dependent = ['advcl', 'xcomp', 'conj'].includes(predicate.deprel.split(':')[0]!);
  return dependent && governor !== undefined && governor.upos === 'VERB' && habitual(governor);
}
