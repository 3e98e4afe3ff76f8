import { edtfEndDay, edtfStartDay, yearOf } from '../../dedupe/edtf-day.js';
import { lshBandKeys, recordSignature, signatureToBytes } from '../../dedupe/minhash.js';
import { eventDyad, mainDyad } from '../../dedupe/story-match.js';
import type { ArticleRecord, EventRecord } from '../../records/article.js';
import type { PageToStore, StorePageResult } from '../article-store.js';
import { CommitmentFulfiller } from './commitment-fulfiller.js';
import { DuplicateFinder, precedes } from './duplicate-finder.js';
import { EntityResolver } from './entity-resolver.js';
import type { PageStorage } from './page-storage.js';
import { StoryAssigner } from './story-assigner.js';
import { articleBody } from './search-body.js';

function codes(actors: EventRecord['actor']): string {
  return [...new Set(actors.map((actor) => actor.code))].join(',');
}

function eventDay(event: EventRecord, articleDay: string | null): string | null {
  return edtfStartDay(event.date?.value ?? null, yearOf(articleDay)) ?? articleDay;
}

function eventKey(event: string, actorCodes: string, recipientCodes: string): string {
  return `${event}|${actorCodes}|${recipientCodes}`;
}

/**
 * Writes pages' records (articles, full text, entities, dates, events, commitments) and makes the
 * decisions storing them needs (duplicates, stories, fulfilment, entity resolution) over a
 * `PageStorage`, the same for every back end.
 */
export class PageWriter {
  private readonly entities: EntityResolver;
  private readonly duplicates: DuplicateFinder;
  private readonly stories: StoryAssigner;
  private readonly fulfiller: CommitmentFulfiller;

  constructor(private readonly storage: PageStorage) {
    this.entities = new EntityResolver(storage);
    this.duplicates = new DuplicateFinder(storage);
    this.stories = new StoryAssigner(storage);
    this.fulfiller = new CommitmentFulfiller(storage);
  }

  /**
   * Store pages in order in one transaction (all or none); returns what each added (nothing for a
   * page already stored). One commit for many pages is what makes bulk ingest fast.
   */
  writeAll(pages: PageToStore[]): Promise<StorePageResult[]> {
    return this.storage.exclusiveTransaction(async () => {
      const results: StorePageResult[] = [];
      for (const page of pages) results.push(await this.writeOne(page));
      return results;
    });
  }

  private async writeOne(page: PageToStore): Promise<StorePageResult> {
    const result: StorePageResult = { stored: false, articles: 0, events: 0, duplicates: 0, errors: [] };
    if (await this.storage.hasPage(page.sha256)) return result;
    result.stored = true;
    await this.storage.insertPage({
      sha256: page.sha256,
      uri: page.uri,
      origin: page.origin,
      format: page.format,
      byteLength: page.byteLength,
      recordCount: page.records.length,
    });
    for (const [index, record] of page.records.entries()) {
      if (record.kind === 'error') {
        await this.storage.insertError(
          record.source.uri,
          page.sha256,
          record.error.code,
          record.error.message,
        );
        result.errors.push(record.error.code);
        continue;
      }
      // Two pages can carry the same record id only if their content hashes collide; keep the first.
      if (await this.storage.hasArticle(record.id)) continue;
      const signature = page.signatures ? (page.signatures[index] ?? null) : recordSignature(record);
      const added = await this.writeArticle(page.sha256, record, signature);
      result.articles++;
      result.events += added.countedEvents;
      if (added.duplicate) result.duplicates++;
    }
    return result;
  }

  private async writeArticle(
    pageSha: string,
    record: ArticleRecord,
    signature: Uint32Array | null,
  ): Promise<{ countedEvents: number; duplicate: boolean }> {
    const day = edtfStartDay(record.published);
    const dyad = mainDyad(record.events);
    const bandKeys = signature ? lshBandKeys(signature) : [];
    const copied = signature ? await this.duplicates.canonicalOf(signature, bandKeys) : null;
    // A copy that precedes its original (dated before it, or dated when it is not) becomes the original.
    const replaces = copied && precedes({ id: record.id, day }, copied) ? copied.id : null;
    const duplicateOf = replaces ? null : (copied?.id ?? null);

    const localToEntity = new Map<string, number>();
    for (const entity of record.entities) {
      localToEntity.set(entity.id, await this.entities.resolve(entity, day));
    }
    const features = dyad
      ? {
          dyad,
          day,
          entityIds: record.entities
            .filter((entity) => entity.type === 'person' || entity.type === 'organization')
            .map((entity) => localToEntity.get(entity.id)!),
          eventTypes: [...new Set(record.events.map((event) => event.event))],
        }
      : null;
    const { story, touched } = await this.stories.assign(record.id, features, duplicateOf, replaces);
    await this.storage.insertArticle({
      id: record.id,
      pageSha256: pageSha,
      kind: record.kind,
      parent: record.parent,
      position: record.position,
      uri: record.source.uri,
      language: record.language,
      title: record.title,
      published: record.published,
      day,
      dyad,
      duplicateOf,
      storyId: story,
      minhash: signature ? signatureToBytes(signature) : null,
      record: JSON.stringify({ ...record, story }),
      body: articleBody(record),
      pairs: [...new Set(record.events.map(eventDyad).filter((pair): pair is string => pair !== null))],
    });
    if (signature && !duplicateOf) await this.duplicates.addCanonical(record.id, signature, bandKeys);
    await this.writeEntityRows(record, day, localToEntity);
    // Events the former original already counted are not new to the corpus.
    const alreadyCounted = replaces ? new Set(await this.storage.eventKeys(replaces)) : null;
    let countedEvents = await this.writeEvents(record, day, duplicateOf, localToEntity);
    if (replaces && alreadyCounted) {
      await this.storage.promoteOriginal(record.id, replaces);
      this.duplicates.demoted(replaces);
      countedEvents = record.events.filter(
        (event) => !alreadyCounted.has(eventKey(event.event, codes(event.actor), codes(event.recipient))),
      ).length;
    }
    await this.storage.refreshStories(touched);
    return { countedEvents, duplicate: copied !== null };
  }

  private async writeEntityRows(
    record: ArticleRecord,
    day: string | null,
    localToEntity: Map<string, number>,
  ): Promise<void> {
    const articleId = record.id;
    const entities = record.entities.map((entity) => ({ entity, entityId: localToEntity.get(entity.id)! }));
    await this.storage.insertArticleEntities(
      entities.map(({ entity, entityId }) => ({ articleId, localId: entity.id, entityId })),
    );
    await this.storage.insertMentions(
      entities.flatMap(({ entity, entityId }) =>
        entity.mentions.map((m) => ({
          articleId,
          localId: entity.id,
          entityId,
          start: m.start,
          end: m.end,
          ruleId: m.ruleId,
        })),
      ),
    );
    await this.storage.insertRoles(
      entities.flatMap(({ entity, entityId }) =>
        entity.roles.map((role) => ({
          entityId,
          articleId,
          title: role.title,
          country: role.country,
          day,
          start: role.start,
          end: role.end,
          ruleId: role.ruleId,
        })),
      ),
    );
    await this.storage.insertDates(
      record.dates.map((date) => ({
        articleId,
        start: date.start,
        end: date.end,
        text: date.text,
        value: date.value,
        grain: date.grain,
        anchor: date.anchor,
        ruleId: date.ruleId,
      })),
    );
  }

  private async writeEvents(
    record: ArticleRecord,
    day: string | null,
    duplicateOf: string | null,
    localToEntity: Map<string, number>,
  ): Promise<number> {
    const seenInCanonical = new Set(duplicateOf ? await this.storage.eventKeys(duplicateOf) : []);
    let counted = 0;
    for (const event of record.events) {
      const actorCodes = codes(event.actor);
      const recipientCodes = codes(event.recipient);
      const isCounted = !seenInCanonical.has(eventKey(event.event, actorCodes, recipientCodes));
      if (isCounted) counted++;
      const evidenceText = record.text.slice(event.evidence.start, event.evidence.end);
      const evDay = eventDay(event, day);
      await this.storage.insertEvents([
        {
          articleId: record.id,
          localId: event.id,
          event: event.event,
          cameo: event.cameo,
          quad: event.quad,
          mode: JSON.stringify(event.mode),
          context: JSON.stringify(event.context),
          sectors: JSON.stringify(event.sectors),
          actorCodes,
          recipientCodes,
          dyad: eventDyad(event),
          day: evDay,
          evidenceStart: event.evidence.start,
          evidenceEnd: event.evidence.end,
          evidenceText,
          cueStart: event.cue.start,
          cueEnd: event.cue.end,
          ruleId: event.ruleId,
          confidence: event.confidence,
          negated: event.negated,
          hypothetical: event.hypothetical,
          isCommitment: event.commitment !== null,
          counted: isCounted,
        },
      ]);
      await this.storage.insertParticipants(
        (['actor', 'recipient'] as const).flatMap((side) =>
          event[side].flatMap((party) => {
            const entityId = party.entity ? localToEntity.get(party.entity) : undefined;
            return entityId === undefined
              ? []
              : [{ articleId: record.id, eventLocalId: event.id, side, entityId }];
          }),
        ),
      );
      if (event.commitment) await this.writeCommitment(record, event, day);
      else if (!event.negated && !event.hypothetical) {
        await this.fulfiller.fulfilByEvent({
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

  private async writeCommitment(
    record: ArticleRecord,
    event: EventRecord,
    day: string | null,
  ): Promise<void> {
    const c = event.commitment!;
    await this.storage.insertCommitment({
      articleId: record.id,
      eventLocalId: event.id,
      kind: c.kind,
      byCode: c.by,
      toCode: c.to,
      dyad: c.by && c.to ? [c.by, c.to].sort().join('-') : null,
      what: c.what,
      dueText: c.due?.text ?? null,
      dueValue: c.due?.value ?? null,
      dueDay: edtfEndDay(c.due?.value ?? null, yearOf(day)),
      statedDay: day,
      status: c.status,
      statusRule: c.status === 'open' ? null : 'record.status',
    });
    if (c.status !== 'open') return;
    await this.fulfiller.fulfilNewCommitment(
      { kind: c.kind, by: c.by, to: c.to, what: c.what, articleId: record.id, statedDay: day },
      event.id,
    );
  }
}
