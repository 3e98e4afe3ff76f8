import { Chrono, type ParsedResult, type Parser, type ParsingContext } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { ChunkReading } from './chunk-reading.js';
import { chronoFor, type DateLanguage } from './locales.js';

const TEXTS: Record<DateLanguage, string[]> = {
  fr: [
    'Le 29 mai, le ministre a appelé son homologue; il repartira jeudi 31 mars ou le 2 avril 2027.',
    'Il a présenté cette semaine ses lettres de créance, le mois prochain un plan, hier un bilan, mardi un rapport.',
    'Un premier lot de vaccins en juillet ou en août, la conférence en août prochain, du 3 au 5 mars.',
    'Le 29 février, vers 18 h 30, puis le lendemain à 9h, et il y a trois jours, dans deux semaines.',
    'Le 18 janvier 2026, en 2025, janvie 2026, le 12 janvie, fin mars, la semaine dernière, 40 ans.',
    'Aucune date ici, seulement des mots et 12 personnes.',
  ],
  en: [
    'On May 29, the minister called his counterpart; he will leave on Thursday or on April 2, 2027.',
    'Last week he presented his credentials, next month a plan, yesterday a report, on Tuesday a review.',
    'A first batch of vaccines in July or August, the conference next August, from March 3 to 5.',
    'On February 29 at 6:30 pm, then the day after at 9, three days ago, in two weeks, early August.',
    'No date here, only words and 12 people.',
  ],
};

const REFERENCES = [
  new Date(Date.UTC(2021, 5, 2, 12)),
  new Date(Date.UTC(2012, 9, 13, 12)),
  new Date(Date.UTC(2024, 1, 29, 0)),
  new Date(Date.UTC(2001, 2, 14, 12)),
];

/** What a result says: where, what, the values and certainty of its components, its tags. */
function described(results: ParsedResult[]): unknown[] {
  return results.map((result) => ({
    index: result.index,
    text: result.text,
    start: result.start.date().toISOString(),
    end: result.end?.date().toISOString() ?? null,
    certain: (['year', 'month', 'day', 'hour', 'weekday'] as const).map((c) => result.start.isCertain(c)),
    tags: [...result.tags()].sort(),
  }));
}

describe('ChunkReading', () => {
  it('reads a text against each reference as chrono.parse does', () => {
    for (const language of ['fr', 'en'] as const) {
      const chrono = chronoFor(language);
      for (const text of TEXTS[language]) {
        for (const forwardDate of [false, true]) {
          const reading = new ChunkReading(chrono, text, { forwardDate });
          for (const reference of REFERENCES) {
            expect(
              described(reading.parse(reference)),
              `${language} ${text} ${reference.toISOString()}`,
            ).toEqual(described(chrono.parse(text, reference, { forwardDate })));
          }
        }
      }
    }
  });

  it('runs the patterns once, and again only where a reading goes on from another position', () => {
    let runs = 0;
    const pattern = /\d+/;
    const counted = Object.assign(Object.create(pattern) as RegExp, {
      exec(text: string) {
        runs += 1;
        return pattern.exec(text);
      },
    });
    // Takes a number only when it is below the reference's day of the month: readings differ.
    const parser: Parser = {
      pattern: () => counted,
      extract: (context: ParsingContext, match: RegExpMatchArray) =>
        Number(match[0]) < context.refDate.getUTCDate()
          ? { day: Number(match[0]), month: 1, year: 2020 }
          : null,
    };
    const chrono = new Chrono({ parsers: [parser], refiners: [] });
    const text = 'a 5 b 17 c 25';
    const reading = new ChunkReading(chrono, text, {});
    const late = new Date(Date.UTC(2020, 0, 30));
    expect(reading.parse(late).map((result) => result.text)).toEqual(['5', '17', '25']);
    const afterFirst = runs;
    expect(reading.parse(late).map((result) => result.text)).toEqual(['5', '17', '25']);
    expect(runs).toBe(afterFirst);
    // A refused number moves the search one position on ('17' → '7'), a position not read before.
    const early = new Date(Date.UTC(2020, 0, 10));
    expect(reading.parse(early).map((result) => result.text)).toEqual(['5', '7', '5']);
    expect(runs).toBeGreaterThan(afterFirst);
    expect(chrono.parse(text, early).map((result) => result.text)).toEqual(['5', '7', '5']);
  });
});
