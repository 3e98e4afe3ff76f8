import iconv from 'iconv-lite';

/** Text after mojibake repair and how many sequences were repaired. */
export interface MojibakeRepair {
  text: string;
  repaired: number;
  /** Passes that repaired something: 2 means the text had been mis-decoded twice. */
  passes: number;
}

// The byte each character stands for when UTF-8 was read as windows-1252 or latin-1: the
// windows-1252 table, plus C1 controls for the bytes windows-1252 leaves undefined (and for
// pages read as latin-1).
const BYTE_OF_CHAR = new Map<string, number>();
for (let byte = 0x80; byte <= 0xff; byte++) {
  const char = iconv.decode(Buffer.from([byte]), 'windows-1252');
  const mapped = char === '\uFFFD' ? String.fromCharCode(byte) : char;
  BYTE_OF_CHAR.set(mapped, byte);
  if (mapped !== String.fromCharCode(byte)) BYTE_OF_CHAR.set(String.fromCharCode(byte), byte);
}

const MAX_PASSES = 3;
// ignoreBOM keeps U+FEFF: a UTF-8 BOM read as windows-1252 ("ï»¿") is common mojibake.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// Cheap gate: every mis-decoded UTF-8 sequence starts with one of these lead characters.
const LEAD_CHARS = /[\u00C2-\u00F4]/;

// What a repaired sequence may decode to: letters of the alphabetic scripts Entente reads
// (Latin, Vietnamese, Greek, Cyrillic), punctuation, currency, arrows, mathematical and other
// symbols, variation selectors, the BOM and emoji. CJK is left out on purpose: "é", a no-break space and
// "»" (E9 A0 BB) would read as an ideograph in correct French text. Anything else (IPA, C1
// controls) means the original characters were meant as written.
const PLAUSIBLE_RANGES: Array<[number, number]> = [
  [0xa0, 0x17f],
  [0x1a0, 0x1a1],
  [0x1af, 0x1b0],
  [0x300, 0x323],
  [0x386, 0x3ce],
  [0x400, 0x45f],
  [0x1e00, 0x1eff],
  [0x2000, 0x20cf],
  [0x2100, 0x2bff],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0x1f000, 0x1faff],
];

function isPlausible(codePoint: number): boolean {
  return PLAUSIBLE_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last);
}

function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

const isC1Control = (codePoint: number): boolean => codePoint >= 0x80 && codePoint <= 0x9f;
const C1_CONTROL = /[\u0080-\u009F]/;

/**
 * The character a mis-decoded sequence at `start` stood for, or null when there is none.
 * `allowC1` accepts a C1 control as the result: an intermediate step of double mis-decoding.
 */
function repairAt(text: string, start: number, allowC1: boolean): string | null {
  const lead = BYTE_OF_CHAR.get(text[start]!);
  if (lead === undefined) return null;
  const length = sequenceLength(lead);
  if (length === 0 || start + length > text.length) return null;
  const bytes = [lead];
  for (let i = 1; i < length; i++) {
    const byte = BYTE_OF_CHAR.get(text[start + i]!);
    if (byte === undefined || byte < 0x80 || byte > 0xbf) return null;
    bytes.push(byte);
  }
  let decoded: string;
  try {
    decoded = UTF8.decode(Uint8Array.from(bytes));
  } catch {
    return null;
  }
  const codePoint = decoded.codePointAt(0);
  if (codePoint === undefined) return null;
  if (!isPlausible(codePoint) && !(allowC1 && isC1Control(codePoint))) return null;
  // Round trip: the repaired character encodes back to exactly the bytes it was read from.
  const again = Buffer.from(decoded, 'utf8');
  return again.length === bytes.length && bytes.every((byte, i) => again[i] === byte) ? decoded : null;
}

/** A character class of the characters that stand for a continuation byte (0x80–0xBF). */
function continuationClass(): string {
  const chars = [...BYTE_OF_CHAR].filter(([, byte]) => byte >= 0x80 && byte <= 0xbf).map(([char]) => char);
  return chars.map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
}

// Where a mis-decoded sequence can start: a lead character followed by a continuation character
// (repairAt refuses anything else), found by the regex engine rather than a loop over every
// character: most pages are ASCII markup, and in correct French text "é" is followed by a letter.
const SEQUENCE_START = new RegExp(`[\\u00C2-\\u00F4](?=[${continuationClass()}])`, 'g');

function repairPass(text: string, allowC1: boolean): { text: string; repaired: number } {
  const parts: string[] = [];
  let repaired = 0;
  let copiedUpTo = 0;
  SEQUENCE_START.lastIndex = 0;
  for (let match = SEQUENCE_START.exec(text); match; match = SEQUENCE_START.exec(text)) {
    const i = match.index;
    const replacement = repairAt(text, i, allowC1);
    if (replacement === null) continue;
    parts.push(text.slice(copiedUpTo, i), replacement);
    repaired++;
    copiedUpTo = i + sequenceLength(BYTE_OF_CHAR.get(text[i]!)!);
    SEQUENCE_START.lastIndex = copiedUpTo;
  }
  parts.push(text.slice(copiedUpTo));
  return { text: parts.join(''), repaired };
}

// "à" is C3 A0 in UTF-8: read as windows-1252 that is "Ã" and a no-break space, which later
// whitespace clean-up often turns into a plain space, merged with a following one. Only trusted
// once other repairs show the text is mojibake. Before a word the space is kept ("à Hanoï",
// "voilà tout"); before punctuation or another space it was the no-break space itself.
const A_GRAVE_WITH_PLAIN_SPACE = /Ã (?=([\p{L}\p{N}«"“'‘(]?))/gu;
// "”" is E2 80 9D; 0x9D has no windows-1252 character, so many decoders put U+FFFD in its place.
// Of the five characters "â€" + a lost byte can stand for, only "”" occurs in prose.
const RIGHT_QUOTE_WITH_LOST_BYTE = /â€\uFFFD/g;

function repairPasses(text: string, allowC1: boolean): MojibakeRepair {
  let current = text;
  let repaired = 0;
  let passes = 0;
  while (passes < MAX_PASSES) {
    const pass = repairPass(current, allowC1);
    if (pass.repaired === 0) break;
    current = pass.text;
    repaired += pass.repaired;
    passes++;
  }
  return { text: current, repaired, passes };
}

/** Repairs that only make sense in text already shown to be mojibake (see the patterns above). */
function repairInMojibakeContext(repair: MojibakeRepair): MojibakeRepair {
  let repaired = repair.repaired;
  const text = repair.text
    .replace(A_GRAVE_WITH_PLAIN_SPACE, (_match, wordAfter: string) => {
      repaired++;
      return wordAfter ? 'à ' : 'à';
    })
    .replace(RIGHT_QUOTE_WITH_LOST_BYTE, () => {
      repaired++;
      return '\u201D';
    });
  return { ...repair, text, repaired };
}

/**
 * Repair UTF-8 text that was decoded as windows-1252 or latin-1 (`Ã©` → `é`, `â€™` → `’`),
 * possibly twice, sequence by sequence: each repair must round-trip and decode to a plausible
 * letter or punctuation mark; anything else is left as written.
 */
export function repairMojibake(text: string): MojibakeRepair {
  if (!LEAD_CHARS.test(text)) return { text, repaired: 0, passes: 0 };
  // Double mis-decoding goes through C1 controls (’ → "â\u0080\u0099" → …): accept them as a
  // step only when a later pass turns every one of them into text.
  const throughC1 = repairPasses(text, true);
  const repair = C1_CONTROL.test(throughC1.text) ? repairPasses(text, false) : throughC1;
  return repair.repaired > 0 ? repairInMojibakeContext(repair) : repair;
}
