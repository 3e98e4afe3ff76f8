import { en, fr, ParsingContext, type Parser } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { tagChronoParsers } from './tag-chrono-parsers.js';

function contextOf(text: string, forwardDate: boolean): ParsingContext {
  return new ParsingContext(
    text,
    { instant: new Date(Date.UTC(2020, 4, 5, 12)), timezone: 0 },
    { forwardDate },
  );
}

const key = (pattern: RegExp): string => `${pattern.flags}/${pattern.source}`;

describe('tagChronoParsers', () => {
  it("keeps one pattern per parser and forwardDate, the one chrono's parser builds for any text", () => {
    const stock: Array<[string, Parser[]]> = [
      ['fr', fr.createCasualConfiguration(true).parsers],
      ['en', en.configuration.createCasualConfiguration(false).parsers],
    ];
    for (const [language, parsers] of stock) {
      const wrapped = tagChronoParsers(language, parsers);
      parsers.forEach((parser, index) => {
        for (const forwardDate of [false, true]) {
          const kept = wrapped[index]!.pattern(contextOf('le 5 mai', forwardDate));
          expect(kept.flags).not.toMatch(/[gy]/);
          for (const text of ['le 5 mai', 'yesterday at noon, 2019', '']) {
            expect(wrapped[index]!.pattern(contextOf(text, forwardDate))).toBe(kept);
            expect(key(kept)).toBe(key(parser.pattern(contextOf(text, forwardDate))));
          }
        }
      });
    }
  });
});
