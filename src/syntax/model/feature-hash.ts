/**
 * Feature hashing: every feature is a 32-bit integer made by mixing a template id with the ids of
 * the values it looks at (word hashes, tag ids, distances). No strings are built per feature.
 */

/** FNV-1a over UTF-16 code units: the id of a word form, suffix or label. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** One murmur3 mixing round: fold a 32-bit value into a running hash. */
function round(hash: number, value: number): number {
  let k = Math.imul(value, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  const h = hash ^ k;
  return (Math.imul((h << 13) | (h >>> 19), 5) + 0xe6546b64) | 0;
}

/** murmur3's finaliser: spreads every input bit over the whole hash. */
function finish(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Mix two 32-bit values into one. */
export function mix(seed: number, value: number): number {
  return finish(round(round(0x2545f491, seed), value));
}

/** The first mixing round of each template id under one seed, computed once (templates < 256). */
function templateSeeds(seed: number): Int32Array {
  return Int32Array.from({ length: 256 }, (_, template) => round(seed, template));
}

const SEEDS1 = templateSeeds(0x51ed27);
const SEEDS2 = templateSeeds(0x27d4eb);
const SEEDS3 = templateSeeds(0x165667);
const SEEDS4 = templateSeeds(0x9e3779);

function seeded(seeds: Int32Array, seed: number, template: number): number {
  return template >= 0 && template < 256 ? seeds[template]! : round(seed, template);
}

export function feature1(template: number, a: number): number {
  return finish(round(seeded(SEEDS1, 0x51ed27, template), a));
}

export function feature2(template: number, a: number, b: number): number {
  return finish(round(round(seeded(SEEDS2, 0x27d4eb, template), a), b));
}

export function feature3(template: number, a: number, b: number, c: number): number {
  return finish(round(round(round(seeded(SEEDS3, 0x165667, template), a), b), c));
}

export function feature4(template: number, a: number, b: number, c: number, d: number): number {
  return finish(round(round(round(round(seeded(SEEDS4, 0x9e3779, template), a), b), c), d));
}

/** A growing list of feature hashes, reused between predictions to avoid allocation. */
export class FeatureBuffer {
  values: Uint32Array;
  length = 0;

  constructor(capacity = 128) {
    this.values = new Uint32Array(capacity);
  }

  clear(): void {
    this.length = 0;
  }

  /** The values array, grown to hold `extra` more features after the current ones (written by index). */
  reserve(extra: number): Uint32Array {
    if (this.length + extra > this.values.length) {
      const grown = new Uint32Array(Math.max(this.values.length * 2, this.length + extra));
      grown.set(this.values);
      this.values = grown;
    }
    return this.values;
  }

  push(feature: number): void {
    if (this.length === this.values.length) {
      const grown = new Uint32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = feature;
  }
}
