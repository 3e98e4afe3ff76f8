import { sameStory, STORY_WINDOW_DAYS, type StoryFeatures } from '../../dedupe/story-match.js';
import { dayWindow } from './day-window.js';
import type { PageStorage } from './page-storage.js';
import { RecentCache } from './recent-cache.js';

/**
 * Story features kept in memory for the latest canonical articles: candidates come from a few days
 * around each new article, so most are recent and need no table reads.
 */
const RECENT_STORY_FEATURES = 8192;

type StoredFeatures = Pick<StoryFeatures, 'entityIds' | 'eventTypes'>;

/** Groups articles about one event into stories (`src/dedupe/story-match.ts` decides). */
export class StoryAssigner {
  private readonly recentFeatures = new RecentCache<StoredFeatures>(RECENT_STORY_FEATURES);

  constructor(private readonly storage: PageStorage) {}

  /** Entities and event types of a stored article, from the recent-articles cache or the tables. */
  private async featuresOf(articleId: string): Promise<StoredFeatures> {
    const cached = this.recentFeatures.get(articleId);
    if (cached) return cached;
    return {
      entityIds: await this.storage.articleActorIds(articleId),
      eventTypes: await this.storage.articleEventTypes(articleId),
    };
  }

  /**
   * The story of a new article, before it is stored. A copy joins its original's story. An original
   * with a country pair joins the stories of every candidate it matches (`sameStory`), merged into
   * one; one that replaces the original it copies takes that original and its copies along, out of
   * their story. A story is named after its smallest member id. So stories and their ids are the
   * same whatever order articles are stored in, and writers in parallel reach what one writer would.
   * Call `refreshStories(touched)` on the storage once the article is stored.
   */
  async assign(
    articleId: string,
    features: StoryFeatures | null,
    duplicateOf: string | null,
    replaces: string | null,
  ): Promise<StoryDecision> {
    const joined = new Set<string>();
    if (duplicateOf) {
      const shared = await this.storage.storyOf(duplicateOf);
      if (shared) joined.add(shared);
    } else if (features) {
      // Canonical articles are the next articles' story candidates.
      this.recentFeatures.set(articleId, { entityIds: features.entityIds, eventTypes: features.eventTypes });
      const window = dayWindow(features.day, STORY_WINDOW_DAYS, STORY_WINDOW_DAYS);
      for (const candidate of await this.storage.storyCandidates(features.dyad, window)) {
        if (candidate.id === replaces || joined.has(candidate.storyId)) continue;
        const other: StoryFeatures = {
          ...features,
          day: candidate.day,
          ...(await this.featuresOf(candidate.id)),
        };
        if (sameStory(features, other)) joined.add(candidate.storyId);
      }
    }
    const group = replaces ? [replaces, ...(await this.storage.copiesOf(replaces))] : [];
    const former = replaces ? await this.storage.storyOf(replaces) : null;
    const hasStory = duplicateOf ? joined.size > 0 : features !== null;
    const story = hasStory ? storyIdOf([articleId, ...group], joined) : null;
    const touched = new Set([...joined, ...(former ? [former] : []), ...(story ? [story] : [])]);
    const merged = [...joined].filter((id) => id !== story);
    if (merged.length > 0) await this.storage.moveToStory(await this.storage.storyMembers(merged), story);
    if (group.length > 0) await this.storage.moveToStory(group, story);
    // The story the group left is named after its smallest remaining member.
    if (former && former !== story) {
      const rest = await this.storage.storyMembers([former]);
      const name = rest.length > 0 ? storyIdOf(rest, []) : former;
      if (name !== former) {
        await this.storage.moveToStory(rest, name);
        touched.add(name);
      }
    }
    return { story, touched: [...touched] };
  }
}

/** The story a new article joins and the stories whose rows to compute again once it is stored. */
export interface StoryDecision {
  story: string | null;
  touched: string[];
}

/** The id of the story of `articleIds` and of the members of `stories`: its smallest member names it. */
export function storyIdOf(articleIds: string[], stories: Iterable<string>): string {
  return [...articleIds.map((id) => `s_${id.slice(2)}`), ...stories].sort()[0]!;
}

/** A stored record (JSON) whose story is now `story`: the same bytes but for that field. */
export function withStory(record: string, story: string | null): string {
  return JSON.stringify({ ...(JSON.parse(record) as object), story });
}
