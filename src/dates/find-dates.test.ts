import { parse as parseEdtf } from 'edtf';
import { cpuMs } from '../test-support/cpu-time.js';
import { describe, expect, it, vi } from 'vitest';
import { DiagnosticCollector } from '../pipeline/stage.js';
import { ChunkReading } from './chunk-reading.js';
import { findDates, MAX_CHUNK_LENGTH } from './find-dates.js';
import { valuesOf } from './test-support/dates-of.js';

const SAMPLE = [
  'Le 29 mai, le ministre a appelé son homologue.',
  'Il a présenté cette semaine ses lettres de créance, le mois prochain un plan, hier un bilan, mardi un rapport.',
  'Un premier lot de vaccins en juillet ou en août, la conférence en août prochain, du 3 au 5 mars.',
  'Le 18 janvier 2026, en 2025, janvie 2026, le 12 janvie, jeudi 31 mars, fin mars, la semaine dernière.',
].join('\n');

describe('findDates', () => {
  it('writes valid EDTF, with and without a publication date', () => {
    for (const published of [null, '2021-06-02']) {
      const mentions = findDates(
        SAMPLE,
        { languages: ['fr'], published, datelineSpan: null },
        new DiagnosticCollector(),
      );
      expect(mentions.length).toBeGreaterThan(12);
      for (const mention of mentions) {
        expect(SAMPLE.slice(mention.start, mention.end)).toBe(mention.text);
        if (mention.value !== null)
          expect(() => parseEdtf(mention.value ?? ''), mention.value ?? '').not.toThrow();
      }
    }
  });

  it('resolves the year of a yearless date only against a known anchor', () => {
    expect(valuesOf('Le 29 mai, il a appelé.')).toEqual(['29 mai → XXXX-05-29']);
    expect(valuesOf('Le 29 mai, il a appelé.', { published: '2021-06-02' })).toEqual(['29 mai → 2021-05-29']);
  });

  it('anchors on a full date in the dateline when the publication date is unknown', () => {
    const text = 'HANOI, 29 mai 2021 (VNA) – Le ministre a reçu hier son homologue.';
    const mentions = findDates(
      text,
      { languages: ['fr'], published: null, datelineSpan: { start: 0, end: 24 } },
      new DiagnosticCollector(),
    );
    expect(mentions.map((m) => [m.text, m.value, m.anchor])).toEqual([
      ['29 mai 2021', '2021-05-29', 'none'],
      ['hier', '2021-05-28', 'document'],
    ]);
  });

  it('reads the text past the dateline once, against the dateline day only', () => {
    const text = 'HANOI, 29 mai 2021 (VNA) –\nLe ministre a reçu hier son homologue.\nIl repart demain.';
    const parse = vi.spyOn(ChunkReading.prototype, 'parse');
    try {
      const mentions = findDates(
        text,
        { languages: ['fr'], published: null, datelineSpan: { start: 0, end: 24 } },
        new DiagnosticCollector(),
      );
      expect(mentions.map((m) => [m.text, m.value, m.anchor])).toEqual([
        ['29 mai 2021', '2021-05-29', 'none'],
        ['hier', '2021-05-28', 'document'],
        ['demain', '2021-05-30', 'document'],
      ]);
      const bodyReads = parse.mock.calls.filter(
        (_, call) => !(parse.mock.contexts[call] as ChunkReading).text.startsWith('HANOI'),
      );
      // One read against the dateline day and one against its probe, per line of the body.
      expect(bodyReads).toHaveLength(4);
      const years = bodyReads.map(([reference]) => (reference as { instant: Date }).instant.getUTCFullYear());
      expect(years).not.toContain(2001);
    } finally {
      parse.mockRestore();
    }
  });

  it('does not anchor on a full date outside the dateline', () => {
    const text = 'Le traité du 6 mars 1941 a été évoqué hier.';
    const mentions = findDates(
      text,
      { languages: ['fr'], published: null, datelineSpan: null },
      new DiagnosticCollector(),
    );
    expect(mentions.map((m) => [m.text, m.value, m.anchor])).toEqual([
      ['6 mars 1941', '1941-03-06', 'none'],
      ['hier', null, 'none'],
    ]);
  });

  it('skips, with a diagnostic, a stretch longer than a chunk that has no sentence break', () => {
    const ctx = new DiagnosticCollector();
    const text = `${'mot '.repeat(MAX_CHUNK_LENGTH)}\nLe 29 mai, il a appelé.`;
    const mentions = findDates(text, { languages: ['fr'], published: null, datelineSpan: null }, ctx);
    expect(mentions.map((m) => m.text)).toEqual(['29 mai']);
    expect(ctx.diagnostics.map((d) => d.ruleId)).toEqual(['dates.chunk-skipped']);
  });

  it('runs in linear time on long texts, and skips a megabyte without punctuation quickly', () => {
    const sentence = 'Le 29 mai, le ministre a rencontré en juillet son homologue pendant 40 ans. ';
    const time = (text: string) =>
      cpuMs(() =>
        findDates(
          text,
          { languages: ['fr'], published: '2021-06-02', datelineSpan: null },
          new DiagnosticCollector(),
        ),
      );
    time(sentence.repeat(20));
    const small = time(sentence.repeat(100));
    const large = time(sentence.repeat(1000));
    // Ten times the text: linear is 10; allow for timer noise, fail on quadratic (100).
    expect(large / Math.max(small, 1)).toBeLessThan(30);
    const huge = 'mot '.repeat(250_000);
    expect(time(huge)).toBeLessThan(Math.max(large, 200));
  });
});
