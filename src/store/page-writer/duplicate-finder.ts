import { estimatedJaccard, signatureFromBytes } from '../../dedupe/minhash.js';
import type { PageStorage } from './page-storage.js';
import { RecentCache } from './recent-cache.js';

/** Estimated Jaccard above which an article is a copy of an earlier one. */
export const DUPLICATE_THRESHOLD = 0.8;
/** Candidates read from one LSH bucket. */
const BUCKET_CANDIDATES = 64;
/**
 * Signatures kept in memory for the latest bucketed articles (~8 MB): buckets are read newest
 * first, so most candidates are recent and need no read of their wide `articles` row.
 */
const RECENT_SIGNATURES = 16384;

/** An article as the choice of an original sees it: its id and publication day. */
export interface DatedArticle {
  id: string;
  day: string | null;
}

/**
 * Whether `copy` is the better original than `original`: a dated page wins over an undated
 * reprint, an earlier publication over a later one, and between pages of the same day (or both
 * undated) the smaller id. The order pages are stored in never matters, so writers working in
 * parallel choose the original one writer would.
 */
export function precedes(copy: DatedArticle, original: DatedArticle): boolean {
  if (copy.day !== original.day)
    return copy.day !== null && (original.day === null || copy.day < original.day);
  return copy.id < original.id;
}

/** Near-duplicate detection: MinHash signatures compared through LSH buckets. */
export class DuplicateFinder {
  private readonly recentSignatures = new RecentCache<Uint32Array>(RECENT_SIGNATURES);

  constructor(private readonly storage: PageStorage) {}

  /**
   * The original article this signature copies (estimated Jaccard ≥ the threshold), with its
   * publication day, if any.
   */
  async canonicalOf(signature: Uint32Array, bandKeys: number[]): Promise<DatedArticle | null> {
    const candidates = new Set<string>();
    for (const key of bandKeys) {
      // The newest articles of a bucket only: copies are republished close in time, and a crowded
      // bucket (boilerplate-heavy texts) must not make each page cost more than the last.
      for (const id of await this.storage.bucketArticles(key, BUCKET_CANDIDATES)) candidates.add(id);
    }
    let best: { id: string; similarity: number } | null = null;
    for (const id of [...candidates].sort()) {
      const candidate = await this.signatureOf(id);
      if (!candidate) continue;
      const similarity = estimatedJaccard(signature, candidate.signature);
      if (similarity >= DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) {
        best = { id: candidate.duplicateOf ?? id, similarity };
      }
    }
    if (!best) return null;
    // The stored row is the authority: another writer may have made a newer copy the original.
    const row = await this.storage.articleSignature(best.id);
    if (!row?.duplicateOf) return { id: best.id, day: row?.day ?? null };
    const original = await this.storage.articleSignature(row.duplicateOf);
    return { id: row.duplicateOf, day: original?.day ?? null };
  }

  /** An original that has become a copy (`PageStorage.promoteOriginal`): its row now says of what. */
  demoted(articleId: string): void {
    this.recentSignatures.delete(articleId);
  }

  /** Bucket a canonical article, so it is a candidate for the next articles' copy checks. */
  async addCanonical(articleId: string, signature: Uint32Array, bandKeys: number[]): Promise<void> {
    await this.storage.insertBuckets(articleId, bandKeys);
    this.recentSignatures.set(articleId, signature);
  }

  /** A bucketed article's signature: from the recent-signatures cache, else its row. */
  private async signatureOf(
    id: string,
  ): Promise<{ signature: Uint32Array; duplicateOf: string | null } | null> {
    const cached = this.recentSignatures.get(id);
    if (cached) return { signature: cached, duplicateOf: null };
    const row = await this.storage.articleSignature(id);
    return row?.minhash ? { signature: signatureFromBytes(row.minhash), duplicateOf: row.duplicateOf } : null;
  }
}
