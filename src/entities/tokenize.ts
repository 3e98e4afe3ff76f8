import { foldWord } from './fold.js';

/** One word or punctuation sign of a text, with its UTF-16 span and matching key. */
export interface Token {
  start: number;
  end: number;
  raw: string;
  fold: string;
  isWord: boolean;
  /** At least one letter (not only digits). */
  hasLetter: boolean;
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
const SENTENCE_END = new Set(['.', '!', '?', ';', '»', '"']);
const WORD = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/** What a token's surface says on its own; computed once per distinct surface of a text. */
interface Surface {
  fold: string;
  isWord: boolean;
  hasLetter: boolean;
  capitalised: boolean;
  allCaps: boolean;
  /** The parts of a glued word ("la", "Chambre"), or null. */
  parts: string[] | null;
}

function readSurface(raw: string): Surface {
  const lower = raw.toLowerCase();
  const upper = raw.toUpperCase();
  const isWord = raw.length > 1 || WORD.test(raw);
  const glued = raw.length >= 4 && raw.slice(1) !== lower.slice(1) && GLUED.test(raw);
  return {
    fold: foldWord(raw.includes('¬') ? raw.replace(LINE_END_HYPHEN, '') : raw),
    isWord,
    hasLetter: raw !== lower || raw !== upper || (isWord && LETTER.test(raw)),
    capitalised: raw.charAt(0) !== lower.charAt(0),
    allCaps: raw.length >= 2 && raw === upper && raw !== lower,
    parts: glued ? raw.split(GLUED) : null,
  };
}

/**
 * Surfaces repeat across a corpus: each spelling is read once while the cache holds it (kept well
 * below an analysis worker's heap cap, as the event tokenizer's folds). Only short spellings are
 * kept: V8 makes a longer substring a view of the whole text, which a key would keep alive.
 */
const SURFACE_CACHE_LIMIT = 30_000;
const CACHED_SURFACE_LENGTH = 12;
const surfaces = new Map<string, Surface>();

function surfaceOf(raw: string): Surface {
  if (raw.length > CACHED_SURFACE_LENGTH) return readSurface(raw);
  let surface = surfaces.get(raw);
  if (!surface) {
    if (surfaces.size >= SURFACE_CACHE_LIMIT) surfaces.clear();
    surface = readSurface(raw);
    surfaces.set(raw, surface);
  }
  return surface;
}

/** Split text into tokens in one linear pass; abbreviations listed in `abbreviations` do not end sentences. */
export function tokenize(text: string, abbreviations: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let nextNewline = text.indexOf('\n');
  const push = (raw: string, start: number, surface: Surface): void => {
    while (nextNewline >= 0 && nextNewline < previousEnd) nextNewline = text.indexOf('\n', previousEnd);
    const previous = tokens[tokens.length - 1];
    let sentenceStart = previous === undefined || (nextNewline >= 0 && nextNewline < start);
    if (!sentenceStart && previous && SENTENCE_END.has(previous.raw)) {
      const beforeDot = tokens[tokens.length - 2];
      const abbreviation =
        previous.raw === '.' &&
        beforeDot !== undefined &&
        !previous.spaceBefore &&
        abbreviations.has(beforeDot.raw);
      // "12.4", "vietnamplus.vn": a dot glued to the words on both sides ends no sentence.
      const inWord = previous.raw === '.' && !previous.spaceBefore && start === previousEnd;
      sentenceStart = !abbreviation && !inWord && previous.raw !== '»' && previous.raw !== '"';
    }
    tokens.push({
      start,
      end: start + raw.length,
      raw,
      fold: surface.fold,
      isWord: surface.isWord,
      hasLetter: surface.hasLetter,
      capitalised: surface.capitalised,
      allCaps: surface.allCaps,
      sentenceStart,
      spaceBefore: start > previousEnd,
    });
    previousEnd = start + raw.length;
  };
  for (const match of text.matchAll(TOKEN)) {
    const surface = surfaceOf(match[0]);
    if (!surface.parts) {
      push(match[0], match.index, surface);
      continue;
    }
    let offset = match.index;
    for (const part of surface.parts) {
      push(part, offset, surfaceOf(part));
      offset += part.length;
    }
  }
  return tokens;
}
