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
   * The story of a new article (a copy joins its original's story, and so does an article that
   * replaces the original it copies); a new story when none fits.
   */
  async assign(
    articleId: string,
    features: StoryFeatures,
    duplicateOf: string | null,
    replaces: string | null = null,
  ): Promise<string> {
    const { dyad, day } = features;
    const sameStoryAs = duplicateOf ?? replaces;
    let story = sameStoryAs ? await this.storage.storyOf(sameStoryAs) : null;
    // Canonical articles are the next articles' story candidates.
    if (!duplicateOf)
      this.recentFeatures.set(articleId, { entityIds: features.entityIds, eventTypes: features.eventTypes });
    if (!story) {
      const window = dayWindow(day, STORY_WINDOW_DAYS, STORY_WINDOW_DAYS);
      for (const candidate of await this.storage.storyCandidates(dyad, window)) {
        const other: StoryFeatures = { dyad, day: candidate.day, ...(await this.featuresOf(candidate.id)) };
        if (sameStory(features, other)) {
          story = candidate.storyId;
          break;
        }
      }
    }
    if (story) {
      await this.storage.growStory(story, day);
      return story;
    }
    const id = `s_${articleId.slice(2)}`;
    await this.storage.insertStory(id, dyad, day);
    return id;
  }
}
