import type { ActorMention } from './actor-mentions.js';
import type { ClauseArguments } from './clause-arguments.js';
import { lemmaKey, prepositionOf, type DependencyTree } from './dependency-tree.js';
import type { SyntaxWord } from '../syntax/types.js';
import { phraseMention } from './tree-sides.js';

/** Words of the envoy-host reading (folded, `event-grammar.json`). */
export interface EnvoyWords {
  /** Heads of an envoy's title ("ambassadeur", "chargé", "envoy", "diplomat"). */
  envoyNouns: ReadonlySet<string>;
  /** Prepositions of the post an envoy holds or of where he is called ("à", "en", "auprès", "to", "in"). */
  hostPrepositions: ReadonlySet<string>;
}

/**
 * "L'ambassadeur de Norvège à Moscou a été convoqué", "Russia's ambassador to Germany was summoned to
 * the German Foreign Office": only the state an envoy is posted to summons, expels or receives him,
 * so an act done to an envoy in a passive with no agent is that state's. Its mention: the post his
 * title names ("à Moscou", "to Germany"), else where he was called ("au ministère allemand des
 * Affaires étrangères"), when it stands for another state than his own. Null when the act is not in
 * that shape.
 */
export function envoyHost(
  tree: DependencyTree,
  cue: SyntaxWord,
  args: ClauseArguments,
  mentions: readonly ActorMention[],
  words: EnvoyWords,
): ActorMention | null {
  if (!args.passive || args.agents.length > 0) return null;
  const envoy = args.patients.find((head) => words.envoyNouns.has(lemmaKey(head)));
  if (!envoy) return null;
  const hosted = (phrase: SyntaxWord): boolean => words.hostPrepositions.has(prepositionOf(tree, phrase));
  const posts = tree.dependents(envoy, 'nmod').filter(hosted);
  const own = tree
    .dependents(envoy, 'nmod', 'amod', 'nmod:poss')
    .filter((phrase) => !posts.includes(phrase))
    .map((phrase) => phraseMention(tree, phrase, mentions)?.code)
    .filter((code) => code !== undefined);
  const called = tree.dependents(cue, 'obl').filter(hosted);
  for (const phrase of [...posts, ...called]) {
    const host = phraseMention(tree, phrase, mentions);
    if (host && host.code !== 'IGO' && !own.includes(host.code)) return host;
  }
  return null;
}
