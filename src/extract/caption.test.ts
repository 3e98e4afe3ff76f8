import { describe, expect, it } from 'vitest';
import { captionSpans, endsWithCredit, parseCaption } from './caption.js';

const captionsOf = (text: string): string[] => captionSpans(text).map((s) => text.slice(s.start, s.end));

describe('parseCaption', () => {
  it('splits the credit off a caption line', () => {
    expect(parseCaption('Le ministre reçoit l’ambassadeur. Photo : VNA')).toEqual({
      text: 'Le ministre reçoit l’ambassadeur.',
      credit: 'VNA',
    });
    expect(endsWithCredit('A body sentence without credit.')).toBe(false);
  });
});

describe('captionSpans', () => {
  it('finds a caption line ending with its credit, and one glued before the body', () => {
    const text = [
      'Des représentants présentent des dons. Photo : VNA',
      '',
      'Smoke is seen in Matanzas, Cuba. (Photo: AFP/VNA)Hanoi (VNA) – The minister said aid would come.',
    ].join('\n');
    expect(captionsOf(text)).toEqual([
      'Des représentants présentent des dons. Photo : VNA',
      'Smoke is seen in Matanzas, Cuba. (Photo: AFP/VNA)',
    ]);
  });

  it('starts a caption after the image marker that glues it to a headline', () => {
    const text = 'Le Vietnam préoccupé ảnh 1Le dirigeant supervise un tir, le 12 février. Photo: Yonhap/VNA';
    expect(captionsOf(text)).toEqual(['Le dirigeant supervise un tir, le 12 février. Photo: Yonhap/VNA']);
  });

  it('leaves a source cited inside a sentence and a long credited paragraph to the body', () => {
    const inside = 'The figures rose (Source: ministry report) in May, the minister said.';
    const long = `${'The minister said the two countries would deepen their ties. '.repeat(6)}Photo: VNA`;
    expect(captionSpans(inside)).toEqual([]);
    expect(captionSpans(long)).toEqual([]);
  });
});
