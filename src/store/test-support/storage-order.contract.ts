import { describe, expect, it } from 'vitest';
import type { ArticleStore } from '../article-store.js';
import { crowdingArticles, LAVROV_MEETING, LAVROV_PRAISE } from './crowded-pair.js';
import { pageFromSpec, PHONE_CALL_SPEC, type ArticleSpec } from './record-fixtures.js';

const call = PHONE_CALL_SPEC;
/** Near-duplicates of the call published the same day: the smaller id is the original. */
const sameDayCopies: ArticleSpec[] = [
  { ...call, uri: 'file:copy-vna.txt', body: `${call.body} Source : VNA.` },
  { ...call, uri: 'file:copy-tass.txt', body: `${call.body} Source : TASS.` },
];
/** Shares no person and no event type with the call: a story of its own until `bridge` arrives. */
const support: ArticleSpec = {
  uri: 'file:support.txt',
  title: 'Moscou soutient Hanoï',
  body: 'La Russie a apporté son soutien au Vietnam sur la question de la mer Orientale, a déclaré Moscou.',
  published: '2021-06-01',
  events: [{ type: 'SUPPORT', actor: 'RUS', recipient: 'VNM' }],
};
/** Reports both the call and the support: links their stories. */
const bridge: ArticleSpec = {
  uri: 'file:bridge.txt',
  title: 'Hanoï et Moscou multiplient les contacts',
  body: 'Après leur entretien, les deux pays ont échangé des messages de soutien sur la coopération régionale.',
  published: '2021-05-30',
  events: [
    { type: 'CONSULT', actor: 'VNM', recipient: 'RUS' },
    { type: 'SUPPORT', actor: 'RUS', recipient: 'VNM' },
  ],
};
const PAGES = [call, ...sameDayCopies, support, bridge];
/** Storage orders tried: as listed, reversed, and interleaved (the bridge between the stories it links). */
const ORDERS = [
  [0, 1, 2, 3, 4],
  [4, 3, 2, 1, 0],
  [3, 2, 4, 0, 1],
];

/** Each stored article's story (column and record) and original, by id. */
async function storiesAndOriginals(store: ArticleStore): Promise<string[]> {
  const hits = await store.searchArticles({ countries: ['RUS', 'VNM'], includeDuplicates: true, limit: 50 });
  const rows: string[] = [];
  for (const hit of hits) {
    expect((await store.article(hit.id))?.story, hit.id).toBe(hit.story);
    rows.push(`${hit.id} story=${hit.story} original=${hit.duplicateOf ?? '-'}`);
  }
  return rows.sort();
}

/**
 * The pair's dossier figures: counts, persons, stories (a story's title is its first stored
 * article's, so it is left out).
 */
async function dossierFigures(store: ArticleStore): Promise<unknown> {
  const dossier = await store.dyadDossier('VNM', 'RUS', 10);
  return { ...dossier, stories: dossier.stories.map(({ title: _title, ...story }) => story) };
}

/**
 * Stories and near-duplicate originals do not depend on the order pages are stored in, so writers
 * storing in parallel reach what one writer would; call it from each back end's test file.
 */
export function describeStorageOrder(name: string, createStore: () => Promise<ArticleStore>): void {
  describe(`ArticleStore storage order: ${name}`, () => {
    it('reaches the same stories, story ids, originals and dossier figures whatever order pages are stored in', async () => {
      const outcomes: string[][] = [];
      const dossiers: unknown[] = [];
      for (const order of ORDERS) {
        const store = await createStore();
        try {
          for (const index of order) await store.storePage(pageFromSpec(PAGES[index]!));
          outcomes.push(await storiesAndOriginals(store));
          dossiers.push(await dossierFigures(store));
          expect((await store.stats({})).totals).toMatchObject({ articles: 5, duplicates: 2 });
        } finally {
          await store.close();
        }
      }
      const idOf = (spec: ArticleSpec) => pageFromSpec(spec).records[0]!.id;
      const smallest = PAGES.map(idOf).sort()[0]!;
      const [original, ...copies] = [call, ...sameDayCopies].map(idOf).sort();
      const story = `s_${smallest.slice(2)}`;
      // One story (the bridge links the call's and the support's), named after its smallest member.
      expect(outcomes[0]).toEqual(
        [
          ...[original!, idOf(support), idOf(bridge)].map((id) => `${id} story=${story} original=-`),
          ...copies.map((id) => `${id} story=${story} original=${original}`),
        ].sort(),
      );
      for (const outcome of outcomes.slice(1)) expect(outcome).toEqual(outcomes[0]);
      // The figures follow the merges and promotions: one story of the three originals' events.
      expect(dossiers[0]).toMatchObject({
        totals: { events: 4 },
        stories: [{ id: story, articles: 3, events: 4 }],
      });
      for (const dossier of dossiers.slice(1)) expect(dossier).toEqual(dossiers[0]);
    });

    it('links matching articles in any order while at most 50 candidates share their pair and days; beyond, only the 50 stored last are compared', async () => {
      const storyOf = async (specs: ArticleSpec[], spec: ArticleSpec) => {
        const store = await createStore();
        try {
          for (const each of specs) await store.storePage(pageFromSpec(each));
          return (await store.article(pageFromSpec(spec).records[0]!.id))?.story;
        } finally {
          await store.close();
        }
      };
      const linked = async (specs: ArticleSpec[]) =>
        (await storyOf(specs, LAVROV_MEETING)) === (await storyOf(specs, LAVROV_PRAISE));
      // 49 others in the window: the second of the two still has the first among its 50 candidates.
      const fewer = crowdingArticles(49);
      expect(await linked([LAVROV_MEETING, ...fewer, LAVROV_PRAISE])).toBe(true);
      expect(await linked([LAVROV_PRAISE, ...fewer, LAVROV_MEETING])).toBe(true);
      // 50 others stored between them push the first out of the second's candidates: the documented
      // limit (src/store/README.md, Stories), where the storage order decides.
      const crowd = crowdingArticles(50);
      expect(await linked([LAVROV_MEETING, LAVROV_PRAISE, ...crowd])).toBe(true);
      expect(await linked([LAVROV_MEETING, ...crowd, LAVROV_PRAISE])).toBe(false);
    }, 120_000);
  });
}
