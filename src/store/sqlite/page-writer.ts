import type Database from 'better-sqlite3';
import {
  FULFILMENT_HORIZON_DAYS,
  fulfillingEventTypes,
  fulfilmentRule,
  kindsFulfilledBy,
  type FulfilmentCandidate,
  type StoredCommitment,
} from '../../dedupe/commitment-match.js';
import { edtfEndDay, edtfStartDay, yearOf } from '../../dedupe/edtf-day.js';
import {
  estimatedJaccard,
  lshBandKeys,
  recordSignature,
  signatureFromBytes,
  signatureToBytes,
} from '../../dedupe/minhash.js';
import {
  eventDyad,
  mainDyad,
  sameStory,
  STORY_WINDOW_DAYS,
  type StoryFeatures,
} from '../../dedupe/story-match.js';
import type { ArticleRecord, EventRecord, PloverType } from '../../records/article.js';
import type { PageToStore, StorePageResult } from '../article-store.js';
import { EntityResolver } from './entity-resolver.js';

/** A map that keeps only its latest `capacity` entries (the oldest set is dropped first). */
class RecentCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    return this.entries.get(key);
  }

  set(key: string, value: V): void {
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, value);
  }
}

/**
 * Story features kept in memory for the latest canonical articles: candidates come from a few days
 * around each new article, so most are recent and need no table reads.
 */
const RECENT_STORY_FEATURES = 8192;

/**
 * Signatures kept in memory for the latest bucketed articles (~8 MB): buckets are read newest
 * first, so most candidates are recent and need no read of their wide `articles` row.
 */
const RECENT_SIGNATURES = 16384;

/** Estimated Jaccard above which an article is a copy of an earlier one. */
export const DUPLICATE_THRESHOLD = 0.8;
/** Candidates read from one LSH bucket. */
const BUCKET_CANDIDATES = 64;

interface CandidateArticle {
  id: string;
  duplicate_of: string | null;
  minhash: Buffer;
}

interface EventMatchRow {
  article_id: string;
  local_id: string;
  event: PloverType;
  mode: string;
  actor_codes: string;
  recipient_codes: string;
  sectors: string;
  evidence_text: string;
  day: string | null;
  negated: number;
  hypothetical: number;
  is_commitment: number;
}

interface CommitmentMatchRow {
  article_id: string;
  event_local_id: string;
  kind: StoredCommitment['kind'];
  by_code: string | null;
  to_code: string | null;
  what: string | null;
  stated_day: string | null;
}

const COMMITMENT_COLUMNS = 'article_id, event_local_id, kind, by_code, to_code, what, stated_day';
const OPEN_COMMITMENT_KEY =
  "dyad = @dyad AND kind IN (SELECT value FROM json_each(@kinds)) AND status IN ('open', 'overdue')";
const EVENT_COLUMNS = `article_id, local_id, event, mode, actor_codes, recipient_codes, sectors, evidence_text, day,
  negated, hypothetical, is_commitment`;
const FULFILLING_EVENT_KEY = 'dyad = @dyad AND event = @type AND is_commitment = 0';

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Day, then article and event id (byte order, as SQLite sorts): the order fulfilling events are tried in. */
function eventOrder(x: EventMatchRow, y: EventMatchRow): number {
  const key = (row: EventMatchRow) => [row.day ?? '', row.article_id, row.local_id];
  const [a, b] = [key(x), key(y)];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

function codes(actors: EventRecord['actor']): string {
  return [...new Set(actors.map((actor) => actor.code))].join(',');
}

function eventDay(event: EventRecord, articleDay: string | null): string | null {
  return edtfStartDay(event.date?.value ?? null, yearOf(articleDay)) ?? articleDay;
}

function candidateFromRow(row: EventMatchRow): FulfilmentCandidate {
  return {
    event: row.event,
    mode: JSON.parse(row.mode) as string[],
    actorCodes: row.actor_codes.split(','),
    recipientCodes: row.recipient_codes.split(','),
    sectors: JSON.parse(row.sectors) as string[],
    evidenceText: row.evidence_text,
    articleId: row.article_id,
    eventId: row.local_id,
    day: row.day,
    negated: row.negated === 1,
    hypothetical: row.hypothetical === 1,
    isCommitment: row.is_commitment === 1,
  };
}

function commitmentFromRow(row: CommitmentMatchRow): StoredCommitment {
  return {
    kind: row.kind,
    by: row.by_code,
    to: row.to_code,
    what: row.what,
    articleId: row.article_id,
    statedDay: row.stated_day,
  };
}

/** Writes one page's records (articles, FTS, entities, dates, events, commitments, duplicates, stories). */
export class PageWriter {
  private readonly entities: EntityResolver;
  private readonly recentSignatures = new RecentCache<Uint32Array>(RECENT_SIGNATURES);
  private readonly recentStoryFeatures = new RecentCache<Pick<StoryFeatures, 'entityIds' | 'eventTypes'>>(
    RECENT_STORY_FEATURES,
  );
  private readonly s: Record<string, Database.Statement>;

  constructor(private readonly db: Database.Database) {
    this.entities = new EntityResolver(db);
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      hasPage: p('SELECT 1 FROM pages WHERE sha256 = ?'),
      insertPage: p(
        'INSERT INTO pages (sha256, uri, origin, format, byte_length, record_count) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      insertArticle: p(
        `INSERT INTO articles (id, page_sha256, kind, parent, position, uri, language, title, published, day, dyad,
           duplicate_of, story_id, minhash, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      hasArticle: p('SELECT 1 FROM articles WHERE id = ?'),
      insertFts: p('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)'),
      // The newest articles of a bucket only: copies are republished close in time, and a crowded
      // bucket (boilerplate-heavy texts) must not make each page cost more than the last.
      bucketArticles: p('SELECT article_id FROM lsh_buckets WHERE band_key = ? ORDER BY rowid DESC LIMIT ?'),
      articleSignature: p('SELECT id, duplicate_of, minhash FROM articles WHERE id = ?'),
      insertBucket: p('INSERT INTO lsh_buckets (band_key, article_id) VALUES (?, ?)'),
      insertRole: p(
        'INSERT INTO entity_roles (entity_id, article_id, title, country, day, start, end, rule_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      insertArticleEntity: p(
        'INSERT OR IGNORE INTO article_entities (article_id, local_id, entity_id) VALUES (?, ?, ?)',
      ),
      insertMention: p(
        'INSERT INTO mentions (article_id, local_id, entity_id, start, end, rule_id) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      insertDate: p(
        'INSERT INTO dates (article_id, start, end, text, value, grain, anchor, rule_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      insertEvent: p(
        `INSERT INTO events (article_id, local_id, event, cameo, quad, mode, context, sectors, actor_codes, recipient_codes,
           dyad, day, evidence_start, evidence_end, evidence_text, cue_start, cue_end, rule_id, confidence, negated,
           hypothetical, is_commitment, counted)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      canonicalEventKeys: p('SELECT event, actor_codes, recipient_codes FROM events WHERE article_id = ?'),
      insertParticipant: p(
        'INSERT OR IGNORE INTO event_participants (article_id, event_local_id, side, entity_id) VALUES (?, ?, ?, ?)',
      ),
      insertCommitment: p(
        `INSERT INTO commitments (article_id, event_local_id, kind, by_code, to_code, dyad, what, due_text, due_value,
           due_day, stated_day, status, status_rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      // Candidates are narrowed by dyad, kind/type and the fulfilment horizon so look-ups stay flat in
      // corpus size. Dated and undated rows are separate index searches (see isLater: an undated
      // event never fulfils a dated commitment, nor the reverse).
      openCommitmentsFor: p(
        `SELECT ${COMMITMENT_COLUMNS} FROM commitments WHERE ${OPEN_COMMITMENT_KEY} AND stated_day BETWEEN @low AND @high
         ORDER BY stated_day, article_id, event_local_id LIMIT 200`,
      ),
      undatedOpenCommitmentsFor: p(
        `SELECT ${COMMITMENT_COLUMNS} FROM commitments WHERE ${OPEN_COMMITMENT_KEY} AND stated_day IS NULL
         ORDER BY article_id, event_local_id LIMIT 200`,
      ),
      // One event type per search: the (dyad, event, day) index then yields rows in day order, so
      // the caller stops at the first fulfilling event without reading the whole horizon.
      eventsForDyad: p(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE ${FULFILLING_EVENT_KEY} AND day BETWEEN @low AND @high
         ORDER BY day, article_id, local_id LIMIT 200`,
      ),
      undatedEventsForDyad: p(
        `SELECT ${EVENT_COLUMNS} FROM events WHERE ${FULFILLING_EVENT_KEY} AND day IS NULL
         ORDER BY article_id, local_id LIMIT 200`,
      ),
      fulfil: p(
        `UPDATE commitments SET status = 'fulfilled', status_rule = ?, fulfilled_article = ?, fulfilled_event = ?
         WHERE article_id = ? AND event_local_id = ?`,
      ),
      // Dated and undated articles are separate searches of the covering candidates index (an OR
      // of both would read and sort every undated article of the dyad: teasers are often undated).
      storyCandidates: p(
        `SELECT id, story_id, day FROM articles INDEXED BY articles_story_candidates WHERE dyad = ? AND day BETWEEN ? AND ?
           AND duplicate_of IS NULL AND story_id IS NOT NULL ORDER BY seq DESC LIMIT 50`,
      ),
      undatedStoryCandidates: p(
        `SELECT id, story_id, day FROM articles INDEXED BY articles_story_candidates WHERE dyad = ? AND day IS NULL
           AND duplicate_of IS NULL AND story_id IS NOT NULL ORDER BY seq DESC LIMIT 50`,
      ),
      articleEntityIds: p(
        "SELECT ae.entity_id FROM article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE ae.article_id = ? AND e.type IN ('person', 'organization')",
      ),
      articleEventTypes: p('SELECT DISTINCT event FROM events WHERE article_id = ?'),
      storyOf: p('SELECT story_id FROM articles WHERE id = ?'),
      insertStory: p(
        'INSERT INTO stories (id, dyad, first_day, last_day, article_count) VALUES (?, ?, ?, ?, 1)',
      ),
      growStory: p(
        `UPDATE stories SET article_count = article_count + 1,
           first_day = CASE WHEN ? IS NOT NULL AND (first_day IS NULL OR first_day > ?) THEN ? ELSE first_day END,
           last_day = CASE WHEN ? IS NOT NULL AND (last_day IS NULL OR last_day < ?) THEN ? ELSE last_day END
         WHERE id = ?`,
      ),
      insertError: p('INSERT OR IGNORE INTO errors (uri, page_sha256, code, message) VALUES (?, ?, ?, ?)'),
    };
  }

  /**
   * Store pages in order in one transaction (all or none); returns what each added (nothing for a
   * page already stored). One commit for many pages is what makes bulk ingest fast.
   */
  readonly writeAll = (pages: PageToStore[]): StorePageResult[] =>
    this.db.transaction((): StorePageResult[] => pages.map((page) => this.writeOne(page)))();

  private writeOne(page: PageToStore): StorePageResult {
    const result: StorePageResult = { stored: false, articles: 0, events: 0, duplicates: 0, errors: [] };
    if (this.s.hasPage!.get(page.sha256)) return result;
    result.stored = true;
    this.s.insertPage!.run(
      page.sha256,
      page.uri,
      page.origin,
      page.format,
      page.byteLength,
      page.records.length,
    );
    for (const [index, record] of page.records.entries()) {
      if (record.kind === 'error') {
        this.s.insertError!.run(record.source.uri, page.sha256, record.error.code, record.error.message);
        result.errors.push(record.error.code);
        continue;
      }
      // Two pages can carry the same record id only if their content hashes collide; keep the first.
      if (this.s.hasArticle!.get(record.id)) continue;
      const signature = page.signatures ? (page.signatures[index] ?? null) : recordSignature(record);
      const added = this.writeArticle(page.sha256, record, signature);
      result.articles++;
      result.events += added.countedEvents;
      if (added.duplicate) result.duplicates++;
    }
    return result;
  }

  private findDuplicateOf(signature: Uint32Array, bandKeys: number[]): string | null {
    const candidates = new Set<string>();
    for (const key of bandKeys) {
      for (const row of this.s.bucketArticles!.all(key, BUCKET_CANDIDATES) as Array<{ article_id: string }>)
        candidates.add(row.article_id);
    }
    let best: { id: string; similarity: number } | null = null;
    for (const id of [...candidates].sort()) {
      const candidate = this.signatureOf(id);
      if (!candidate) continue;
      const similarity = estimatedJaccard(signature, candidate.signature);
      if (similarity >= DUPLICATE_THRESHOLD && (!best || similarity > best.similarity)) {
        best = { id: candidate.duplicateOf ?? id, similarity };
      }
    }
    return best?.id ?? null;
  }

  /** A bucketed article's signature: from the recent-signatures cache, else its row. */
  private signatureOf(id: string): { signature: Uint32Array; duplicateOf: string | null } | null {
    const cached = this.recentSignatures.get(id);
    if (cached) return { signature: cached, duplicateOf: null };
    const row = this.s.articleSignature!.get(id) as CandidateArticle | undefined;
    return row?.minhash
      ? { signature: signatureFromBytes(row.minhash), duplicateOf: row.duplicate_of }
      : null;
  }

  private writeArticle(
    pageSha: string,
    record: ArticleRecord,
    signature: Uint32Array | null,
  ): { countedEvents: number; duplicate: boolean } {
    const day = edtfStartDay(record.published);
    const dyad = mainDyad(record.events);
    const bandKeys = signature ? lshBandKeys(signature) : [];
    const duplicateOf = signature ? this.findDuplicateOf(signature, bandKeys) : null;

    const localToEntity = new Map<string, number>();
    for (const entity of record.entities) localToEntity.set(entity.id, this.entities.resolve(entity, day));

    const story = dyad ? this.assignStory(record, dyad, day, duplicateOf, localToEntity) : null;
    const stored: ArticleRecord = { ...record, story };
    const inserted = this.s.insertArticle!.run(
      record.id,
      pageSha,
      record.kind,
      record.parent,
      record.position,
      record.source.uri,
      record.language,
      record.title,
      record.published,
      day,
      dyad,
      duplicateOf,
      story,
      signature ? signatureToBytes(signature) : null,
      JSON.stringify(stored),
    );
    const seq = Number(inserted.lastInsertRowid);
    const bodyStart = record.paragraphs[record.title ? 1 : 0]?.start ?? 0;
    this.s.insertFts!.run(seq, record.title ?? '', record.text.slice(record.title ? bodyStart : 0));
    if (signature && !duplicateOf) {
      for (const key of bandKeys) this.s.insertBucket!.run(key, record.id);
      // Canonical, so a candidate for the next articles' copy checks.
      this.recentSignatures.set(record.id, signature);
    }

    for (const entity of record.entities) {
      const entityId = localToEntity.get(entity.id)!;
      this.s.insertArticleEntity!.run(record.id, entity.id, entityId);
      for (const mention of entity.mentions) {
        this.s.insertMention!.run(record.id, entity.id, entityId, mention.start, mention.end, mention.ruleId);
      }
      for (const role of entity.roles) {
        this.s.insertRole!.run(
          entityId,
          record.id,
          role.title,
          role.country,
          day,
          role.start,
          role.end,
          role.ruleId,
        );
      }
    }
    for (const date of record.dates) {
      this.s.insertDate!.run(
        record.id,
        date.start,
        date.end,
        date.text,
        date.value,
        date.grain,
        date.anchor,
        date.ruleId,
      );
    }
    const countedEvents = this.writeEvents(record, day, duplicateOf, localToEntity);
    return { countedEvents, duplicate: duplicateOf !== null };
  }

  private writeEvents(
    record: ArticleRecord,
    day: string | null,
    duplicateOf: string | null,
    localToEntity: Map<string, number>,
  ): number {
    const seenInCanonical = new Set<string>();
    if (duplicateOf) {
      for (const row of this.s.canonicalEventKeys!.all(duplicateOf) as Array<Record<string, string>>) {
        seenInCanonical.add(`${row.event}|${row.actor_codes}|${row.recipient_codes}`);
      }
    }
    let counted = 0;
    for (const event of record.events) {
      const actorCodes = codes(event.actor);
      const recipientCodes = codes(event.recipient);
      const isCounted = !seenInCanonical.has(`${event.event}|${actorCodes}|${recipientCodes}`);
      if (isCounted) counted++;
      const evidenceText = record.text.slice(event.evidence.start, event.evidence.end);
      const evDay = eventDay(event, day);
      this.s.insertEvent!.run(
        record.id,
        event.id,
        event.event,
        event.cameo,
        event.quad,
        JSON.stringify(event.mode),
        JSON.stringify(event.context),
        JSON.stringify(event.sectors),
        actorCodes,
        recipientCodes,
        eventDyad(event),
        evDay,
        event.evidence.start,
        event.evidence.end,
        evidenceText,
        event.cue.start,
        event.cue.end,
        event.ruleId,
        event.confidence,
        event.negated ? 1 : 0,
        event.hypothetical ? 1 : 0,
        event.commitment ? 1 : 0,
        isCounted ? 1 : 0,
      );
      for (const side of ['actor', 'recipient'] as const) {
        for (const party of event[side]) {
          const entityId = party.entity ? localToEntity.get(party.entity) : undefined;
          if (entityId !== undefined) this.s.insertParticipant!.run(record.id, event.id, side, entityId);
        }
      }
      if (event.commitment) this.writeCommitment(record, event, day);
      else if (!event.negated && !event.hypothetical) {
        this.fulfilOpenCommitments({
          event: event.event,
          mode: event.mode,
          actorCodes: actorCodes.split(','),
          recipientCodes: recipientCodes.split(','),
          sectors: event.sectors,
          evidenceText,
          articleId: record.id,
          eventId: event.id,
          day: evDay,
          negated: false,
          hypothetical: false,
          isCommitment: false,
        });
      }
    }
    return counted;
  }

  private writeCommitment(record: ArticleRecord, event: EventRecord, day: string | null): void {
    const c = event.commitment!;
    const dueDay = edtfEndDay(c.due?.value ?? null, yearOf(day));
    this.s.insertCommitment!.run(
      record.id,
      event.id,
      c.kind,
      c.by,
      c.to,
      c.by && c.to ? [c.by, c.to].sort().join('-') : null,
      c.what,
      c.due?.text ?? null,
      c.due?.value ?? null,
      dueDay,
      day,
      c.status,
      c.status === 'open' ? null : 'record.status',
    );
    if (c.status !== 'open' || !c.by || !c.to) return;
    const commitment: StoredCommitment = {
      kind: c.kind,
      by: c.by,
      to: c.to,
      what: c.what,
      articleId: record.id,
      statedDay: day,
    };
    const dyad = [c.by, c.to].sort().join('-');
    const horizon = day ? { low: day, high: shiftDay(day, FULFILMENT_HORIZON_DAYS) } : null;
    // The earliest fulfilling event of each type; the earliest of those wins.
    let first: { row: EventMatchRow; rule: string } | null = null;
    for (const type of fulfillingEventTypes(c.kind)) {
      const rows = (
        horizon
          ? this.s.eventsForDyad!.iterate({ dyad, type, ...horizon })
          : this.s.undatedEventsForDyad!.iterate({ dyad, type })
      ) as Iterable<EventMatchRow>;
      for (const row of rows) {
        const rule = fulfilmentRule(commitment, candidateFromRow(row));
        if (!rule) continue;
        if (!first || eventOrder(row, first.row) < 0) first = { row, rule };
        break;
      }
    }
    if (first) this.s.fulfil!.run(first.rule, first.row.article_id, first.row.local_id, record.id, event.id);
  }

  private fulfilOpenCommitments(candidate: FulfilmentCandidate): void {
    const actor = candidate.actorCodes[0];
    const recipient = candidate.recipientCodes[0];
    const kinds = kindsFulfilledBy(candidate.event);
    if (!actor || !recipient || actor === recipient || kinds.length === 0) return;
    const dyad = [actor, recipient].sort().join('-');
    const kindList = JSON.stringify(kinds);
    const day = candidate.day;
    const rows = (
      day
        ? this.s.openCommitmentsFor!.all({
            dyad,
            kinds: kindList,
            low: shiftDay(day, -FULFILMENT_HORIZON_DAYS),
            high: day,
          })
        : this.s.undatedOpenCommitmentsFor!.all({ dyad, kinds: kindList })
    ) as CommitmentMatchRow[];
    for (const row of rows) {
      const rule = fulfilmentRule(commitmentFromRow(row), candidate);
      if (rule) {
        this.s.fulfil!.run(rule, candidate.articleId, candidate.eventId, row.article_id, row.event_local_id);
      }
    }
  }

  /** Entities and event types of a stored article, from the recent-articles cache or the tables. */
  private storyFeaturesOf(articleId: string): Pick<StoryFeatures, 'entityIds' | 'eventTypes'> {
    const cached = this.recentStoryFeatures.get(articleId);
    if (cached) return cached;
    return {
      entityIds: (this.s.articleEntityIds!.all(articleId) as Array<{ entity_id: number }>).map(
        (r) => r.entity_id,
      ),
      eventTypes: (this.s.articleEventTypes!.all(articleId) as Array<{ event: string }>).map((r) => r.event),
    };
  }

  private assignStory(
    record: ArticleRecord,
    dyad: string,
    day: string | null,
    duplicateOf: string | null,
    localToEntity: Map<string, number>,
  ): string {
    let story: string | null = null;
    if (duplicateOf) {
      story = (this.s.storyOf!.get(duplicateOf) as { story_id: string | null } | undefined)?.story_id ?? null;
    }
    const features: StoryFeatures = {
      dyad,
      day,
      entityIds: record.entities
        .filter((entity) => entity.type === 'person' || entity.type === 'organization')
        .map((entity) => localToEntity.get(entity.id)!),
      eventTypes: [...new Set(record.events.map((event) => event.event))],
    };
    // Canonical articles are the next articles' story candidates.
    if (!duplicateOf)
      this.recentStoryFeatures.set(record.id, {
        entityIds: features.entityIds,
        eventTypes: features.eventTypes,
      });
    if (!story) {
      const rows = (
        day
          ? this.s.storyCandidates!.all(
              dyad,
              shiftDay(day, -STORY_WINDOW_DAYS),
              shiftDay(day, STORY_WINDOW_DAYS),
            )
          : this.s.undatedStoryCandidates!.all(dyad)
      ) as Array<{
        id: string;
        story_id: string;
        day: string | null;
      }>;
      for (const row of rows) {
        const other: StoryFeatures = { dyad, day: row.day, ...this.storyFeaturesOf(row.id) };
        if (sameStory(features, other)) {
          story = row.story_id;
          break;
        }
      }
    }
    if (story) {
      this.s.growStory!.run(day, day, day, day, day, day, story);
      return story;
    }
    const id = `s_${record.id.slice(2)}`;
    this.s.insertStory!.run(id, dyad, day, day);
    return id;
  }
}
