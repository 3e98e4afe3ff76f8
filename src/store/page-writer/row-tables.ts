import type {
  CommitmentInsertRow,
  DateRow,
  EntityLinkRow,
  EventRow,
  MentionRow,
  PageRow,
  ParticipantRow,
  RoleRow,
} from './page-storage.js';

/**
 * A table the page writer appends rows to: its columns and each row's values in that order, the
 * same for every back end (each renders the INSERT in its dialect: `insertSql`).
 */
export interface RowTable<Row> {
  table: string;
  columns: readonly string[];
  values(row: Row): unknown[];
  /** A row already there (same key) is skipped, not an error. */
  skipExisting?: boolean;
}

const flag = (value: boolean) => (value ? 1 : 0);

export const PAGES: RowTable<PageRow> = {
  table: 'pages',
  columns: ['sha256', 'uri', 'origin', 'format', 'byte_length', 'record_count'],
  values: (p) => [p.sha256, p.uri, p.origin, p.format, p.byteLength, p.recordCount],
};

export const ARTICLE_ENTITIES: RowTable<EntityLinkRow> = {
  table: 'article_entities',
  columns: ['article_id', 'local_id', 'entity_id'],
  values: (r) => [r.articleId, r.localId, r.entityId],
  skipExisting: true,
};

export const MENTIONS: RowTable<MentionRow> = {
  table: 'mentions',
  columns: ['article_id', 'local_id', 'entity_id', 'start', 'end', 'rule_id'],
  values: (r) => [r.articleId, r.localId, r.entityId, r.start, r.end, r.ruleId],
};

export const ROLES: RowTable<RoleRow> = {
  table: 'entity_roles',
  columns: ['entity_id', 'article_id', 'title', 'country', 'day', 'start', 'end', 'rule_id'],
  values: (r) => [r.entityId, r.articleId, r.title, r.country, r.day, r.start, r.end, r.ruleId],
};

export const DATES: RowTable<DateRow> = {
  table: 'dates',
  columns: ['article_id', 'start', 'end', 'text', 'value', 'grain', 'anchor', 'rule_id'],
  values: (r) => [r.articleId, r.start, r.end, r.text, r.value, r.grain, r.anchor, r.ruleId],
};

export const EVENTS: RowTable<EventRow> = {
  table: 'events',
  columns: [
    'article_id',
    'local_id',
    'event',
    'cameo',
    'quad',
    'mode',
    'context',
    'sectors',
    'actor_codes',
    'recipient_codes',
    'dyad',
    'day',
    'evidence_start',
    'evidence_end',
    'evidence_text',
    'cue_start',
    'cue_end',
    'rule_id',
    'confidence',
    'negated',
    'hypothetical',
    'is_commitment',
    'counted',
  ],
  values: (r) => [
    r.articleId,
    r.localId,
    r.event,
    r.cameo,
    r.quad,
    r.mode,
    r.context,
    r.sectors,
    r.actorCodes,
    r.recipientCodes,
    r.dyad,
    r.day,
    r.evidenceStart,
    r.evidenceEnd,
    r.evidenceText,
    r.cueStart,
    r.cueEnd,
    r.ruleId,
    r.confidence,
    flag(r.negated),
    flag(r.hypothetical),
    flag(r.isCommitment),
    flag(r.counted),
  ],
};

export const PARTICIPANTS: RowTable<ParticipantRow> = {
  table: 'event_participants',
  columns: ['article_id', 'event_local_id', 'side', 'entity_id'],
  values: (r) => [r.articleId, r.eventLocalId, r.side, r.entityId],
  skipExisting: true,
};

export const COMMITMENTS: RowTable<CommitmentInsertRow> = {
  table: 'commitments',
  columns: [
    'article_id',
    'event_local_id',
    'kind',
    'by_code',
    'to_code',
    'dyad',
    'what',
    'due_text',
    'due_value',
    'due_day',
    'stated_day',
    'status',
    'status_rule',
  ],
  values: (r) => [
    r.articleId,
    r.eventLocalId,
    r.kind,
    r.byCode,
    r.toCode,
    r.dyad,
    r.what,
    r.dueText,
    r.dueValue,
    r.dueDay,
    r.statedDay,
    r.status,
    r.statusRule,
  ],
};

export const ERRORS: RowTable<{ uri: string; pageSha256: string | null; code: string; message: string }> = {
  table: 'errors',
  columns: ['uri', 'page_sha256', 'code', 'message'],
  values: (r) => [r.uri, r.pageSha256, r.code, r.message],
  skipExisting: true,
};

export const ALIASES: RowTable<{ entityId: number; alias: string; aliasKey: string }> = {
  table: 'entity_aliases',
  columns: ['entity_id', 'alias', 'alias_key'],
  values: (r) => [r.entityId, r.alias, r.aliasKey],
  skipExisting: true,
};

export const BUCKETS: RowTable<{ bandKey: number; articleId: string }> = {
  table: 'lsh_buckets',
  columns: ['band_key', 'article_id'],
  values: (r) => [r.bandKey, r.articleId],
};

/**
 * The INSERT of `rowCount` rows into `table` with `?` placeholders; a row already there is skipped
 * when the table says so (`ON CONFLICT DO NOTHING`, which SQLite ≥ 3.24 and PostgreSQL both read).
 */
export function insertSql<Row>(table: RowTable<Row>, rowCount = 1): string {
  const tuple = `(${table.columns.map(() => '?').join(', ')})`;
  const columns = table.columns.map((column) => `"${column}"`).join(', ');
  return `INSERT INTO ${table.table} (${columns}) VALUES ${Array.from({ length: rowCount }, () => tuple).join(', ')}${table.skipExisting ? ' ON CONFLICT DO NOTHING' : ''}`;
}
