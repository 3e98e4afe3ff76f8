import { describe, expect, it } from 'vitest';
import { detectDateline, recordDatelines } from './dateline.js';

describe('datelines', () => {
  it('reads the place and agency that open a paragraph', () => {
    const paragraph = 'Hanoï, 8 août (VNA) - Le ministre a reçu l’ambassadeur.';
    expect(detectDateline(paragraph, 10)).toMatchObject({
      place: 'Hanoï',
      agency: 'VNA',
      start: 10,
      end: 31,
    });
  });

  it('finds the datelines of every paragraph of a record, the record’s own once', () => {
    const text =
      'Titre de l’article\n\nBruxelles, 12 mars (VNA) - Le texte.\n\nTokyo, 13 mars (VNA) - La suite.';
    const paragraphs = [
      { start: 0, end: 18 },
      { start: 20, end: text.indexOf('\n\nTokyo') },
      { start: text.indexOf('Tokyo'), end: text.length },
    ];
    const own = detectDateline(text.slice(20), 20);
    const spans = recordDatelines({ text, dateline: own, paragraphs });
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual([
      'Bruxelles, 12 mars (VNA) -',
      'Tokyo, 13 mars (VNA) -',
    ]);
  });
});
