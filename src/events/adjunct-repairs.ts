import type { SyntaxWord } from '../syntax/types.js';

/** Relations of an object clitic before its verb. */
const CLITIC_OBJECTS = new Set(['obj', 'iobj']);

/**
 * "Washington a sanctionné trois entreprises, **les accusant** de soutenir…": a present participle
 * after a comma with an object clitic of its own, which the parser hung on the noun before it as a
 * relative modifier. A noun's modifier cannot take that noun back as its object: the participle is
 * an adjunct of the clause, done by its subject. Returns the verb of that clause, or null.
 */
export function participleAdjunctOnNoun(words: readonly SyntaxWord[], word: SyntaxWord): SyntaxWord | null {
  if (word.upos !== 'VERB' || word.feats['VerbForm'] !== 'Part' || word.feats['Tense'] !== 'Pres')
    return null;
  if (word.deprel !== 'acl' && word.deprel !== 'acl:relcl') return null;
  const clitic = words[word.id - 2];
  if (clitic?.upos !== 'PRON' || clitic.head !== word.id || !CLITIC_OBJECTS.has(clitic.deprel)) return null;
  if (words[word.id - 3]?.form !== ',') return null;
  let above = words[word.head - 1];
  for (let steps = 0; above && steps < words.length; steps++) {
    if (above.upos === 'VERB' || above.upos === 'AUX') return above.id < word.id ? above : null;
    above = words[above.head - 1];
  }
  return null;
}

/**
 * "…, **le** remerciant pour…": an article the tagger read before a verb is an object clitic (an
 * article never determines a verb). Returns whether the word is one; it becomes the verb's `obj`.
 */
export function articleOnVerb(words: readonly SyntaxWord[], word: SyntaxWord): boolean {
  if (word.upos !== 'DET' || word.deprel !== 'det') return false;
  const verb = words[word.head - 1];
  return verb?.upos === 'VERB' && verb.id === word.id + 1 && word.feats['PronType'] === undefined;
}
