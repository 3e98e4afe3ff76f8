import type { Dossier, DossierEvent, DossierPerson } from './article-store.js';
import { COMMITMENT_ROW_COLUMNS, commitmentFromRow } from './sqlite/commitment-rows.js';

/** Rows the dossier queries of both stores return, and how they fold into a Dossier. */

export interface CountRow {
  event: string;
  month: string | null;
  quad: 1 | 2 | 3 | 4;
  n: number;
}

export interface LatestRow {
  article_id: string;
  title: string | null;
  day: string | null;
  event: DossierEvent['event'];
  quad: DossierEvent['quad'];
  mode: string;
  actor_codes: string;
  recipient_codes: string;
  evidence_text: string;
}

export interface PersonRoleRow {
  id: number;
  name: string;
  country: string | null;
  events: number;
  total: number;
  title: string | null;
  role_country: string | null;
}

/**
 * Persons, commitments and stories listed at most: a big pair has thousands, and a dossier is a
 * page an analyst reads (the commitments board and search list them all).
 */
export const DOSSIER_LIST_LIMIT = 50;

/** Latest events a dossier lists (the API's; SQLite keeps each pair's dossier text with this many). */
export const DOSSIER_LATEST_EVENTS = 20;

/** Codes stored as a comma list ('' when none). */
export function codeList(codes: string): string[] {
  return codes ? codes.split(',') : [];
}

export function foldCounts(rows: CountRow[]): Pick<Dossier, 'totals' | 'byType' | 'byMonth'> {
  const byType = new Map<string, number>();
  const byMonth = new Map<string, [number, number, number, number]>();
  let cooperation = 0;
  let conflict = 0;
  for (const row of rows) {
    byType.set(row.event, (byType.get(row.event) ?? 0) + row.n);
    if (row.quad <= 2) cooperation += row.n;
    else conflict += row.n;
    if (row.month) {
      const quads = byMonth.get(row.month) ?? [0, 0, 0, 0];
      quads[row.quad - 1]! += row.n;
      byMonth.set(row.month, quads);
    }
  }
  const events = cooperation + conflict;
  return {
    totals: { events, cooperation, conflict, balance: events ? (cooperation - conflict) / events : 0 },
    byType: [...byType.entries()]
      .map(([key, count]) => ({ key, count }))
      .sort((x, y) => y.count - x.count || (x.key < y.key ? -1 : 1)),
    byMonth: [...byMonth.entries()]
      .sort(([x], [y]) => (x < y ? -1 : 1))
      .map(([month, q]) => ({ month, quad1: q[0], quad2: q[1], quad3: q[2], quad4: q[3] })),
  };
}

/** Persons from their role rows; a person the store knows no country for takes their latest role's. */
export function foldPersons(rows: PersonRoleRow[]): DossierPerson[] {
  const persons: DossierPerson[] = [];
  let lastId: number | null = null;
  for (const row of rows) {
    if (row.id !== lastId) {
      persons.push({ name: row.name, country: row.country, roles: [], events: row.events });
      lastId = row.id;
    }
    const person = persons.at(-1)!;
    if (row.title !== null) person.roles.push(row.title);
    person.country ??= row.role_country;
  }
  return persons;
}

/** Each back end's placeholders for the dossier's commitments query. */
export interface CommitmentPageParams {
  dyad: string;
  a: string;
  b: string;
  limit: string;
}

/**
 * Commitments between the two (`dyad`), and those either made with no counterpart, in `order`
 * (overdue, then open, then fulfilled, latest stated first; each back end's page indexes are in
 * it): each side's page read from the front of its index, then merged; only the page's rows get
 * their columns (the fulfilling article's title and event). Reading and sorting all of a busy
 * pair's thousands of commitments cost more than the rest of the dossier. The total is counted from
 * indexes. PostgreSQL reads this SQL; SQLite (`sqlite/dyad-dossier.ts`) merges the same page from
 * its sides' sort keys and reads its total from `commitment_counts` (migration 12).
 */
export function commitmentPageSql(order: string, p: CommitmentPageParams): string {
  const side = (condition: string) =>
    `SELECT * FROM (SELECT * FROM commitments WHERE ${condition} ORDER BY ${order} LIMIT ${p.limit}) side`;
  return `SELECT ${COMMITMENT_ROW_COLUMNS},
    (SELECT COUNT(*) FROM commitments WHERE dyad = ${p.dyad})
      + (SELECT COUNT(*) FROM commitments WHERE to_code IS NULL AND by_code IN (${p.a}, ${p.b})) AS total
  FROM (
    ${side(`dyad = ${p.dyad}`)}
    UNION ALL
    ${side(`to_code IS NULL AND by_code = ${p.a}`)}
    UNION ALL
    ${side(`to_code IS NULL AND by_code = ${p.b}`)}) c
  ORDER BY ${order} LIMIT ${p.limit}`;
}

/** What the dossier queries return, as the store reads them. */
export interface DossierRows {
  latest: LatestRow[];
  persons: PersonRoleRow[];
  commitments: Array<Record<string, string | null> & { total: number }>;
  stories: Array<Dossier['stories'][number] & { total: number }>;
  /** Counts by type, month and quad; without `byMonth`, by type and quad (their month unused). */
  counts: CountRow[];
  /** The months' counts by quad, oldest first, when the store keeps them so (SQLite). */
  byMonth?: Dossier['byMonth'];
}

/** The dossier of countries `a` and `b` from its query rows (the same for both stores). */
export function dossierFromRows(a: string, b: string, rows: DossierRows): Dossier {
  return {
    countries: [a, b],
    ...foldCounts(rows.counts),
    ...(rows.byMonth && { byMonth: rows.byMonth }),
    latest: rows.latest.map((row): DossierEvent => ({
      articleId: row.article_id,
      title: row.title,
      date: row.day,
      event: row.event,
      quad: row.quad,
      mode: JSON.parse(row.mode) as string[],
      actor: codeList(row.actor_codes),
      recipient: codeList(row.recipient_codes),
      evidence: row.evidence_text,
    })),
    persons: foldPersons(rows.persons),
    commitments: rows.commitments.map(commitmentFromRow),
    stories: rows.stories.map(({ total: _total, ...story }) => story),
    listTotals: {
      persons: rows.persons[0]?.total ?? 0,
      commitments: rows.commitments[0]?.total ?? 0,
      stories: rows.stories[0]?.total ?? 0,
    },
  };
}
