import type { ArticleSpec } from './record-fixtures.js';

/**
 * Two articles of one pair that match only through the person they name (no event type shared):
 * the story links them only if one sees the other among its candidates.
 */
export const LAVROV_MEETING: ArticleSpec = {
  uri: 'file:meeting.txt',
  title: 'Sergueï Lavrov reçu à Hanoï',
  body: 'Le ministre russe Sergueï Lavrov a été reçu à Hanoï par ses homologues vietnamiens pour des consultations.',
  published: '2021-05-29',
  persons: [{ name: 'Sergueï Lavrov', country: 'RUS' }],
  events: [{ type: 'CONSULT', actor: 'RUS', recipient: 'VNM' }],
};
export const LAVROV_PRAISE: ArticleSpec = {
  uri: 'file:praise.txt',
  title: 'Lavrov salue le soutien vietnamien',
  body: 'De retour à Moscou, Sergueï Lavrov a salué le soutien constant du Vietnam dans les instances régionales.',
  published: '2021-05-30',
  persons: [{ name: 'Sergueï Lavrov', country: 'RUS' }],
  events: [{ type: 'SUPPORT', actor: 'RUS', recipient: 'VNM' }],
};

/**
 * `count` articles of the same pair and days that match neither of the two (another event type,
 * no person) and are not near-duplicates of each other (no word in common but the title's).
 */
export function crowdingArticles(count: number): ArticleSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    uri: `file:crowd-${i}.txt`,
    title: `Accusations croisées ${i}`,
    body: Array.from({ length: 24 }, (_, k) => `terme${i}x${k}`).join(' '),
    published: '2021-05-29',
    events: [{ type: 'ACCUSE' as const, actor: 'VNM', recipient: 'RUS' }],
  }));
}
