/**
 * A RegExp whose `exec` tries its pattern only where a match can start. A pattern without a
 * literal first character (`\p{L}{5,10}\s+\d{4}`) makes the regex engine try, and backtrack
 * over, every position of the text; when every match holds something the engine finds fast (a
 * digit), `candidates` lists the few positions a match can start from, and a sticky copy of the
 * pattern is tried at those alone, in increasing order. Non-sticky `exec` returns the match at
 * the first position where one starts, so the result is the same, provided `candidates` leaves
 * out no position where a match starts (it may name more, and in any order).
 */
export class AnchoredPattern extends RegExp {
  private readonly atStart: RegExp;
  private readonly candidates: (text: string) => number[];

  constructor(pattern: RegExp, candidates: (text: string) => number[]) {
    super(pattern.source, pattern.flags);
    if (pattern.global || pattern.sticky) throw new Error('AnchoredPattern: a pattern without g or y');
    this.atStart = new RegExp(pattern.source, `${pattern.flags}y`);
    this.candidates = candidates;
  }

  override exec(text: string): RegExpExecArray | null {
    const starts = this.candidates(text).sort((a, b) => a - b);
    let tried = -1;
    for (const start of starts) {
      if (start <= tried || start < 0 || start >= text.length) continue;
      tried = start;
      // A unicode pattern never starts a match between the two halves of a surrogate pair.
      if (this.unicode && isLowSurrogate(text, start) && isHighSurrogate(text, start - 1)) continue;
      this.atStart.lastIndex = start;
      const match = this.atStart.exec(text);
      if (match) return match;
    }
    return null;
  }
}

function isLowSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff;
}
