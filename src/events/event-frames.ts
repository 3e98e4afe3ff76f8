import { existsSync, readFileSync } from 'node:fs';
import { foldWord } from '../entities/fold.js';
import type { PloverType } from '../records/article.js';
import type { SyntaxWord } from '../syntax/types.js';
import type { ClauseArguments } from './clause-arguments.js';
import { lemmaKey, prepositionOf, type DependencyTree } from './dependency-tree.js';
import { readTsv } from './lexicon-tsv.js';
import { futureOrConditional } from './tree-modality.js';

/** One row of `lang/<code>/event-frames.tsv`: a constraint on an argument of a cue lemma. */
export interface CueFrame {
  event: PloverType | '*';
  /** The arguments the row constrains, read together ("obl:on|against,patient"). */
  arguments: readonly FrameArgument[];
  /** Accepts the argument when its phrase names an actor (a person, organisation or state mention). */
  actor: boolean;
  /** Accepts any argument (class `*`): the argument's presence alone decides ("asked **about** X"). */
  any: boolean;
  /**
   * Accepts a predicate in the future or the conditional (class `prospective`), by its own form or its
   * auxiliary's, that auxiliary by its features or as a form of the row's word classes ("seraient"):
   * "a assuré que les contrats seraient honorés" pledges, "a assuré que la situation était stable" states.
   */
  prospective: boolean;
  /** Word classes (folded lemmas) the argument's head may belong to. */
  words: ReadonlySet<string>;
  /**
   * `require`: when the argument is there, one phrase must match; `need`: the argument must be there
   * and match ("strikes **on** a town" is an attack, "a strike on Monday" none); `block`: no phrase may
   * match; `home`: no phrase may match by its head or an adjective of it while naming no actor ("a
   * appelé les localités à…" instructs the actor's own administration; "les entreprises japonaises"
   * names Japan).
   */
  effect: FrameEffect;
}

const EFFECTS = ['require', 'need', 'block', 'home'] as const;
type FrameEffect = (typeof EFFECTS)[number];

/** One argument a frame row reads. */
export interface FrameArgument {
  /** `patient`, `agent`, `modifier`, `complement` (a clause the cue governs) or `obl`. */
  kind: string;
  /** For `obl`: the folded prepositions that introduce the argument ("obl:into|at"). */
  prepositions: ReadonlySet<string>;
}

/** Frames of one language by folded cue lemma. */
export type FrameIndex = ReadonlyMap<string, readonly CueFrame[]>;

const LANG_DIR = new URL('../../lang/', import.meta.url);
/** Classes a row names that are no word class: tests of the phrase itself. */
const KEYWORD_CLASSES = new Set(['actor', '*', 'prospective']);
const ARGUMENT =
  /^(patient|agent|modifier|complement|obl:[^\s,]+)(,(patient|agent|modifier|complement|obl:[^\s,]+))*$/u;

/** The word classes of `lang/<code>/event-word-classes.json` (folded lemmas by class name); none without the file. */
export function loadWordClasses(language: string): ReadonlyMap<string, ReadonlySet<string>> {
  const file = new URL(`${language}/event-word-classes.json`, LANG_DIR);
  const classes = new Map<string, ReadonlySet<string>>();
  if (!existsSync(file)) return classes;
  const rows = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string[] | string>;
  for (const [name, members] of Object.entries(rows)) {
    if (Array.isArray(members)) classes.set(name, new Set(members.map(foldWord)));
  }
  return classes;
}

/** Read `lang/<code>/event-frames.tsv` and its word classes; throws on a malformed row (a build-time error). */
export function loadFrames(
  language: string,
  classes: ReadonlyMap<string, ReadonlySet<string>> = loadWordClasses(language),
): FrameIndex {
  const file = new URL(`${language}/event-frames.tsv`, LANG_DIR);
  const index = new Map<string, CueFrame[]>();
  if (!existsSync(file)) return index;
  for (const row of readTsv(readFileSync(file, 'utf8'))) {
    const where = `${language}/event-frames.tsv, lemma "${row.lemma}"`;
    const argument = row.argument ?? '';
    if (!ARGUMENT.test(argument)) throw new Error(`${where}: unknown argument "${argument}"`);
    const effect = EFFECTS.find((known) => known === row.effect);
    if (!effect)
      throw new Error(`${where}: effect must be require, need, block or home, not "${row.effect}"`);
    const names = (row.classes ?? '').split('|').filter((name) => name !== '');
    const words = new Set<string>();
    for (const name of names.filter((n) => !KEYWORD_CLASSES.has(n))) {
      const members = classes.get(name);
      if (!members) throw new Error(`${where}: unknown word class "${name}"`);
      for (const member of members) words.add(member);
    }
    const frame: CueFrame = {
      event: (row.event || '*') as CueFrame['event'],
      arguments: argument.split(',').map((part) => {
        const [kind = part, prepositions = ''] = part.split(':');
        return {
          kind,
          prepositions: new Set(
            prepositions
              .split('|')
              .filter((p) => p !== '')
              .map(foldWord),
          ),
        };
      }),
      actor: names.includes('actor'),
      any: names.includes('*'),
      prospective: names.includes('prospective'),
      words,
      effect,
    };
    for (const lemma of (row.lemma ?? '').split('|')) {
      const key = foldWord(lemma);
      index.set(key, [...(index.get(key) ?? []), frame]);
    }
  }
  return index;
}

/** Heads of the phrases a frame row constrains. */
function argumentHeads(
  tree: DependencyTree,
  cue: SyntaxWord,
  args: ClauseArguments,
  { kind: argument, prepositions }: FrameArgument,
): SyntaxWord[] {
  if (argument === 'patient') return args.patients;
  if (argument === 'agent') return args.agents;
  if (argument === 'modifier') return tree.dependents(cue, 'amod', 'compound', 'nmod');
  // The predicate of a clause the cue governs ("invité X **à se rendre**", "invited X **to resume**").
  if (argument === 'complement') return tree.dependents(cue, 'xcomp', 'ccomp', 'acl');
  // The parser may hang the phrase on the cue's object ("fired missiles [into the sea]").
  const onPatients = args.patients.flatMap((patient) => tree.dependents(patient, 'nmod'));
  return [
    ...args.obliques.filter((o) => prepositions.has(o.preposition)).map((o) => o.word),
    ...onPatients.filter((word) => prepositions.has(prepositionOf(tree, word))),
  ];
}

/**
 * Whether a word belongs to a frame's word classes: by its lemma or its form, or, where the
 * lemmatiser left a plural it does not know as it was ("ressortissants"), by that form without its
 * plural "-s"/"-x".
 */
function inWordClass(words: ReadonlySet<string>, head: SyntaxWord): boolean {
  const lemma = lemmaKey(head);
  const form = foldWord(head.form);
  if (words.has(lemma) || words.has(form)) return true;
  return lemma === form && /[^sx][sx]$/u.test(form) && words.has(form.slice(0, -1));
}

/**
 * A `home` row's phrase: its head, a conjunct or one of their adjectives in the classes ("les
 * ministères et les localités", "les autorités locales"), and no actor named in any conjunct.
 */
function atHome(
  tree: DependencyTree,
  words: ReadonlySet<string>,
  head: SyntaxWord,
  phraseNamesActor: (head: SyntaxWord) => boolean,
): boolean {
  const conjuncts = [head, ...tree.dependents(head, 'conj')];
  const classed = conjuncts
    .flatMap((word) => [word, ...tree.dependents(word, 'amod')])
    .some((word) => inWordClass(words, word));
  return classed && !conjuncts.some(phraseNamesActor);
}

/** A predicate in the future or the conditional, by its features or its auxiliary's (features or form). */
function prospective(tree: DependencyTree, words: ReadonlySet<string>, head: SyntaxWord): boolean {
  const auxiliaries = tree.dependents(head, 'aux', 'cop');
  return (
    futureOrConditional(head) ||
    auxiliaries.some((aux) => futureOrConditional(aux) || words.has(foldWord(aux.form)))
  );
}

/**
 * Whether a cue keeps its sense given its arguments: every `require` row whose argument is present
 * and every `need` row has one matching phrase, and no `block` or `home` row matches. `namesActor`
 * says whether the head word names an actor, `phraseNamesActor` whether its phrase does (for `home`
 * rows); `inDate` whether a word lies in a date mention.
 */
export function frameAllows(
  frames: FrameIndex,
  tree: DependencyTree,
  cue: SyntaxWord,
  event: PloverType,
  args: ClauseArguments,
  namesActor: (head: SyntaxWord) => boolean,
  inDate: (head: SyntaxWord) => boolean = () => false,
  phraseNamesActor: (head: SyntaxWord) => boolean = namesActor,
): boolean {
  const rows = frames.get(lemmaKey(cue)) ?? [];
  for (const frame of rows) {
    if (frame.event !== '*' && frame.event !== event) continue;
    // A date the parser read as an argument ("avait convoqué le jour même le chargé…") is none.
    const heads = frame.arguments
      .flatMap((argument) => argumentHeads(tree, cue, args, argument))
      .filter((head) => !inDate(head));
    if (heads.length === 0) {
      if (frame.effect === 'need') return false;
      continue;
    }
    if (frame.effect === 'home') {
      if (heads.some((head) => atHome(tree, frame.words, head, phraseNamesActor))) return false;
      continue;
    }
    const matches = heads.some(
      (head) =>
        frame.any ||
        (frame.prospective && prospective(tree, frame.words, head)) ||
        // A name the entities did not resolve and a pronoun still stand for someone; "Monday" does not.
        (frame.actor &&
          (namesActor(head) || (head.upos === 'PROPN' && !inDate(head)) || head.upos === 'PRON')) ||
        inWordClass(frame.words, head),
    );
    if (frame.effect === 'block' ? matches : !matches) return false;
  }
  return true;
}
