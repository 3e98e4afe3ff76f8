import type { SyntaxWord } from '../syntax/types.js';
import { dominates } from './subject-repairs.js';

/** A present participle ("accusant", "interdisant"). */
function presentParticiple(word: SyntaxWord): boolean {
  return word.upos === 'VERB' && word.feats['VerbForm'] === 'Part' && word.feats['Tense'] === 'Pres';
}

/** Relations of an object clitic before its verb. */
const CLITIC_OBJECTS = new Set(['obj', 'iobj']);

/**
 * "Washington a sanctionné trois entreprises, **les accusant** de soutenir…": a present participle
 * after a comma with an object clitic of its own, which the parser hung on the noun before it as a
 * relative modifier. A noun's modifier cannot take that noun back as its object: the participle is
 * an adjunct of the clause, done by its subject. Returns the verb of that clause, or null.
 */
export function participleAdjunctOnNoun(words: readonly SyntaxWord[], word: SyntaxWord): SyntaxWord | null {
  if (!presentParticiple(word)) return null;
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

/** Punctuation that may close an object before the clause that describes it: quotes, brackets. */
const CLOSING = /^[\p{Pe}\p{Pf}"»]$/u;

/**
 * "…a violé « les résolutions du Conseil de sécurité » interdisant à ce pays…": a present participle
 * with no mark ("en") and no comma before it, right after its verb's object (a closing quote or
 * bracket aside), describes that object (`acl`), though the parser hung it on the verb as an adjunct.
 * Returns the object, or null.
 */
export function participleOnObject(words: readonly SyntaxWord[], word: SyntaxWord): SyntaxWord | null {
  if (!presentParticiple(word) || word.deprel !== 'advcl') return null;
  if (words.some((other) => other.head === word.id && other.deprel === 'mark')) return null;
  const verb = words[word.head - 1];
  if (verb?.upos !== 'VERB' || verb.id > word.id) return null;
  let before = word.id - 1;
  while (before > verb.id && CLOSING.test(words[before - 1]!.form)) before -= 1;
  const last = words[before - 1];
  if (!last || last.upos === 'PUNCT') return null;
  const object = words.find(
    (other) => other.head === verb.id && other.deprel === 'obj' && other.id < word.id,
  );
  return object && (object === last || dominates(words, object, last)) ? object : null;
}
