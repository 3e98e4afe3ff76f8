import type { SyntaxWord } from '../syntax/types.js';
import { dominates, SUBJECTS } from './subject-repairs.js';

/** Relations by which a clause hangs under the verb of another clause. */
const EMBEDDED = new Set(['ccomp', 'advcl', 'acl:relcl', 'acl', 'xcomp', 'csubj']);
/** Auxiliary relations whose word carries a compound verb's agreement ("**a** exhorté", "**has** urged"). */
const AUXILIARIES = new Set(['aux', 'aux:tense', 'aux:pass']);

/** Person and number of a finite verb, from itself or its finite auxiliary; null when it shows none. */
function verbAgreement(words: readonly SyntaxWord[], verb: SyntaxWord): Agreement | null {
  const finite = [verb, ...words.filter((w) => w.head === verb.id && AUXILIARIES.has(w.deprel))].find(
    (word) => word.feats['VerbForm'] === 'Fin' && word.feats['Number'],
  );
  return finite ? { number: finite.feats['Number']!, person: finite.feats['Person'] ?? null } : null;
}

interface Agreement {
  number: string;
  person: string | null;
}

/** What a verb's subject asks of it: plural when coordinated; null when the subject shows nothing. */
function subjectAgreement(words: readonly SyntaxWord[], verb: SyntaxWord): Agreement | null {
  const subject = words.find((word) => word.head === verb.id && SUBJECTS.has(word.deprel));
  if (!subject) return null;
  if (words.some((word) => word.head === subject.id && word.deprel === 'conj'))
    return { number: 'Plur', person: null };
  const number = subject.feats['Number'];
  if (!number) return null;
  const person = subject.upos === 'PRON' ? (subject.feats['Person'] ?? null) : '3';
  return { number, person };
}

function disagree(verb: Agreement, subject: Agreement): boolean {
  return (
    verb.number !== subject.number || (!!verb.person && !!subject.person && verb.person !== subject.person)
  );
}

/**
 * "Le porte-parole a affirmé que les ventes d'armes **violent** le principe … et **a exhorté** les
 * Etats-Unis à…": the parser hung the second verb, which has no subject of its own, as a conjunct of
 * the verb inside the reported clause. A conjunct without a subject shares its first conjunct's; when
 * its finite form cannot agree with that subject ("a", singular, against "les ventes", plural) but
 * agrees with the subject of a clause above it, it is that clause's conjunct. The clause above that
 * agrees, or null when the conjunct is not in that shape.
 */
export function conjunctOfClauseAbove(words: readonly SyntaxWord[], word: SyntaxWord): SyntaxWord | null {
  if (word.deprel !== 'conj' || (word.upos !== 'VERB' && word.upos !== 'AUX')) return null;
  if (words.some((child) => child.head === word.id && SUBJECTS.has(child.deprel))) return null;
  const own = verbAgreement(words, word);
  const first = words[word.head - 1];
  if (!own || !first || (first.upos !== 'VERB' && first.upos !== 'AUX')) return null;
  const inherited = subjectAgreement(words, first);
  if (!inherited || !disagree(own, inherited)) return null;
  for (let clause = first; EMBEDDED.has(clause.deprel);) {
    const above = words[clause.head - 1];
    if (!above) return null;
    const subject = subjectAgreement(words, above);
    if ((above.upos === 'VERB' || above.upos === 'AUX') && subject && !disagree(own, subject)) return above;
    clause = above;
  }
  return null;
}

/**
 * "l'expulsion de quatre diplomates russes, **accusés** d'avoir mené…": the parser hung a
 * participle on the head of the noun phrase, which it cannot agree with ("expulsion", singular;
 * "accusés", plural), or on the verb whose object that phrase is. A participle modifier agrees with
 * its noun: it modifies the nearest noun before it inside that phrase, when that noun agrees
 * ("diplomates"). That noun, or null when the participle is not in that shape.
 */
export function participleOfAgreeingNoun(words: readonly SyntaxWord[], word: SyntaxWord): SyntaxWord | null {
  if (word.deprel !== 'acl' || word.upos !== 'VERB' || word.feats['VerbForm'] !== 'Part') return null;
  const number = word.feats['Number'];
  const head = words[word.head - 1];
  if (!number || !head) return null;
  // An adjectival participle hung on a verb ("a décidé l'expulsion de diplomates, accusés…") modifies a noun.
  const onVerb = head.upos === 'VERB';
  if (!onVerb && (head.upos !== 'NOUN' || !head.feats['Number'] || head.feats['Number'] === number))
    return null;
  // A compound participle ("ayant existé") does not agree; a noun in -s, -x or -z shows no number.
  if (words.some((aux) => aux.head === word.id && AUXILIARIES.has(aux.deprel))) return null;
  if (!onVerb && /[sxz]$/iu.test(head.form)) return null;
  const inPhrase = (noun: SyntaxWord): boolean => {
    for (let at: SyntaxWord | undefined = noun; at; at = words[at.head - 1]) {
      const above = words[at.head - 1];
      if (above === head) return onVerb ? at.deprel === 'obj' : at.deprel === 'nmod' || at.deprel === 'conj';
      if (at.deprel !== 'nmod' && at.deprel !== 'conj') return false;
    }
    return false;
  };
  for (let id = word.id - 1; id > head.id; id--) {
    const noun = words[id - 1]!;
    if (noun.upos !== 'NOUN' || !inPhrase(noun)) continue;
    // The nearest noun decides: one in -s, -x or -z may be either number.
    return noun.feats['Number'] === number || /[sxz]$/iu.test(noun.form) ? noun : null;
  }
  return null;
}

/** Clause relations under which an infinitive completes a verb or a noun ("urged X **to exercise**"). */
const INFINITIVE_CLAUSES = new Set(['xcomp', 'acl', 'ccomp', 'advcl']);

/**
 * "urged all sides **to exercise** restraint **and to create** a conducive environment…": the parser
 * coordinated the second marked infinitive with the finite verb. Conjuncts share their form: a
 * marked infinitive coordinates with the nearest marked infinitive before it under that verb, not
 * with the verb ("a demandé à X **de** retirer… **et de** respecter…" alike). That infinitive, or null.
 */
export function infinitiveConjunctOfInfinitive(
  words: readonly SyntaxWord[],
  word: SyntaxWord,
): SyntaxWord | null {
  if (word.deprel !== 'conj' || word.feats['VerbForm'] !== 'Inf') return null;
  const marked = (verb: SyntaxWord): boolean =>
    words.some((child) => child.head === verb.id && child.deprel === 'mark' && child.id < verb.id);
  if (!marked(word) || words.some((child) => child.head === word.id && SUBJECTS.has(child.deprel)))
    return null;
  const head = words[word.head - 1];
  if (!head || (head.upos !== 'VERB' && head.upos !== 'AUX') || !verbAgreement(words, head)) return null;
  for (let id = word.id - 1; id > head.id; id--) {
    const verb = words[id - 1]!;
    // A finite verb in between opens another clause: the coordination is not local.
    if (verb.feats['VerbForm'] === 'Fin') return null;
    if (
      verb.feats['VerbForm'] === 'Inf' &&
      INFINITIVE_CLAUSES.has(verb.deprel) &&
      marked(verb) &&
      dominates(words, head, verb)
    )
      return verb;
  }
  return null;
}
