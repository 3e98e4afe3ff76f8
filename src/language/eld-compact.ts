import { readFileSync } from 'node:fs';
import { runInThisContext } from 'node:vm';

/*
 * eld's extra-small detector (eld 2.1, Apache-2.0, github.com/nitotm/efficient-language-detector-js)
 * over a compact copy of its n-gram table. eld keeps the table as an object of 49,553 small objects
 * (~22 MB of heap, plus ~4 MB for its compiled 950 KB object literal, in every analysis worker);
 * here it is one Map from n-gram to a slot range of two byte arrays (~3 MB). Its text clean-up,
 * byte encoding, n-grams and scores are eld's own (`languageDetector.js`, `LanguageResult.js`), so
 * the verdicts are the same (eld-compact.test.ts compares them with eld's detector).
 */

/** eld's entry for the extra-small table; its code and data files sit beside it. */
const ELD_ENTRY = import.meta.resolve('eld/extrasmall');
const eldFile = (path: string): URL => new URL(path, ELD_ENTRY);

interface EldPatterns {
  separators: RegExp;
  matchDomains: RegExp;
}
const { separators, matchDomains } = (await import(eldFile('../regexPatterns.js').href)) as EldPatterns;
const { dictionary } = (await import(eldFile('../dictionary.js').href)) as { dictionary: string[] };
const { avgScore } = (await import(eldFile('../avgScore.js').href)) as { avgScore: Record<string, number> };

/** eld subtracts this from every stored score to keep its table small. */
const BASE_NGRAM_SCORE = 53;
/** eld's hand-picked scale of raw scores into [0, 1]. */
const SCORE_SCALE = 25;
/** eld's default `isReliable` threshold ratio. */
const RELIABLE_RATIO = 0.75;
/** Slots per n-gram fit in the low bits of its packed Map value. */
const COUNT_BITS = 8;

interface NgramTable {
  languages: string[];
  /** n-gram → (first slot << COUNT_BITS) | slot count. */
  index: Map<string, number>;
  slotLanguage: Uint8Array;
  slotScore: Uint8Array;
}

interface EldNgramsData {
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

/**
 * eld's n-gram file evaluated apart (importing it would keep its object for the process's life),
 * copied into the compact table, and let go.
 */
function loadTable(): NgramTable {
  const source = readFileSync(eldFile('../ngrams/extrasmall.js'), 'utf8');
  const start = source.indexOf('{', source.indexOf('ngramsData'));
  const data = runInThisContext(`(${source.slice(start, source.lastIndexOf('}') + 1)})`) as EldNgramsData;
  const languages = Object.keys(data.languages).map((id) => data.languages[id]!);
  const grams = Object.keys(data.ngrams);
  let slots = 0;
  for (const gram of grams) for (const _ in data.ngrams[gram]) slots++;
  const index = new Map<string, number>();
  const slotLanguage = new Uint8Array(slots);
  const slotScore = new Uint8Array(slots);
  let slot = 0;
  for (const gram of grams) {
    const scores = data.ngrams[gram]!;
    const first = slot;
    for (const language in scores) {
      slotLanguage[slot] = Number(language);
      slotScore[slot] = scores[language]!;
      slot++;
    }
    index.set(gram, (first << COUNT_BITS) | (slot - first));
  }
  return { languages, index, slotLanguage, slotScore };
}

const table = loadTable();

/** eld's getCleanTxt: URLs, e-mail addresses, .com domains and codes with digits removed. */
function cleanText(text: string): string {
  return text
    .replace(/[hw](?:(?:ttps?:\/\/(?:www\.)?)|ww\.)[^\s]+/gi, ' ')
    .replace(/[a-zA-Z0-9.!$%&’+_`-]+@[A-Za-z0-9.-]+\.[A-Za-z0-9-]{2,64}/g, ' ')
    .replace(matchDomains, ' ')
    .replace(/[a-zA-Z]*[0-9]+[a-zA-Z0-9]*/g, ' ');
}

/** eld's strToUtf8Bytes: words as strings of one character per UTF-8 byte, cut near 350 bytes. */
function byteWords(text: string): string[] {
  let encoded = '';
  const words: string[] = [];
  let countBytes = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code === 32) {
        if (encoded !== '') {
          words.push(encoded);
          encoded = '';
        }
        if (countBytes > 350) break;
      } else encoded += text[i];
      countBytes++;
    } else if (code < 0x800) {
      encoded += dictionary[0xc0 | (code >> 6)]! + dictionary[0x80 | (code & 0x3f)]!;
      countBytes += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      encoded +=
        dictionary[0xe0 | (code >> 12)]! +
        dictionary[0x80 | ((code >> 6) & 0x3f)]! +
        dictionary[0x80 | (code & 0x3f)]!;
      countBytes += 3;
    } else {
      i++;
      code = 0x10000 + (((code & 0x3ff) << 10) | (text.charCodeAt(i) & 0x3ff));
      encoded +=
        dictionary[0xf0 | (code >> 18)]! +
        dictionary[0x80 | ((code >> 12) & 0x3f)]! +
        dictionary[0x80 | ((code >> 6) & 0x3f)]! +
        dictionary[0x80 | (code & 0x3f)]!;
      countBytes += 4;
    }
    if (countBytes > 380) break;
  }
  if (encoded !== '') words.push(encoded);
  return words;
}

/** eld's getByteNgrams: 4-byte n-grams at a stride of 3, word edges marked by a space. */
function byteNgrams(words: string[]): Set<string> {
  const grams = new Set<string>();
  for (const word of words) {
    const length = Math.min(word.length, 70);
    let j = 0;
    for (; j + 4 < length; j += 3) grams.add((j === 0 ? ' ' : '') + word.substring(j, j + 4));
    grams.add((j === 0 ? ' ' : '') + word.substring(length !== 3 ? length - 4 : 0) + ' ');
  }
  return grams;
}

/** What eld's detect() gives: best language (or ""), reliability, scaled scores best first. */
export interface EldResult {
  language: string;
  reliable: boolean;
  /** [language, score in [0, 1]], highest first (ties in eld's language order). */
  scores: Array<[string, number]>;
}

/** eld's detect() with text clean-up on, over the compact table. */
export function eldDetect(input: string): EldResult {
  const words = byteWords(cleanText(input.substring(0, 1000)).replace(separators, ' ').trim().toLowerCase());
  const grams = byteNgrams(words);
  const raw = new Array<number>(table.languages.length).fill(0);
  for (const gram of grams) {
    const packed = table.index.get(gram);
    if (packed === undefined) continue;
    const first = packed >>> COUNT_BITS;
    const end = first + (packed & ((1 << COUNT_BITS) - 1));
    for (let slot = first; slot < end; slot++) {
      raw[table.slotLanguage[slot]!]! += table.slotScore[slot]! + BASE_NGRAM_SCORE;
    }
  }
  let best = -1;
  let bestScore = 0;
  raw.forEach((score, language) => {
    if (score > 0 && score > bestScore) [best, bestScore] = [language, score];
  });
  if (best < 0) return { language: '', reliable: false, scores: [] };
  const ordered: Array<[number, number]> = [];
  raw.forEach((score, language) => {
    if (score <= 0) return;
    const perNgram = score / grams.size;
    ordered.push([language, perNgram / (perNgram + SCORE_SCALE)]);
  });
  ordered.sort((a, b) => b[1] - a[1]);
  const language = table.languages[best]!;
  // eld compares the best score with the runner-up's language number, not its score; kept as is.
  const next = ordered.length > 1 ? ordered[1]![0] : 0;
  const top = ordered[0]![1];
  const reliable =
    grams.size >= 3 && !(avgScore[language]! * RELIABLE_RATIO > top || 0.01 > Math.abs(top - next));
  return { language, reliable, scores: ordered.map(([id, score]) => [table.languages[id]!, score]) };
}
