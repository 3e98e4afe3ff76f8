import { describe, expect, it } from 'vitest';
import { foldWord } from './fold.js';

describe('foldWord', () => {
  it('lower-cases, strips diacritics and folds apostrophes', () => {
    expect(foldWord('Hanoï')).toBe('hanoi');
    expect(foldWord('Đà')).toBe('da');
    expect(foldWord('aujourd’hui')).toBe("aujourd'hui");
    expect(foldWord('À')).toBe('à');
  });

  it('reads plain ASCII words the same way, a backtick included', () => {
    expect(foldWord('RDIF')).toBe('rdif');
    expect(foldWord("l'ONU-2")).toBe("l'onu-2");
    expect(foldWord('d`Ivoire')).toBe("d'ivoire");
    expect(foldWord('')).toBe('');
  });
});
