import { describe, expect, it } from 'vitest';
import {
  estimatedJaccard,
  lshBandKeys,
  minhashSignature,
  signatureFromBytes,
  signatureToBytes,
} from './minhash.js';

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

  it('refuses texts too short to compare', () => {
    expect(minhashSignature('Trois mots seulement')).toBeNull();
  });

  it('round-trips a signature through bytes', () => {
    const a = minhashSignature(base)!;
    expect([...signatureFromBytes(signatureToBytes(a))]).toEqual([...a]);
  });
});
