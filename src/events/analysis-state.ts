import type { ArticleRecord, DateMention, EventActor, EventRecord, PloverType } from '../records/article.js';
import type { ActorMention } from './actor-mentions.js';
import type { SyntaxWord } from '../syntax/types.js';
import type { PatternMatch } from './cue-matcher.js';
import type { DependencyTree, RecordTrees } from './dependency-tree.js';
import type { CueEntry } from './event-lexicon.js';
import type { EventDate } from './event-date.js';
import type { EventToken } from './event-tokens.js';
import type { SentenceTopics } from './sentence-topics.js';
import type { SentenceRange } from './sentences.js';

/** What one sentence's analysis needs from the article around it. */
export interface ArticleState {
  record: ArticleRecord;
  tokens: EventToken[];
  mentions: ActorMention[];
  /** Person mentions only, in text order (for "il" with no earlier actor). */
  persons: ActorMention[];
  /** Entities that name a state by its name, demonym or capital (country and place mentions). */
  stateNames: ReadonlySet<string>;
  /** The mention standing for each code (see `representatives`). */
  byCode: Map<string, ActorMention>;
  dyad: string[];
  /** The state the article is about (`articleFocus`): whom a third party's act with no addressee is aimed at. */
  focus: string | null;
  /**
   * The two states that last acted together ("Le Cambodge et la Thaïlande ont accepté…"): whom "les
   * deux parties" names next, before the article's most mentioned pair.
   */
  lastPair: string[] | null;
  fallbackDate: EventDate | null;
  /** Where the record's headline ends (0 without one): a headline sums up acts the body tells. */
  headlineEnd: number;
  /**
   * Who acted last (a person when one was named), for "il" / "le ministre": read it through
   * `lastSubject(state)`, which first settles the sentences in `unreadSubjects`.
   */
  lastSubject: ActorMention | null;
  /**
   * Sentences since `lastSubject` was settled whose main subject would replace it if they have one
   * (their start and the actor mentions inside them), oldest first: their trees are parsed only if
   * a later sentence reads the last subject.
   */
  unreadSubjects: Array<{ start: number; mentions: ActorMention[] }>;
  /** The actors of the previous event, for "ils" / "they". */
  lastActors: ActorMention[];
  /**
   * The person who last stood on a side of an event for each code: who acts when a side is named by
   * its state alone ("les deux parties ont convenu" after the two ministers' talks).
   */
  principals: Map<string, ActorMention>;
  /** Event sides that point at a principal rather than at a person their sentence names. */
  principalSides: WeakSet<EventActor>;
  /**
   * The actors of each event read so far, with the start of its sentence and the word families of its
   * cue's words (`wordFamilies`), in text order ("cette décision", "the sanctions": whose).
   */
  earlierActs: Array<{
    sentenceStart: number;
    actors: ActorMention[];
    cueFamilies: string[];
    type: PloverType;
  }>;
  previousTopics: SentenceTopics | null;
  /** The record's dependency trees, when the syntax layer parsed it. */
  trees: RecordTrees | null;
  /**
   * Each cue's tree and head word, found once: the govern check, the cue heads and the reading all
   * ask for it (`cueOnTree`).
   */
  placements: WeakMap<PatternMatch<CueEntry>, CuePlacement | null>;
  /** Events whose cue tells what the parties of a meeting did during it (`during` rows: "ont discuté de…"). */
  meetingContents: WeakSet<EventRecord>;
}

/** A cue's sentence tree and the cue's head word in it. */
export interface CuePlacement {
  tree: DependencyTree;
  word: SyntaxWord;
}

/** What the analysis of one sentence knows while it reads the sentence's cues. */
export interface SentenceFacts {
  sentence: SentenceRange;
  span: { start: number; end: number };
  zoneFloor: number;
  topics: SentenceTopics;
  sentenceDates: DateMention[];
  /** Actors of the previous event of the same sentence ("X arrived and met Y": X meets). */
  previousActors: ActorMention[];
  /** Start offsets of the head words of the sentence's cues on its tree (empty without a parse). */
  cueHeads: ReadonlySet<number>;
}

/** The two sides of an event being built. */
export interface Sides {
  actors: ActorMention[];
  recipients: ActorMention[];
  /** Codes that come from the dyad with no mention behind them. */
  actorCodes: string[];
  recipientCodes: string[];
  anaphoric: boolean;
}
