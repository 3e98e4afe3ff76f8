import { existsSync, readFileSync } from 'node:fs';
import type { CommitmentKind, PloverType } from '../records/article.js';
import { compilePattern, type PatternElement } from './cue-pattern.js';
import type { VerbsBeforeInfinitive } from './infinitive-verb-tag-hints.js';
import { loadFrames, loadWordClasses, type FrameIndex } from './event-frames.js';
import { regularFrenchForms } from './inflect-fr.js';
import { readTsv } from './lexicon-tsv.js';
import { PLOVER_QUAD } from './plover-mapping.js';

/** A cue lexicon entry: a pattern and what an event triggered by it is. */
export interface CueEntry {
  /** Stable rule id, `<lang>.<type>.<name>` ("fr.consult.phone-call"). */
  ruleId: string;
  elements: PatternElement[];
  /** `null` for blocking entries that stop a phrase from being read as a cue ("sur invitation de"). */
  event: PloverType | null;
  cameo: string;
  mode: string[];
  context: string[];
  commitment: CommitmentKind | null;
  confidence: number;
  /** The cue is a noun: its agent may follow it ("message de félicitations du Front"). */
  noun: boolean;
  /** A noun whose "de/of" complement undergoes the act ("l'arrestation de pêcheurs"), not its agent. */
  patient: boolean;
  /** Later cues in the same clause are what this one asks, agrees or promises, not events of their own. */
  governs: boolean;
  /**
   * A decision ("a décidé d'imposer des sanctions", "decided to expel"): an act of another kind than
   * agreeing, meeting or cooperating that it governs is the news, and replaces it.
   */
  yields: boolean;
  /**
   * A charge ("accused X of supporting Y", "reproche à X d'avoir…"): it governs like `govern`, but a
   * deed it governs (an attack, a seizure, a deployment, a sanction) is reported as an act of its own.
   */
  alleges: boolean;
  /** The cue lies in reported speech but the speech act is the event ("said that X must"): the speaker acts. */
  speaker: boolean;
  /** The act goes both ways between the parties its subject names ("X et Y ont échangé des tirs"). */
  mutual: boolean;
  /**
   * What the parties of a meeting do during it ("ont discuté de…", "exchanged views on…"): after a
   * meeting between the same parties that day, it tells that meeting, not another.
   */
  during: boolean;
  /** The act exists only aimed at another party: with none it is no event (a concern with no culprit). */
  aimed: boolean;
  /**
   * A meeting needs a counterpart the text names: a body that meets with no one named ("the National
   * Security Council held an emergency meeting") meets on its own, which is no event between parties.
   */
  counterpart: boolean;
  /** Every position of the pattern is a verb's forms (`@lemma` only): the cue is a verb. */
  verbal: boolean;
  /** The pattern's first position is a verb's forms (`@lemma` only): "@présider _ sommet". */
  verbFirst: boolean;
}

/** A pattern position made only of `@lemma` alternatives (a verb's forms). */
const lemmaOnly = (position: string): boolean =>
  position.split('|').every((alternative) => alternative.startsWith('@'));

/** A topic entry: words in the event's sentence that add contexts, sectors or CONSULT modes. */
export interface TopicEntry {
  elements: PatternElement[];
  context: string | null;
  sector: string | null;
  mode: string | null;
  /** Topics never compete on confidence; longer phrases win ("Conseil de sécurité" over "sécurité"). */
  confidence: number;
}

/** Function words and phrases the clause analysis needs, per language. */
export interface EventGrammar {
  abbreviations: string[];
  negation: { markers: string[]; closers: string[]; standalone: string[] };
  modality: string[];
  reportingSubordinators: string[];
  dyadPhrases: string[];
  singularAnaphors: string[];
  /**
   * Anaphors of the latest person named, not of the latest subject ("ce dernier", "the latter": "X a
   * rencontré Y. Ce dernier a félicité…" is Y). Optional; each is among `singularAnaphors` too.
   */
  latterAnaphors?: string[];
  recipientPrepositions: string[];
  agentPrepositions: string[];
  passiveAuxiliaries: string[];
  /** Auxiliaries that make a passive even without "par"/"by" ("a été exhorté", "was arrested"). */
  agentlessPassive: string[];
  passiveAgent: string[];
  placePrepositions: string[];
  clauseBreaks: string[];
  /** Words before a noun ("l'attaque", "the attack"): a cue after one is read as a noun. */
  determiners: string[];
  coordinators: string[];
  /** Verbs whose object performs their embedded act ("demander à X de …", "urge X to …"). */
  objectControl: string[];
  /**
   * Light verbs whose subject performs the act their noun object or complement names ("a effectué une
   * visite", "held talks", "procéder à des tirs"); a noun cue governed by any other word is not its
   * governor's subject's act ("condemns the bombings", "s'oppose à tout embargo").
   */
  supportVerbs: string[];
  /** Verbs whose subject undergoes or escapes their object's act ("faced sanctions", "a contourné l'embargo"). */
  undergoVerbs: string[];
  /** Verbs whose subject receives their object's act from their "from/de" phrase ("received aid from X"). */
  receiveVerbs: string[];
  /** Verbs of feeling whose passive subject feels ("est préoccupé par", "is alarmed by"). */
  experiencerVerbs: string[];
  /** Verbs that only report what they take ("said the ban…"); "annoncer une aide" is the aid itself. */
  reportVerbs: string[];
  /**
   * Definite and demonstrative determiners: an event noun under one that names none of its
   * participants ("ce tir", "the bombings", "during the meeting") refers to an act told elsewhere.
   */
  definiteDeterminers: string[];
  /** Verbs of saying: in "« Nous condamnons… », a déclaré X", "we" is the speaker X. */
  speechVerbs: string[];
  /**
   * Present-tense verb forms a tagger may read as plural nouns right after a name ("Vietnam
   * requests that…", "Chile calls on…"): tagged as verbs there (`verbTagHints`). Optional.
   */
  verbsAfterNames?: string[];
  /**
   * Base forms that are also nouns, read as verbs between a plural noun and a marked infinitive
   * ("businesses aim to…"): `infinitiveVerbTagHints`. Optional.
   */
  verbsBeforeInfinitive?: VerbsBeforeInfinitive;
  /**
   * A present participle with an object clitic before it and an infinitive after it ("…, **les
   * accusant** de soutenir…", "en l'exhortant à…"): a verb, though a tagger reads "les accusant" as a
   * determiner and a noun. Words folded; `endings` of the participle, `markers` before the infinitive,
   * `infinitiveEndings` of the infinitive (`participleTagHints`). Optional.
   */
  participleClauses?: {
    clitics: string[];
    endings: string[];
    markers: string[];
    infinitiveEndings: string[];
  };
  /**
   * A title right before a name is parsed as one phrase headed by the name ("US Ambassador to the
   * Philippines MaryKay Carlson"), as the language's treebank heads it (`phraseHints`). Optional:
   * French heads such a phrase on the title ("le Premier **ministre** Pham Minh Chinh"), left free.
   */
  titledNamePhrases?: boolean;
  /** Plural noun phrases naming the group that acted last ("les manifestants", "the delegation"). */
  groupAnaphors: string[];
  /**
   * Phrases naming parties abroad that carry no code ("la communauté internationale", "donor
   * countries"): an act addressed to them is not one a state aims at itself.
   */
  foreignParties: string[];
  /** Modifiers that make another office of the same noun ("Premier ministre", "deputy minister"). */
  rankWords: string[];
  /** Other forms of one office noun and the form they stand for ("ambassadrice" → "ambassadeur"). */
  officeForms: Record<string, string>;
  /**
   * PLOVER types and rule ids that a sentence about sport never codes ("France attacked in the second
   * half", "the striker signed a contract"): there they are words of the game.
   */
  notInSport: string[];
  /** Verbs (lemmas) that make what they govern hypothetical ("pouvoir", "prévoir", "plan", "may"). */
  hypotheticalGovernors: string[];
  /**
   * Prepositions of whom, where, how or by whom ("avec plaisir", "à Genève", "with pleasure"): the
   * phrase they open on a commitment's noun is not what is committed ("accord **sur** le tracé" is).
   */
  notContentPrepositions: string[];
  /** Subordinators of a condition ("si", "if"). */
  conditionalMarks: string[];
  /**
   * Nouns of an aim ("efforts pour lever l'embargo", "a bid to join"): an act in the purpose clause
   * they head (or that their verb or participle carries) is sought, not done.
   */
  aimNouns: string[];
  /**
   * The last word of a deadline's marker ("d'ici 2028", "avant juin", "au plus tard en 2030", "by
   * 2028", "no later than"): a date it opens inside what is committed is the commitment's due date.
   */
  deadlineMarks: string[];
  /**
   * Nouns whose copular clause states a standing position, not an act ("la position du Vietnam est
   * de soutenir…", "Vietnam's consistent view is that all parties must…").
   */
  stanceNouns: string[];
  /** Adverbs of a habitual stance ("soutient toujours", "has always supported"): policy, not news. */
  habitualAdverbs: string[];
  /**
   * Determiners of "any/every" ("s'oppose à tout embargo", "condemns all acts of terrorism"): a
   * judgement on acts of that kind in general, a position rather than an act towards a party.
   */
  universalDeterminers: string[];
  /** Markers of a purpose clause ("pour", "afin de", "to"): a visit made to do a coded act is that act. */
  purposeMarks: string[];
  /** Lemmas of the tense auxiliaries ("avoir", "être", "have", "be"), whichever tag the parser gave them. */
  tenseAuxiliaries: string[];
  /** Prepositions of a noun cue that tell what a person is engaged in ("X, en visite au…", "X, on a visit to…"). */
  engagedPrepositions: string[];
  /** Nouns of texts whose participle or relative clause states their content ("les résolutions interdisant…"). */
  documentNouns: string[];
  /**
   * Ordinals and "only" ("premier", "seul", "first", "only"): the infinitive clause of a noun they
   * rank ("le premier pays à signer…", "the first country to recognize…") recalls a record, not news.
   */
  rankingAdjectives: string[];
  /**
   * Prepositions that open the period a tally runs over ("depuis", "since"): a counted act since a
   * time ("65 bateaux ont été saisis depuis le début de l'année") is a statistic, not a reported act.
   */
  tallyMarks: string[];
  /**
   * Nouns of the doers of an act ("attackers", "gunmen", "assaillants", "manifestants"), which a cue
   * row's wildcard may match ("attack*"): they name people, not an act.
   */
  agentNouns: string[];
  /**
   * Verbs of an act's toll ("kill", "destroy", "tuer"): with a definite act noun as subject ("the
   * strikes killed 31 civilians") they tell what an act told before did, not another act.
   */
  outcomeVerbs: string[];
  /**
   * Nouns of an act or a step ("décision", "mesure", "move", "sanctions"): a judgement of one named by
   * a definite noun with no party ("face à cette décision") is aimed at the author of an act told before.
   */
  /** Buildings a phrase names as where an act took place ("devant l'ambassade de Chine"): their state is no actor. */
  venueNouns: string[];
  actNouns: string[];
  /**
   * Nouns of agreements between parties ("accord", "cessez-le-feu", "ceasefire"): a judgement of one
   * named by a definite noun with no party ("a salué l'accord") is aimed at every party of the
   * agreement told before.
   */
  agreementNouns?: string[];
  /**
   * Words of an arrival scene ("à l'aéroport", "on the tarmac"): a welcome
   * told there after the visit it opens is that visit's arrival, not another encounter.
   */
  arrivalPlaces: string[];
  /**
   * Nouns that take an infinitive complement ("la décision de la Chine d'interdire…", "its plan to
   * build…"): an infinitive the parser hung on the verb beside such an object completes the noun.
   */
  infinitiveNouns: string[];
  /** Personal pronouns that can only be subjects ("il", "they"), whatever the parser labelled them. */
  subjectPronouns: string[];
  /**
   * Lemmas of the auxiliary that only makes passives before a past participle ("be": "were
   * declared"); empty where it also makes active perfects (French "être": "est arrivé").
   */
  passiveAuxiliaryLemmas: string[];
  /** Head nouns of organs an act may address by that noun alone ("the Commission", "le Conseil"). */
  organHeads: string[];
  /** Nouns of an organ's members ("membres", "members"): its members stand for the organ. */
  memberNouns: string[];
  /** Agreeing verbs whose negation is a refusal ("accepter", "accept"): negated, a REJECT. */
  refusedWhenNegated: string[];
  /** Nouns of what one party puts to another ("proposition", "proposal"): backing one is agreeing. */
  proposalNouns: string[];
  /** Verbs of backing ("soutenir", "back", "endorse"). */
  backingVerbs: string[];
  /** Auxiliaries of the future and the conditional ("will", "would"; none in French, which inflects). */
  futureAuxiliaries: string[];
  /** Prepositions of an envoy's post or of where he is called ("à", "en", "to", "in"). */
  envoyHostPrepositions: string[];
  /** What a body adopts or rules ("résolution", "ruling"): judged, it stands for that body. */
  instrumentNouns: string[];
  /** The act of adopting an instrument or a text ("adoption", "vote"). */
  instrumentActs: string[];
  /** Texts such an act names ("texte", "text"). */
  instrumentTexts: string[];
  /** Relative pronouns: one as a cue's subject ties the clause to its antecedent ("les attentats…, qui ont tué"). */
  relativePronouns: string[];
  /** Possessive determiners and pronouns: on an event noun they name its author ("its deployment"). */
  possessives: string[];
  /** Possessives of persons only ("his", "her"; none in French, where "son" is any owner's). */
  personalPossessives: string[];
}

/** Everything the event stage knows about one language. */
export interface EventLanguagePack {
  language: string;
  cues: CueEntry[];
  topics: TopicEntry[];
  grammar: EventGrammar;
  /** Argument constraints selecting cue senses on the dependency tree (`event-frames.tsv`). */
  frames: FrameIndex;
  /** Subjects that name no author: devices, blasts and crowds ("a roadside bomb killed…", "thousands marched…"). */
  unnamedAuthors: ReadonlySet<string>;
  /** State organs that may be named without their state ("police", "the government": word class `organs`). */
  stateOrgans: ReadonlySet<string>;
  /** Heads of an envoy's title ("ambassadeur", "envoy": word class `envoys`). */
  envoys: ReadonlySet<string>;
  /** Things a bare event noun can name a kind of ("navire d'enquête": word classes vessels, weapons, buildings). */
  kindHeads: ReadonlySet<string>;
}

const LANG_DIR = new URL('../../lang/', import.meta.url);
const PLOVER_TYPES = new Set<string>(Object.keys(PLOVER_QUAD));
const COMMITMENTS = new Set<string>(['request', 'promise', 'agreement', 'invitation', 'offer']);

function list(cell: string | undefined, separator: RegExp): string[] {
  return (cell ?? '').split(separator).filter((item) => item !== '');
}

function lemmaLookup(language: string): (lemma: string) => string[] | undefined {
  const file = new URL(`${language}/event-lemmas.json`, LANG_DIR);
  if (!existsSync(file)) return () => undefined;
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    regular: string[];
    irregular: Record<string, string[]>;
  };
  const regular = new Set(data.regular);
  return (lemma) => data.irregular[lemma] ?? (regular.has(lemma) ? regularFrenchForms(lemma) : undefined);
}

/** Read one language pack from `lang/<code>/event-*.{tsv,json}`; throws on malformed data (a build-time error). */
export function loadEventLanguagePack(language: string): EventLanguagePack {
  const lemmas = lemmaLookup(language);
  const read = (name: string): string => readFileSync(new URL(`${language}/${name}`, LANG_DIR), 'utf8');
  const cues = readTsv(read('event-cues.tsv')).map((row): CueEntry => {
    const event = row.event === 'NONE' ? null : row.event;
    if (event !== null && !PLOVER_TYPES.has(event ?? '')) throw new Error(`unknown PLOVER type ${row.event}`);
    const commitment = row.commitment || null;
    if (commitment !== null && !COMMITMENTS.has(commitment))
      throw new Error(`unknown commitment ${commitment}`);
    const flags = list(row.flags, /\s+/u);
    const positions = (row.pattern ?? '')
      .split(/\s+/u)
      .filter((position) => position !== '' && position !== '_');
    return {
      ruleId: `${language}.${row.rule}`,
      elements: compilePattern(row.pattern ?? '', lemmas),
      event: event as PloverType | null,
      cameo: row.cameo ?? '',
      mode: list(row.mode, /,/u),
      context: list(row.context, /,/u),
      commitment: commitment as CommitmentKind | null,
      confidence: Number(row.confidence || '0'),
      noun: flags.includes('noun'),
      patient: flags.includes('patient'),
      governs: flags.includes('govern') || flags.includes('yields') || flags.includes('alleges'),
      alleges: flags.includes('alleges'),
      yields: flags.includes('yields'),
      speaker: flags.includes('speaker'),
      mutual: flags.includes('mutual'),
      during: flags.includes('during'),
      aimed: flags.includes('aimed'),
      counterpart: flags.includes('counterpart'),
      verbal: positions.every(lemmaOnly),
      verbFirst: positions.length > 0 && lemmaOnly(positions[0]!),
    };
  });
  const topics = readTsv(read('event-topics.tsv')).map((row): TopicEntry => ({
    elements: compilePattern(row.pattern ?? '', lemmas),
    context: row.context || null,
    sector: row.sectors || null,
    mode: row.mode || null,
    confidence: 1,
  }));
  const grammar = JSON.parse(read('event-grammar.json')) as EventGrammar;
  const classes = loadWordClasses(language);
  const unnamedAuthors = new Set([...(classes.get('devices') ?? []), ...(classes.get('crowds') ?? [])]);
  const stateOrgans = classes.get('organs') ?? new Set<string>();
  const envoys = classes.get('envoys') ?? new Set<string>();
  const kindHeads = new Set(
    ['vessels', 'weapons', 'buildings'].flatMap((name) => [...(classes.get(name) ?? [])]),
  );
  const frames = loadFrames(language, classes);
  return { language, cues, topics, grammar, frames, unnamedAuthors, stateOrgans, envoys, kindHeads };
}

const packs = new Map<string, EventLanguagePack | null>();

/** The cached pack of a language, or null when Entente has no event lexicon for it. */
export function eventLanguagePack(language: string): EventLanguagePack | null {
  if (!packs.has(language)) {
    packs.set(
      language,
      existsSync(new URL(`${language}/event-cues.tsv`, LANG_DIR)) ? loadEventLanguagePack(language) : null,
    );
  }
  return packs.get(language) ?? null;
}
