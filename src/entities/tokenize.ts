import { foldWord } from './fold.js';

/** One word or punctuation sign of a text, with its UTF-16 span and matching key. */
export interface Token {
  start: number;
  end: number;
  raw: string;
  fold: string;
  isWord: boolean;
  /** First letter upper case ("Moscou", "RDIF"). */
  capitalised: boolean;
  /** Two or more letters, all upper case ("RDIF", "ASEAN"). */
  allCaps: boolean;
  /** First token of a sentence (after . ! ? or a line break, or at the start). */
  sentenceStart: boolean;
  /** Whitespace separates this token from the previous one. */
  spaceBefore: boolean;
}

/** A word may run over an OCR line-end hyphen ("Constan¬\ntinople"); any other sign is a token of its own. */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:¬[ \t]*\n[ \t]*[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
/** Words glued without a space by OCR or typing ("laChambre", "LordBeaconsfield") split at a lower→upper change. */
const GLUED = /(?<=\p{Ll}{2})(?=\p{Lu}\p{Ll})/u;
const LINE_END_HYPHEN = /¬[ \t]*\n[ \t]*/gu;
const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '»', '"']);
const CAPITAL = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;

/** Split text into tokens in one linear pass; abbreviations listed in `abbreviations` do not end sentences. */
export function tokenize(text: string, abbreviations: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const piece of pieces(text)) {
    const { raw, start } = piece;
    const gap = text.slice(previousEnd, start);
    const previous = tokens[tokens.length - 1];
    const isWord = /[\p{L}\p{N}]/u.test(raw);
    let sentenceStart = previous === undefined || gap.includes('\n');
    if (!sentenceStart && previous && SENTENCE_END.has(previous.raw) && previous.raw !== ':') {
      const beforeDot = tokens[tokens.length - 2];
      const abbreviation =
        previous.raw === '.' && beforeDot !== undefined && !previous.spaceBefore && abbreviations.has(beforeDot.raw);
      sentenceStart = !abbreviation && previous.raw !== '»' && previous.raw !== '"';
    }
    tokens.push({
      start,
      end: start + raw.length,
      raw,
      fold: foldWord(raw.replace(LINE_END_HYPHEN, '')),
      isWord,
      capitalised: CAPITAL.test(raw),
      allCaps: raw.length >= 2 && CAPITAL.test(raw) && !HAS_LOWER.test(raw),
      sentenceStart,
      spaceBefore: gap.length > 0,
    });
    previousEnd = start + raw.length;
  }
  return tokens;
}

/** Token texts and offsets: regex matches, with glued words split in two. */
function* pieces(text: string): Generator<{ raw: string; start: number }> {
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    if (raw.length < 4 || !GLUED.test(raw)) {
      yield { raw, start: match.index };
      continue;
    }
    let offset = match.index;
    for (const part of raw.split(GLUED)) {
      yield { raw: part, start: offset };
      offset += part.length;
    }
  }
}
