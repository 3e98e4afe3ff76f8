import { describe, expect, it } from 'vitest';
import { isSingleToken, nameKey, surnameKey, tokenKey } from './name-keys.js';

describe('name keys', () => {
  it('brings French, English and German romanisations together', () => {
    expect(nameKey('Sergueï Lavrov')).toBe(nameKey('Sergey Lavrov'));
    expect(nameKey('Sergueï Lavrov')).toBe(nameKey('Sergei Lavrov'));
    expect(tokenKey('Lawrow')).toBe(tokenKey('Lavrov'));
    expect(nameKey('Dmitri Medvedev')).toBe(nameKey('Dmitry Medvedev'));
    expect(nameKey('Mikhaïl Michoustine')).toBe(nameKey('Mikhail Mishustin'));
  });

  it('folds accents, case and Vietnamese đ', () => {
    expect(nameKey('Phạm Bình Minh')).toBe(nameKey('PHAM BINH MINH'));
    expect(nameKey('Đặng')).toBe(nameKey('Dang'));
  });

  it('keeps different names apart', () => {
    expect(nameKey('Sergey Lavrov')).not.toBe(nameKey('Sergey Shoigu'));
    expect(nameKey('Pham Binh Minh')).not.toBe(nameKey('Pham Minh Chinh'));
  });

  it('gives the surname key of the last token', () => {
    expect(surnameKey('Sergueï Lavrov')).toBe(tokenKey('Lavrov'));
    expect(surnameKey('')).toBeNull();
    expect(isSingleToken('Lavrov')).toBe(true);
    expect(isSingleToken('Sergey Lavrov')).toBe(false);
  });
});
