import { describe, expect, it } from 'vitest';
import { foldWord } from '../entities/fold.js';
import {
  estimatedJaccard,
  lshBandKeys,
  minhashSignature,
  SIGNATURE_SIZE,
  signatureFromBytes,
  signatureToBytes,
} from './minhash.js';

/** The signature as defined (and stored by every earlier version), written plainly. */
function definedSignature(text: string): number[] {
  const fnv1a = (value: string): number => {
    let hash = 0x811c9dc5;
    for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
    return hash >>> 0;
  };
  const mix = (value: number, seed: number): number => {
    let h = (value ^ seed) >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
  };
  const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).map(foldWord);
  const shingles = new Set<number>();
  for (let i = 0; i + 3 <= words.length; i++) shingles.add(fnv1a(words.slice(i, i + 3).join(' ')));
  return Array.from({ length: SIGNATURE_SIZE }, (_, i) =>
    Math.min(...[...shingles].map((shingle) => mix(shingle, mix(i + 1, 0x9e3779b9)))),
  );
}

const base =
  'La ministre des Affaires étrangères Lucie Marchand a longuement reçu son homologue chilien Tomás ' +
  'Aguirre pour passer en revue la coopération dans les domaines du cuivre, de la pêche et de ' +
  'l’enseignement supérieur, ainsi que les bourses que le Chili pourrait offrir aux étudiants ' +
  'français en juillet ou en août.';

describe('minhash', () => {
  it('gives identical signatures for identical texts and near 1 for a light edit', () => {
    const a = minhashSignature(base)!;
    const edited = minhashSignature(base.replace('en juillet ou en août', 'dès le mois de juillet'))!;
    expect(estimatedJaccard(a, minhashSignature(base)!)).toBe(1);
    expect(estimatedJaccard(a, edited)).toBeGreaterThan(0.6);
    expect(lshBandKeys(a).filter((k, i) => k === lshBandKeys(edited)[i]).length).toBeGreaterThan(0);
  });

  it('ignores case and accents', () => {
    const a = minhashSignature(base)!;
    const b = minhashSignature(base.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase())!;
    expect(estimatedJaccard(a, b)).toBe(1);
  });

  it('keeps unrelated texts apart', () => {
    const other =
      'The United States announced new sanctions on Chinese technology companies on Tuesday, citing ' +
      'national security concerns about semiconductors, telecommunications equipment and export controls ' +
      'that Washington says were broken repeatedly over the past two years by the firms concerned.';
    expect(estimatedJaccard(minhashSignature(base)!, minhashSignature(other)!)).toBeLessThan(0.1);
  });

  it('gives the signatures stored so far: FNV-1a of each joined shingle, the murmur finaliser per seed', () => {
    const other = `${base} Ελληνικά 2024 ça, œuvre; 東京 ${'mot '.repeat(40)}`;
    for (const text of [base, other]) expect([...minhashSignature(text)!]).toEqual(definedSignature(text));
  });

  it('refuses texts too short to compare', () => {
    expect(minhashSignature('Trois mots seulement')).toBeNull();
  });

  it('round-trips a signature through bytes', () => {
    const a = minhashSignature(base)!;
    expect([...signatureFromBytes(signatureToBytes(a))]).toEqual([...a]);
  });
});
