import { foldWord } from '../entities/fold.js';
import type { OutputRecord } from '../records/article.js';

/** Number of hash functions in a signature; bands × rows must equal it. */
export const SIGNATURE_SIZE = 128;
/** LSH banding: 16 bands of 8 rows puts the candidate threshold near Jaccard 0.7. */
export const LSH_BANDS = 16;
export const LSH_ROWS = SIGNATURE_SIZE / LSH_BANDS;
/** Words per shingle. */
export const SHINGLE_WORDS = 3;
/** Pages with fewer shingles than this are too short to call duplicates. */
export const MIN_SHINGLES = 12;

const WORD = /[\p{L}\p{N}]+/gu;

const FNV_OFFSET = 0x811c9dc5;
const SPACE = 0x20;

/** FNV-1a state after `text`'s UTF-16 units, from `hash` (32-bit). */
function fnv1aFrom(hash: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash;
}

/** A 32-bit integer mixer (murmur3 finaliser) used as the i-th hash function with a seed. */
function mix(value: number, seed: number): number {
  let h = (value ^ seed) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The seeds as 32-bit integers (XOR reads only their bits), so the signature loop stays on integers. */
const SEEDS = Int32Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(i + 1, 0x9e3779b9));

/**
 * Hashes of the word shingles of a text (accent- and case-folded words): FNV-1a of the shingle's
 * words joined by a space, hashed word by word rather than joined.
 */
export function shingleHashes(text: string): Set<number> {
  const words = (text.match(WORD) ?? []).map(foldWord);
  const hashes = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    let hash = fnv1aFrom(FNV_OFFSET, words[i]!);
    for (let k = 1; k < SHINGLE_WORDS; k++) {
      hash = Math.imul(hash ^ SPACE, 0x01000193);
      hash = fnv1aFrom(hash, words[i + k]!);
    }
    hashes.add(hash >>> 0);
  }
  return hashes;
}

/** The MinHash signature of a text, or null when it has too few shingles. */
export function minhashSignature(text: string): Uint32Array | null {
  const shingles = shingleHashes(text);
  if (shingles.size < MIN_SHINGLES) return null;
  const values = Int32Array.from(shingles);
  const signature = new Uint32Array(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    const seed = SEEDS[i]!;
    let min = 0xffffffff;
    for (let k = 0; k < values.length; k++) {
      // mix(shingle, seed) written out: the hot loop of a page's signature.
      let h = values[k]! ^ seed;
      h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < min) min = h;
    }
    signature[i] = min;
  }
  return signature;
}

/** The signature a record is checked for copies with: main articles only (teasers are too short). */
export function recordSignature(record: OutputRecord): Uint32Array | null {
  return record.kind === 'article' ? minhashSignature(record.text) : null;
}

/** Estimated Jaccard similarity: the share of equal signature slots. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_SIZE;
}

/** One LSH bucket key per band (band index + hash of the band's rows), for candidate look-up. */
export function lshBandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    let h = band;
    for (let row = 0; row < LSH_ROWS; row++) h = mix(signature[band * LSH_ROWS + row]!, h);
    keys.push(h);
  }
  return keys;
}

/** Signature as bytes for storage, and back. */
export function signatureToBytes(signature: Uint32Array): Buffer {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
}

export function signatureFromBytes(bytes: Uint8Array): Uint32Array {
  const copy = new Uint8Array(bytes);
  return new Uint32Array(copy.buffer, 0, SIGNATURE_SIZE);
}
