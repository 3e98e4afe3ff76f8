import { describe, expect, it } from 'vitest';
import { blockSpans, isPublishedDate, recordFromRawText } from './raw-text.js';

describe('recordFromRawText', () => {
  it('keeps the input as text, with only CRLF and CR turned into LF', () => {
    const record = recordFromRawText('Un.\r\nDeux.\rTrois\u2028 «x»  \n');
    expect(record.text).toBe('Un.\nDeux.\nTrois\u2028 «x»  \n');
  });

  it('makes one paragraph per blank-line-separated block', () => {
    const text = '\n  Premier bloc,\nsur deux lignes.\n \t\nSecond bloc.\n\n\n';
    const record = recordFromRawText(text);
    expect(record.paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'Premier bloc,\nsur deux lignes.',
      'Second bloc.',
    ]);
    expect(blockSpans('')).toEqual([]);
    expect(blockSpans('\n\n')).toEqual([]);
  });

  it('leaves title and lead empty and finds a dateline opening the first block', () => {
    const text = 'Note.\n\nMoscou (VNA) - Le ministre a reçu l’ambassadeur.';
    expect(recordFromRawText(text).dateline).toBeNull();
    const record = recordFromRawText('Moscou (VNA) - Le ministre a reçu l’ambassadeur.');
    expect(record).toMatchObject({
      title: null,
      lead: null,
      dateline: { place: 'Moscou', agency: 'VNA', start: 0 },
    });
  });

  it('finds the dateline of the block after a headline, not after a sentence', () => {
    const text =
      'Le Laos et le Vietnam renforcent leur coopération\n\nVientiane (VNA) - Le ministre a reçu l’ambassadeur.';
    expect(recordFromRawText(text).dateline).toMatchObject({ place: 'Vientiane', agency: 'VNA', start: 51 });
    const sentence = 'Le ministre est arrivé hier.\n\nVientiane (VNA) - Le ministre a reçu l’ambassadeur.';
    expect(recordFromRawText(sentence).dateline).toBeNull();
  });

  it('names its source after the id, stdin or a given uri', () => {
    expect(recordFromRawText('x', { id: 'n1' }).source).toMatchObject({ uri: 'text:n1', format: 'text' });
    expect(recordFromRawText('x', { id: 'n1' }).id).toBe('n1');
    expect(recordFromRawText('x').source.uri).toBe('stdin:');
    expect(recordFromRawText('x', { uri: 'notes/a.txt' }).source.uri).toBe('notes/a.txt');
    expect(recordFromRawText('x').source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('carries the published date and a forced language', () => {
    expect(recordFromRawText('x', { published: '2021-05-29', language: 'fr' })).toMatchObject({
      published: '2021-05-29',
      language: 'fr',
    });
  });
});

describe('isPublishedDate', () => {
  it('accepts YYYY, YYYY-MM and real YYYY-MM-DD dates only', () => {
    for (const good of ['2021', '2021-05', '2021-05-29', '2024-02-29'])
      expect(isPublishedDate(good)).toBe(true);
    for (const bad of ['21', '2021-13', '2021-00', '2021-02-30', '2023-02-29', '2021-5-29', '29/05/2021', ''])
      expect(isPublishedDate(bad)).toBe(false);
  });
});
