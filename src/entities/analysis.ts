import type { EntityType, Role } from '../records/article.js';
import { entityLexicon, type EntityLexicon, type GazetteerEntry, type LanguageLexicon } from './lexicon.js';
import { tokenize, type Token } from './tokenize.js';

/** A mention found by one rule, before mentions are grouped into entities. */
export interface MentionDraft {
  type: EntityType;
  /** Identity of the entity the mention belongs to (`country:RUS`, `person:igor morgulov`, …). */
  key: string;
  name: string;
  country: string | null;
  tokenStart: number;
  tokenEnd: number;
  ruleId: string;
  /** How the mention names its entity: a full name counts for the canonical name, the others do not. */
  form: 'name' | 'acronym' | 'demonym' | 'anaphor' | 'short';
  role?: Role;
  acronym?: string;
  sector?: string;
}

/** A gazetteer match accepted at a token position. */
export interface GazetteerMatch {
  start: number;
  end: number;
  entry: GazetteerEntry;
}

/** One text being analysed: its tokens, lexicons and the mentions found so far. */
export interface Analysis {
  text: string;
  tokens: Token[];
  keys: string[];
  lexicon: EntityLexicon;
  lang: LanguageLexicon;
  /** Tokens in a sentence written mostly in capitals, where case says nothing about names. */
  capsContext: boolean[];
  /** Gazetteer match starting at a token index. */
  gazetteer: Map<number, GazetteerMatch>;
  /** Token indices covered by a gazetteer match. */
  gazetteerCovered: Uint8Array;
  /** Token indices already used by a person name. */
  personCovered: Uint8Array;
  mentions: MentionDraft[];
  /** States named by a counterpart title with no name ("son homologue français"): the other side's. */
  counterpartStates: Set<string>;
}

const CAPS_SHARE = 0.6;
const CAPS_MIN_WORDS = 4;

function capsContextOf(tokens: readonly Token[]): boolean[] {
  const flags = new Array<boolean>(tokens.length).fill(false);
  let sentenceStart = 0;
  const close = (end: number): void => {
    let words = 0;
    let caps = 0;
    for (let index = sentenceStart; index < end; index += 1) {
      const token = tokens[index];
      if (!token?.hasLetter) continue;
      words += 1;
      if (token.allCaps) caps += 1;
    }
    if (words >= CAPS_MIN_WORDS && caps / words >= CAPS_SHARE) flags.fill(true, sentenceStart, end);
  };
  tokens.forEach((token, index) => {
    if (index > 0 && token.sentenceStart) {
      close(index);
      sentenceStart = index;
    }
  });
  close(tokens.length);
  return flags;
}

/** Tokenise a text and prepare the lexicons of its language (French when unknown). */
export function createAnalysis(text: string, language: string | null): Analysis {
  const lexicon = entityLexicon();
  const lang = lexicon.languages.get(language ?? '') ?? lexicon.languages.get('fr');
  if (!lang) throw new Error('the French entity lexicon is missing');
  const tokens = tokenize(text, lexicon.abbreviations);
  return {
    text,
    tokens,
    keys: tokens.map((token) => token.fold),
    lexicon,
    lang,
    capsContext: capsContextOf(tokens),
    gazetteer: new Map(),
    gazetteerCovered: new Uint8Array(tokens.length),
    personCovered: new Uint8Array(tokens.length),
    counterpartStates: new Set(),
    mentions: [],
  };
}

/** The text of tokens [start, end). */
export function spanText(analysis: Analysis, start: number, end: number): string {
  const first = analysis.tokens[start];
  const last = analysis.tokens[end - 1];
  return first && last ? analysis.text.slice(first.start, last.end) : '';
}

/** Rule id in the analysis language: `fr.person.title-name`. */
export function ruleId(analysis: Analysis, rule: string): string {
  return `${analysis.lang.code}.${rule}`;
}

/** Whether the words [start, end) are a preposition that names whom a title serves ("of", "of the", "de"). */
export function isServedPreposition(analysis: Analysis, start: number, end: number): boolean {
  return analysis.lang.servedPrepositions.has(analysis.keys.slice(start, end).join(' '));
}

/** Longest entry of a lexicon trie at a token index: its end, or -1. */
export function lexiconEnd(
  analysis: Analysis,
  trie: { longestEnd(keys: readonly string[], from: number): number },
  index: number,
): number {
  return trie.longestEnd(analysis.keys, index);
}
