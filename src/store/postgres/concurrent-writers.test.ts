import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleStore } from '../article-store.js';
import { SqliteArticleStore } from '../sqlite/sqlite-store.js';
import { crowdingArticles, LAVROV_MEETING, LAVROV_PRAISE } from '../test-support/crowded-pair.js';
import { createTestDatabase, postgresAvailable } from '../test-support/postgres-database.js';
import { pageFromSpec, PHONE_CALL_SPEC, type ArticleSpec } from '../test-support/record-fixtures.js';
import { PostgresArticleStore } from './postgres-store.js';

const drops: Array<() => Promise<void>> = [];
afterAll(async () => {
  await Promise.all(drops.map((drop) => drop()));
}, 60_000);

/** Each article's story and original, by id. */
async function outcome(store: ArticleStore): Promise<string[]> {
  const hits = await store.searchArticles({ countries: ['RUS', 'VNM'], includeDuplicates: true, limit: 500 });
  return hits.map((hit) => `${hit.id} story=${hit.story} original=${hit.duplicateOf ?? '-'}`).sort();
}

describe.runIf(postgresAvailable)('several PostgreSQL writers at once', () => {
  it('reach the stories, story ids and originals of one writer on a crowded pair (under the candidate cap)', async () => {
    // 46 articles of one pair within three days, two linked through a person only, a near-duplicate.
    const specs: ArticleSpec[] = [
      ...crowdingArticles(20),
      LAVROV_PRAISE,
      ...crowdingArticles(40).slice(20),
      { ...PHONE_CALL_SPEC, uri: 'file:copy.txt', body: `${PHONE_CALL_SPEC.body} Source : VNA.` },
      LAVROV_MEETING,
      ...crowdingArticles(43).slice(40),
      PHONE_CALL_SPEC,
    ];
    const one = SqliteArticleStore.open(':memory:');
    for (const spec of specs) await one.storePage(pageFromSpec(spec));
    const expected = await outcome(one);
    await one.close();

    const database = await createTestDatabase();
    drops.push(database.drop);
    const writers = await Promise.all([0, 1, 2].map(() => PostgresArticleStore.open(database.url)));
    try {
      // Writer k stores every third page, from the end for one of them: the three interleave.
      await Promise.all(
        writers.map(async (writer, k) => {
          const share = specs.filter((_, i) => i % 3 === k);
          for (const spec of k === 1 ? share.reverse() : share) await writer.storePage(pageFromSpec(spec));
        }),
      );
      expect(await outcome(writers[0]!)).toEqual(expected);
      const id = (spec: ArticleSpec) => pageFromSpec(spec).records[0]!.id;
      expect((await writers[1]!.article(id(LAVROV_MEETING)))?.story).toBe(
        (await writers[2]!.article(id(LAVROV_PRAISE)))?.story,
      );
    } finally {
      await Promise.all(writers.map((writer) => writer.close()));
    }
  }, 120_000);
});
