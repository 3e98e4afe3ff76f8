import type { TreeRepairWords } from './tree-repairs.js';
import { foldWord } from '../entities/fold.js';
import type { ArgumentWords } from './argument-words.js';
import type { RoleWords } from './clause-roles.js';
import { PatternMatcher } from './cue-matcher.js';
import { compilePattern, type PatternElement } from './cue-pattern.js';
import type { FrameIndex } from './event-frames.js';
import type { OrganAddresseeWords } from './organ-addressee.js';
import type { InstrumentWords } from './instrument-author.js';
import type { EnvoyWords } from './envoy-host.js';
import type { RetypingWords } from './retyped-acts.js';
import type { CueEntry, EventLanguagePack, TopicEntry } from './event-lexicon.js';
import type { ModalityWords } from './modality.js';
import type { RecipientPrepositions } from './tree-sides.js';
import type { TreeModalityWords } from './tree-modality.js';
import type { NonActWords } from './tree-non-acts.js';
import type { ReactionWords } from './tree-reactions.js';
import type { RoleAnaphoraWords } from './role-anaphora.js';
import type { StanceWords } from './tree-stance.js';

/** A language pack with its matchers built and its word lists folded, ready for many records. */
export interface CompiledPack {
  pack: EventLanguagePack;
  cues: PatternMatcher<CueEntry>;
  topics: PatternMatcher<TopicEntry>;
  dyadPhrases: PatternMatcher<{ elements: PatternElement[]; plural: boolean; group: boolean }>;
  /** Singular anaphors; `latter`: of the latest person named ("ce dernier"), not the latest subject. */
  anaphors: PatternMatcher<{ elements: PatternElement[]; latter: boolean }>;
  roleAnaphora: RoleAnaphoraWords;
  /** Parties other than the actor named without a code: two-sided phrases and `foreignParties`. */
  otherParties: PatternMatcher<{ elements: PatternElement[] }>;
  /** Buildings whose phrase says where an act took place ("outside the Chinese embassy"), folded. */
  venueNouns: ReadonlySet<string>;
  /** `foreignParties` alone ("all parties", "la communauté internationale"): parties abroad with no code. */
  foreignParties: PatternMatcher<{ elements: PatternElement[] }>;
  abbreviations: ReadonlySet<string>;
  roleWords: RoleWords;
  modality: ModalityWords;
  subordinators: ReadonlySet<string>;
  /** PLOVER types and rule ids a sentence about sport never codes (`notInSport`). */
  notInSport: ReadonlySet<string>;
  clauseBreaks: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  /** Words of an arrival scene (`arrivalPlaces`: "aéroport", "tarmac"). */
  arrivalPlaces: ReadonlySet<string>;
  /** What the dependency-tree reading needs: argument words, recipient prepositions, modality, frames. */
  tree: {
    arguments: ArgumentWords;
    repairs: TreeRepairWords;
    recipients: RecipientPrepositions;
    /** What a commitment's object and deadline are not and are marked by (`notContentPrepositions`, `deadlineMarks`). */
    commitments: { notContent: ReadonlySet<string>; deadlineMarks: ReadonlySet<string> };
    modality: TreeModalityWords;
    frames: FrameIndex;
    stances: StanceWords;
    nonActs: NonActWords;
    reactions: ReactionWords;
    organs: OrganAddresseeWords;
    instruments: InstrumentWords;
    envoys: EnvoyWords;
    retyping: RetypingWords;
  };
}

const noLemmas = (): undefined => undefined;
const compiled = new WeakMap<EventLanguagePack, CompiledPack>();

/** The compiled form of a pack (built once per pack). */
export function compilePack(pack: EventLanguagePack): CompiledPack {
  const cached = compiled.get(pack);
  if (cached) return cached;
  const { grammar } = pack;
  // Each word list is folded once, however many readers share it (arguments, recipients, non-acts…).
  const folded = new Map<readonly string[], ReadonlySet<string>>();
  const foldSet = (words: readonly string[]): ReadonlySet<string> => {
    let set = folded.get(words);
    if (!set) folded.set(words, (set = new Set(words.map(foldWord))));
    return set;
  };
  const phrase = (text: string): PatternElement[] => compilePattern(text.replace(/\s+/gu, ' '), noLemmas);
  const result: CompiledPack = {
    pack,
    cues: new PatternMatcher(pack.cues),
    topics: new PatternMatcher(pack.topics),
    // Plural pronouns ("ils", "they") and group nouns ("les manifestants") name whoever acted last;
    // the other phrases ("les deux parties") the article's dyad.
    dyadPhrases: new PatternMatcher([
      ...grammar.dyadPhrases.map((text) => ({
        elements: phrase(text),
        plural: !/\s/u.test(text.trim()),
        group: false,
      })),
      ...grammar.groupAnaphors.map((text) => ({ elements: phrase(text), plural: true, group: true })),
    ]),
    anaphors: new PatternMatcher(
      grammar.singularAnaphors.map((text) => ({
        elements: phrase(text),
        latter: (grammar.latterAnaphors ?? []).includes(text),
      })),
    ),
    roleAnaphora: {
      definite: foldSet(grammar.definiteDeterminers),
      rankWords: foldSet(grammar.rankWords),
      officeForms: new Map(
        Object.entries(grammar.officeForms).map(([form, office]) => [foldWord(form), foldWord(office)]),
      ),
      addressee: foldSet(grammar.recipientPrepositions),
    },
    otherParties: new PatternMatcher(
      [...grammar.dyadPhrases.filter((text) => /\s/u.test(text.trim())), ...grammar.foreignParties].map(
        (text) => ({ elements: phrase(text) }),
      ),
    ),
    venueNouns: foldSet(grammar.venueNouns),
    foreignParties: new PatternMatcher(grammar.foreignParties.map((text) => ({ elements: phrase(text) }))),
    abbreviations: new Set(grammar.abbreviations),
    roleWords: {
      recipientPrepositions: foldSet(grammar.recipientPrepositions),
      coordinators: foldSet(grammar.coordinators),
      agentPrepositions: foldSet(grammar.agentPrepositions),
      passiveAuxiliaries: foldSet(grammar.passiveAuxiliaries),
      agentlessPassive: foldSet(grammar.agentlessPassive),
      passiveAgent: foldSet(grammar.passiveAgent),
      placePrepositions: foldSet(grammar.placePrepositions),
    },
    modality: {
      negationMarkers: foldSet(grammar.negation.markers),
      negationClosers: foldSet(grammar.negation.closers),
      negationStandalone: foldSet(grammar.negation.standalone),
      modality: foldSet(grammar.modality),
    },
    subordinators: foldSet(grammar.reportingSubordinators),
    notInSport: new Set(grammar.notInSport),
    clauseBreaks: foldSet(grammar.clauseBreaks),
    determiners: foldSet(grammar.determiners),
    arrivalPlaces: foldSet(grammar.arrivalPlaces),
    tree: {
      arguments: {
        passiveAgent: foldSet(grammar.passiveAgent),
        agentPrepositions: foldSet(grammar.agentPrepositions),
        objectControl: foldSet(grammar.objectControl),
        supportVerbs: foldSet(grammar.supportVerbs),
        undergoVerbs: foldSet(grammar.undergoVerbs),
        receiveVerbs: foldSet(grammar.receiveVerbs),
        experiencerVerbs: foldSet(grammar.experiencerVerbs),
        reportVerbs: foldSet(grammar.reportVerbs),
        relativePronouns: foldSet(grammar.relativePronouns),
        definiteDeterminers: foldSet(grammar.definiteDeterminers),
        speechVerbs: foldSet(grammar.speechVerbs),
        possessives: foldSet(grammar.possessives),
        personalPossessives: foldSet(grammar.personalPossessives),
        purposeMarks: foldSet(grammar.purposeMarks),
        tenseAuxiliaries: foldSet(grammar.tenseAuxiliaries),
        engagedPrepositions: foldSet(grammar.engagedPrepositions),
      },
      repairs: {
        infinitiveNouns: foldSet(grammar.infinitiveNouns),
        objectControl: foldSet(grammar.objectControl),
        subjectPronouns: foldSet(grammar.subjectPronouns),
        passiveAuxiliaryLemmas: foldSet(grammar.passiveAuxiliaryLemmas),
      },
      recipients: {
        addressee: foldSet(grammar.recipientPrepositions),
        host: foldSet(grammar.placePrepositions),
        agent: foldSet(grammar.passiveAgent),
      },
      commitments: {
        notContent: foldSet(grammar.notContentPrepositions),
        deadlineMarks: foldSet(grammar.deadlineMarks),
      },
      modality: {
        hypotheticalGovernors: foldSet(grammar.hypotheticalGovernors),
        conditionalMarks: foldSet(grammar.conditionalMarks),
        aimNouns: foldSet(grammar.aimNouns),
        purposeMarks: foldSet(grammar.purposeMarks),
      },
      frames: pack.frames,
      stances: {
        stanceNouns: foldSet(grammar.stanceNouns),
        habitualAdverbs: foldSet(grammar.habitualAdverbs),
        universalDeterminers: foldSet(grammar.universalDeterminers),
      },
      nonActs: {
        kindHeads: pack.kindHeads,
        purposeMarks: foldSet(grammar.purposeMarks),
        documentNouns: foldSet(grammar.documentNouns),
        rankingAdjectives: foldSet(grammar.rankingAdjectives),
        tallyMarks: foldSet(grammar.tallyMarks),
        agentNouns: foldSet(grammar.agentNouns),
        outcomeVerbs: foldSet(grammar.outcomeVerbs),
        definiteDeterminers: foldSet(grammar.definiteDeterminers),
        issuingVerbs: foldSet(grammar.supportVerbs),
        relativePronouns: foldSet(grammar.relativePronouns),
        actNouns: foldSet(grammar.actNouns),
      },
      organs: {
        definiteDeterminers: foldSet(grammar.definiteDeterminers),
        organHeads: foldSet(grammar.organHeads),
        memberNouns: foldSet(grammar.memberNouns),
      },
      retyping: {
        futureAuxiliaries: foldSet(grammar.futureAuxiliaries),
        refusedWhenNegated: foldSet(grammar.refusedWhenNegated),
        proposalNouns: foldSet(grammar.proposalNouns),
        backingVerbs: foldSet(grammar.backingVerbs),
      },
      envoys: {
        envoyNouns: pack.envoys,
        hostPrepositions: foldSet(grammar.envoyHostPrepositions),
      },
      instruments: {
        instrumentNouns: foldSet(grammar.instrumentNouns),
        instrumentActs: foldSet(grammar.instrumentActs),
        instrumentTexts: foldSet(grammar.instrumentTexts),
      },
      reactions: {
        actNouns: foldSet(grammar.actNouns),
        definiteDeterminers: foldSet(grammar.definiteDeterminers),
        documentNouns: foldSet(grammar.documentNouns),
        agreementNouns: foldSet(grammar.agreementNouns ?? []),
      },
    },
  };
  compiled.set(pack, result);
  return result;
}
