import type { ArticleFilter, StatsCoverage } from './article-store.js';

/**
 * Matching articles the stats count at most, newest published first (then latest stored): a
 * common word or the whole store is counted in bounded time at any store size, and the response
 * says when more match.
 */
export const STATS_ARTICLE_LIMIT = 10_000;

/** What the counts cover, in words: the defaults, or what the filter added to them. */
export function scopeOf(filter: ArticleFilter): string {
  return [
    filter.mainOnly ? 'main articles' : 'teasers included',
    filter.bothSides ? 'events with both sides known' : 'events with an unknown side included',
    filter.includeDuplicates ? 'near-duplicate copies included' : 'no near-duplicate copies',
  ].join(', ');
}

/**
 * What a store's matching counts cover: every matching article, or (`more`: another one matched
 * beyond the limit) the newest `articleLimit` of them.
 */
export function statsCoverage(filter: ArticleFilter, articleLimit: number, more: boolean): StatsCoverage {
  return {
    complete: !more,
    articleLimit,
    description: `${scopeOf(filter)}; ${
      more ? `the newest ${articleLimit} matching articles (more match)` : 'every matching article'
    }`,
  };
}
