import { foldWord } from '../entities/fold.js';
import type { SyntaxWord } from '../syntax/types.js';
import {
  activeSubjectReadAsPassive,
  dominates,
  passiveReadAsActive,
  finite,
  mainVerbInApposition,
  nounRootOverParticiple,
  nounRootOverVerb,
  SUBJECTS,
} from './subject-repairs.js';
import { articleOnVerb, participleAdjunctOnNoun, participleOnObject } from './adjunct-repairs.js';
import { clauseAfterSemicolon, uncoordinatedClause } from './clause-joint-repairs.js';
import {
  conjunctOfClauseAbove,
  infinitiveConjunctOfInfinitive,
  participleOfAgreeingNoun,
} from './agreement-repairs.js';

/** The language's words some repairs read (folded lemmas). */
export interface TreeRepairWords {
  /** Nouns that take an infinitive complement ("décision", "plan"). */
  infinitiveNouns: ReadonlySet<string>;
  /** Verbs whose object is the subject of their infinitive ("demander", "urge"): their `xcomp` is theirs. */
  objectControl: ReadonlySet<string>;
  /** Personal pronouns that can only be subjects ("il", "elles", "they"). */
  subjectPronouns: ReadonlySet<string>;
  /** Auxiliaries that before a past participle only make passives ("be"). */
  passiveAuxiliaryLemmas: ReadonlySet<string>;
}

/**
 * Relabel what the parser could not have meant (each shape is described at its function): a clause
 * coordinated with no conjunction (`uncoordinatedClause`), an infinitive hung on the verb beside a
 * noun that takes it (`nounOfInfinitive`), a subject after a preposition, two subjects side by side,
 * a subject left in an introductory phrase, two coordinated names read as a head and its relative
 * clause, a name after its title and a comma hung on the verb (`titleOfName`), a subject noun left
 * as the root above its verb (`nounRootOverVerb`, `nounRootOverParticiple`), an active subject read as a passive one, a
 * participle adjunct hung on a noun (`participleAdjunctOnNoun`), an object clitic read as an article
 * (`articleOnVerb`), a subjectless conjunct that cannot agree with the subject it would share
 * (`conjunctOfClauseAbove`), a participle hung on a noun it cannot agree with (`participleOfAgreeingNoun`), a marked infinitive
 * coordinated with a finite verb (`infinitiveConjunctOfInfinitive`), a clause after a semicolon read as
 * a relative clause (`clauseAfterSemicolon`).
 * Words stay the same objects unless relabelled; a relabelled word is a copy.
 */
export function repairedWords(
  words: readonly SyntaxWord[],
  lexicon: TreeRepairWords | null = null,
): readonly SyntaxWord[] {
  let repaired: SyntaxWord[] | null = null;
  const relabel = (word: SyntaxWord, head: number, deprel: string): void => {
    repaired ??= [...words];
    repaired[word.id - 1] = { ...word, head, deprel };
  };
  const rooted = nounRootOverVerb(words);
  const participle = rooted ? null : nounRootOverParticiple(words);
  for (const { noun, verb } of [rooted, participle].filter((found) => found !== null)) {
    relabel(verb, 0, 'root');
    relabel(noun, verb.id, 'nsubj');
  }
  const inApposition = rooted || participle ? null : mainVerbInApposition(words);
  if (inApposition) {
    relabel(inApposition.verb, 0, 'root');
    relabel(inApposition.subject, inApposition.verb.id, 'nsubj');
    relabel(inApposition.root, inApposition.verb.id, 'conj');
  }
  // What the noun held after its verb (the final stop, a clause) is the verb's.
  if (participle)
    for (const child of words.filter((w) => w.head === participle.noun.id && w.id > participle.verb.id))
      relabel(child, participle.verb.id, child.deprel);
  for (const word of words) {
    if (uncoordinatedClause(words, word)) relabel(word, word.head, 'ccomp');
    const root = clauseAfterSemicolon(words, word);
    if (root) relabel(word, root.id, 'parataxis');
    const noun = lexicon && nounOfInfinitive(words, word, lexicon);
    if (noun) relabel(word, noun.id, 'acl');
    const titled = titleOfName(words, word);
    if (titled) relabel(word, titled.id, 'appos');
    if (lexicon && subjectPronounAsObject(words, word, lexicon)) relabel(word, word.head, 'nsubj');
    if (prepositionalRelativeAsSubject(words, word)) relabel(word, word.head, 'obl:arg');
    if (activeSubjectReadAsPassive(words, word)) relabel(word, word.head, 'nsubj');
    const passive = lexicon && passiveReadAsActive(words, word, lexicon.passiveAuxiliaryLemmas);
    if (passive) {
      relabel(word, word.head, 'aux:pass');
      for (const subject of passive) relabel(subject, subject.head, 'nsubj:pass');
    }
    if (articleOnVerb(words, word)) relabel(word, word.head, 'obj');
    const clause = participleAdjunctOnNoun(words, word);
    if (clause) relabel(word, clause.id, 'advcl');
    const described = participleOnObject(words, word);
    if (described) relabel(word, described.id, 'acl');
    const above = conjunctOfClauseAbove(words, word);
    if (above) relabel(word, above.id, 'conj');
    const modified = participleOfAgreeingNoun(words, word);
    if (modified) relabel(word, modified.id, 'acl');
    const infinitive = infinitiveConjunctOfInfinitive(words, word);
    if (infinitive) relabel(word, infinitive.id, 'conj');
  }
  for (const verb of words) {
    for (const oblique of subjectsAfterPrepositions(repaired ?? words, verb))
      relabel(oblique, verb.id, 'obl');
    const pair = subjectsSideBySide(repaired ?? words, verb);
    if (pair) {
      relabel(pair.second, pair.first.id, 'conj');
      relabel(pair.conjunction, pair.second.id, 'cc');
    }
    const subject = subjectLeftInIntroduction(repaired ?? words, verb);
    if (subject) relabel(subject, verb.id, 'nsubj');
    const current = (repaired ?? words)[verb.id - 1]!;
    const split = coordinatedSubjectAsRelative(repaired ?? words, current);
    if (split) {
      const { first, second, conjunction } = split;
      relabel(current, first.head, first.deprel);
      relabel(first, current.id, 'nsubj');
      relabel(second, first.id, 'conj');
      relabel(conjunction, second.id, 'cc');
      for (const child of (repaired ?? words).filter((w) => w.head === first.id && w.id > current.id))
        relabel(child, current.id, child.deprel);
    }
  }
  return repaired ?? words;
}

/**
 * "Le Vietnam a contesté la décision de la Chine d'interdire la pêche": an infinitive the parser hung on
 * the verb (`xcomp`) right after that verb's object, a noun that takes an infinitive, completes the
 * noun (`acl`), unless the verb is one whose object does what its infinitive says ("a exhorté les
 * autorités à…").
 */
function nounOfInfinitive(
  words: readonly SyntaxWord[],
  word: SyntaxWord,
  lexicon: TreeRepairWords,
): SyntaxWord | null {
  if (word.deprel !== 'xcomp' || word.feats['VerbForm'] !== 'Inf') return null;
  const verb = words[word.head - 1];
  if (!verb || lexicon.objectControl.has(foldWord(verb.lemma || verb.form))) return null;
  const [first] = extent(words, word);
  const object = words.find(
    (other) =>
      other.head === verb.id &&
      other.deprel === 'obj' &&
      other.upos === 'NOUN' &&
      other.id < word.id &&
      lexicon.infinitiveNouns.has(foldWord(other.lemma || other.form)),
  );
  return object && extent(words, object)[1] === first - 1 ? object : null;
}

/** A verb's arguments that a title names ("a reçu son homologue chilien, X": the object). */
const TITLED_ARGUMENTS = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj', 'obl:arg']);

/**
 * "a reçu le 4 mars son homologue chilien, Alberto van Klaveren": the parser hung the name after the
 * comma on the verb as a bare oblique (no preposition of its own). A proper noun so hung right after
 * the comma that closes an argument headed by a common noun (the title) is that noun's apposition.
 */
function titleOfName(words: readonly SyntaxWord[], word: SyntaxWord): SyntaxWord | null {
  if (word.upos !== 'PROPN' || !/^(obl|dep)/u.test(word.deprel)) return null;
  if (words.some((child) => child.head === word.id && child.deprel === 'case')) return null;
  const comma = words[word.id - 2];
  const before = words[word.id - 3];
  if (comma?.form !== ',' || !before) return null;
  const title = words.find(
    (other) =>
      other.head === word.head &&
      other.id < word.id &&
      other.upos === 'NOUN' &&
      TITLED_ARGUMENTS.has(other.deprel) &&
      dominates(words, other, before),
  );
  return title ?? null;
}

/**
 * "President X and Ecuadorian President Y held talks" parsed with two subjects: the second, whose
 * phrase opens with the conjunction, is coordinated with the first.
 */
function subjectsSideBySide(
  words: readonly SyntaxWord[],
  verb: SyntaxWord,
): { first: SyntaxWord; second: SyntaxWord; conjunction: SyntaxWord } | null {
  const subjects = subjectsOf(words, verb);
  if (subjects.length !== 2) return null;
  const [first, second] = subjects as [SyntaxWord, SyntaxWord];
  const conjunction = openingConjunction(words, second);
  if (!conjunction) return null;
  return extent(words, first)[1] === conjunction.id - 1 ? { first, second, conjunction } : null;
}

/** Relations the parser gave a main verb it hung on the first of two coordinated names. */
const MISREAD_MAIN_VERB = new Set([
  'acl:relcl',
  'acl',
  'advcl:relcl',
  'advcl',
  'appos',
  'list',
  'parataxis',
  'dep',
]);

/**
 * "General Secretary To Lam and Lao President Thongloun Sisoulith held talks": the parser made the first
 * name the root and the verb a relative clause (or an apposition, a list item) on it, whose subject is
 * the second name with the "and". A finite verb so attached with no relative word, whose subject
 * phrase opens with the conjunction, is the main verb of both names coordinated.
 */
function coordinatedSubjectAsRelative(
  words: readonly SyntaxWord[],
  verb: SyntaxWord,
): { first: SyntaxWord; second: SyntaxWord; conjunction: SyntaxWord } | null {
  if (verb.upos !== 'VERB' || !MISREAD_MAIN_VERB.has(verb.deprel) || !finite(words, verb)) return null;
  const first = words[verb.head - 1];
  if (!first || (first.upos !== 'PROPN' && first.upos !== 'NOUN') || first.id > verb.id) return null;
  const second = words.find(
    (word) =>
      word.head === verb.id &&
      word.deprel === 'nsubj' &&
      (word.upos === 'PROPN' || word.upos === 'NOUN') &&
      word.id > first.id &&
      word.id < verb.id,
  );
  const conjunction = second && openingConjunction(words, second);
  if (!second || !conjunction) return null;
  const relative = words.some(
    (word) => word.upos === 'PRON' && word.feats['PronType'] === 'Rel' && dominates(words, verb, word),
  );
  return relative ? null : { first, second, conjunction };
}

/** Words between a subject and its verb that belong to the verb ("has", "also", "n'"). */
const VERB_LEFT = new Set(['aux', 'aux:pass', 'aux:tense', 'advmod', 'cop', 'expl:pv', 'expl:comp']);

/**
 * "At the invitation of President X, Philippine President Y paid a visit": the parser hung the
 * subject, after the comma that closes an introductory phrase, on that phrase's last name as an
 * apposition, and the verb has no subject. A finite verb with no subject whose introductory
 * phrase ends with such an apposition or conjunct right before it takes that phrase as subject.
 */
function subjectLeftInIntroduction(words: readonly SyntaxWord[], verb: SyntaxWord): SyntaxWord | null {
  if (verb.upos !== 'VERB' || !finite(words, verb)) return null;
  const children = words.filter((word) => word.head === verb.id);
  if (children.some((child) => SUBJECTS.has(child.deprel))) return null;
  let last = verb.id - 1;
  while (last > 0 && words[last - 1]!.head === verb.id && VERB_LEFT.has(words[last - 1]!.deprel)) last--;
  // "…, le ministre X, Bui Thanh Son, a rencontré": the comma that closes an apposition subject.
  if (words[last - 1]?.form === ',' && words[last - 1]!.upos === 'PUNCT') last--;
  for (let id = last; id > 0; id--) {
    const word = words[id - 1]!;
    if (word.deprel !== 'appos' && word.deprel !== 'conj') continue;
    if (word.upos !== 'PROPN' && word.upos !== 'NOUN') continue;
    const [first, end] = extent(words, word);
    if (words[first - 2]?.form !== ',' || end !== last) continue;
    return dominates(words, verb, word) ? word : null;
  }
  return null;
}

/**
 * "At the meeting with Ambassador X, Deputy Minister Y asked…": of two subjects of one verb, one
 * right after a preposition is the complement that preposition opens, not a subject.
 */
function subjectsAfterPrepositions(words: readonly SyntaxWord[], verb: SyntaxWord): SyntaxWord[] {
  const subjects = subjectsOf(words, verb);
  if (subjects.length < 2) return [];
  const afterPreposition = subjects.filter((subject) => {
    const [first] = extent(words, subject);
    return words[first - 2]?.upos === 'ADP';
  });
  return afterPreposition.length < subjects.length ? afterPreposition : [];
}

/** The active subjects (`nsubj`) of a verb. */
function subjectsOf(words: readonly SyntaxWord[], verb: SyntaxWord): SyntaxWord[] {
  return words.filter((word) => word.head === verb.id && word.deprel === 'nsubj');
}

/** The coordinating conjunction ("and", "et") a phrase opens with, if it opens with one. */
function openingConjunction(words: readonly SyntaxWord[], phrase: SyntaxWord): SyntaxWord | null {
  const conjunction = words[extent(words, phrase)[0] - 1];
  return conjunction?.deprel === 'cc' && conjunction.upos === 'CCONJ' ? conjunction : null;
}

/** First and last ids of a phrase (its subtree without punctuation). */
function extent(words: readonly SyntaxWord[], top: SyntaxWord): [number, number] {
  let first = top.id;
  let last = top.id;
  for (const word of words) {
    if (word.upos === 'PUNCT' || !dominates(words, top, word)) continue;
    first = Math.min(first, word.id);
    last = Math.max(last, word.id);
  }
  return [first, last];
}

/**
 * "…, Rachid Meredov, à qui **il** a demandé de…": a personal pronoun that can only be a subject,
 * read as the verb's object while the verb has no subject of its own, is its subject.
 */
function subjectPronounAsObject(
  words: readonly SyntaxWord[],
  word: SyntaxWord,
  lexicon: TreeRepairWords,
): boolean {
  if (word.upos !== 'PRON' || !['obj', 'iobj'].includes(word.deprel)) return false;
  if (!lexicon.subjectPronouns.has(foldWord(word.form))) return false;
  const verb = words[word.head - 1];
  if (!verb || (verb.upos !== 'VERB' && verb.upos !== 'AUX') || verb.id < word.id) return false;
  return !words.some(
    (other) => other.head === verb.id && SUBJECTS.has(other.deprel) && other.upos !== 'PRON',
  );
}

/** "à **qui** il a demandé", "to **whom** she spoke": a relative pronoun after a preposition is no subject. */
function prepositionalRelativeAsSubject(words: readonly SyntaxWord[], word: SyntaxWord): boolean {
  if (word.upos !== 'PRON' || !SUBJECTS.has(word.deprel) || word.feats['PronType'] !== 'Rel') return false;
  return words.some((other) => other.head === word.id && other.deprel === 'case');
}
