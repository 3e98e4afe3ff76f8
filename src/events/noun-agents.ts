import { foldWord } from '../entities/fold.js';
import type { SyntaxWord } from '../syntax/types.js';
import type { ArgumentWords } from './argument-words.js';
import { hasRelation, NOT_THE_REFERENT, prepositionOf, type DependencyTree } from './dependency-tree.js';

/** The possessive determiner or pronoun on a noun ("its deployment", "son déploiement"), if any. */
export function possessiveOf(
  tree: DependencyTree,
  noun: SyntaxWord,
  words: ArgumentWords,
): SyntaxWord | null {
  return (
    tree.dependents(noun, 'nmod:poss', 'det').find((word) => words.possessives.has(foldWord(word.form))) ??
    null
  );
}

/**
 * Whether a noun's "de/of" complement names its author in its own words or through further
 * "de/of" complements ("la visite du président **du Vietnam**"), not only deep in a complement
 * of another kind ("une aide de 2 millions d'euros aux victimes **au Vietnam**": the receiver).
 */
function namesOwnActor(
  tree: DependencyTree,
  head: SyntaxWord,
  words: ArgumentWords,
  isActorWord: (word: SyntaxWord) => boolean,
): boolean {
  const ownPhrase = tree.subtreeWhere(head, (child) => {
    if (NOT_THE_REFERENT.some((relation) => hasRelation(child, relation))) return false;
    const preposition =
      hasRelation(child, 'nmod') || hasRelation(child, 'obl') ? prepositionOf(tree, child) : '';
    return preposition === '' || words.agentPrepositions.has(preposition);
  });
  return ownPhrase.some(isActorWord);
}

/**
 * The "by" agent of a participle on an event noun ("l'attaque **perpétrée par** un navire chinois"),
 * or the one the parser hung on the verb beside the noun: "protested the seizure of its boat **by**
 * Chinese coast guards" (an agent on an active verb), "the attack carried out by…" (read as a clause).
 */
function participleAgents(
  tree: DependencyTree,
  noun: SyntaxWord,
  words: ArgumentWords,
  namesActor: (head: SyntaxWord) => boolean,
): SyntaxWord[] {
  const carrier = tree.head(noun);
  const misattached =
    carrier !== undefined &&
    carrier.feats['VerbForm'] === 'Part' &&
    tree.dependents(carrier, 'aux', 'aux:pass').length === 0 &&
    (hasRelation(noun, 'nsubj') || hasRelation(noun, 'obj'));
  const beside =
    carrier !== undefined && (misattached || (hasRelation(noun, 'obj') && hasRelation(carrier, 'root')))
      ? [carrier]
      : [];
  return [...tree.dependents(noun, 'acl'), ...beside]
    .filter((verb) => verb.feats['VerbForm'] === 'Part' || tree.dependents(verb, 'obl:agent').length > 0)
    .flatMap((verb) =>
      tree
        .dependents(verb, 'obl')
        .filter(
          (word) =>
            (hasRelation(word, 'obl:agent') || words.passiveAgent.has(prepositionOf(tree, word))) &&
            namesActor(word),
        ),
    );
}

/**
 * "the strikes that India launched on May 7", "l'exercice que Taïwan a mené": the active subject of a
 * relative clause on the noun, whose relative word (or gap) is the act, is its author. A relative
 * clause whose subject is the relative word ("the strikes, which killed…") names none.
 */
function relativeSubjects(
  tree: DependencyTree,
  noun: SyntaxWord,
  namesActor: (head: SyntaxWord) => boolean,
): SyntaxWord[] {
  return tree
    .dependents(noun, 'acl:relcl')
    .filter((verb) => verb.upos === 'VERB' && tree.dependents(verb, 'aux:pass', 'nsubj:pass').length === 0)
    .flatMap((verb) =>
      tree.dependents(verb, 'nsubj').filter((subject) => subject.upos !== 'PRON' && namesActor(subject)),
    );
}

/** A word's "by/par" complements that name an actor ("l'attaque **par la Chine**", "the arrest **by the navy**"). */
export function byPhrases(
  tree: DependencyTree,
  head: SyntaxWord,
  passiveAgent: ReadonlySet<string>,
  namesActor: (word: SyntaxWord) => boolean,
): SyntaxWord[] {
  return tree
    .dependents(head, 'nmod')
    .filter((word) => passiveAgent.has(prepositionOf(tree, word)) && namesActor(word));
}

/** A noun cue's author: its possessor ("Turkey's appeal"), its "de/of" complement, or an adjacent demonym. */
export function nounAgents(
  tree: DependencyTree,
  noun: SyntaxWord,
  words: ArgumentWords,
  complementIsPatient: boolean,
  namesActor: (head: SyntaxWord) => boolean,
  isActorWord: (word: SyntaxWord) => boolean,
): { agents: SyntaxWord[]; patients: SyntaxWord[] } {
  const possessors = tree.dependents(noun, 'nmod:poss').filter(namesActor);
  // "les protestations répétées du Vietnam": the parser hung the noun's "de" phrase on a participle of it.
  const onParticiples = tree
    .dependents(noun, 'acl')
    .filter((verb) => verb.feats['VerbForm'] === 'Part' && tree.dependents(verb, 'obj').length === 0)
    .flatMap((verb) => tree.dependents(verb, 'obl:arg', 'obl', 'nmod'));
  const complements = [...tree.dependents(noun, 'nmod'), ...onParticiples].filter(
    (word) =>
      !hasRelation(word, 'nmod:poss') &&
      words.agentPrepositions.has(prepositionOf(tree, word)) &&
      namesActor(word) &&
      namesOwnActor(tree, word, words, isActorWord),
  );
  const demonyms = tree.dependents(noun, 'amod').filter((word) => word.upos === 'ADJ' && namesActor(word));
  // "le tir de missile nord-coréen", "the launch of a North Korean missile": the author named on
  // what the act is of, when that complement is a thing rather than an actor.
  for (const thing of tree.dependents(noun, 'nmod')) {
    if (namesActor(thing) || !words.agentPrepositions.has(prepositionOf(tree, thing))) continue;
    demonyms.push(
      ...tree.dependents(thing, 'amod').filter((word) => word.upos === 'ADJ' && namesActor(word)),
    );
    if (!complementIsPatient) {
      demonyms.push(
        ...tree
          .dependents(thing, 'nmod')
          .filter((word) => words.agentPrepositions.has(prepositionOf(tree, word)) && namesActor(word)),
      );
    }
  }
  // "le retrait par la Chine du groupe", "the shelling of Thai villages by Cambodian troops": "par"
  // and "by" name the agent; beside them, "de" and "of" name what the act is done to.
  const byAgent = byPhrases(tree, noun, words.passiveAgent, namesActor);
  byAgent.push(
    ...participleAgents(tree, noun, words, namesActor),
    ...relativeSubjects(tree, noun, namesActor),
  );
  // "the arrest of 12 fishermen by the navy": a "by" phrase the parser hung on what the act is done to.
  for (const thing of tree.dependents(noun, 'nmod')) {
    if (!words.agentPrepositions.has(prepositionOf(tree, thing))) continue;
    byAgent.push(...byPhrases(tree, thing, words.passiveAgent, namesActor));
  }
  // "its long-threatened invasion of South Lebanon", "son invasion de l'Ukraine": a possessive names
  // the author, so the "de/of" complement is what the act is done to.
  if (complementIsPatient || byAgent.length > 0 || possessiveOf(tree, noun, words) !== null) {
    const patients = complements.filter((word) => !byAgent.includes(word));
    return { agents: [...possessors, ...byAgent, ...demonyms], patients };
  }
  return { agents: [...possessors, ...complements, ...demonyms], patients: [] };
}
