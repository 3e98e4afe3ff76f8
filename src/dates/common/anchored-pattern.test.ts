import { describe, expect, it } from 'vitest';
import { AnchoredPattern } from './anchored-pattern.js';
import { MISSPELLED_MONTH, misspelledMonthStarts } from './parsers/misspelled-month-parser.js';

const texts = [
  'le 12 janvie 2026 et le 5 juilet',
  'en janvie 2026, puis févrie   2027',
  'abcdefghijklmno 2020 et 12345 pommes',
  '𝐀𝐁𝐂𝐃𝐄𝐅 2020 𝐀𝐁 2021',
  'le 3 mais aussi le 4 juif, 31st decembre\u00a02020',
  '',
  'no digit here at all',
];

describe('AnchoredPattern', () => {
  it('finds what the plain pattern finds, at the same index, on every suffix of each text', () => {
    const anchored = new AnchoredPattern(MISSPELLED_MONTH, misspelledMonthStarts);
    for (const text of texts) {
      for (let from = 0; from <= text.length; from += 1) {
        const rest = text.slice(from);
        const expected = MISSPELLED_MONTH.exec(rest);
        const found = anchored.exec(rest);
        expect(found ? [...found] : null).toEqual(expected ? [...expected] : null);
        expect(found?.index).toBe(expected?.index);
      }
    }
  });

  it('refuses global and sticky patterns', () => {
    expect(() => new AnchoredPattern(/a/g, () => [])).toThrow(/without g or y/);
  });
});
