/** The `entente/article@1` record and its parts, as specified in shared/docs/OUTPUT.md. */

export const ARTICLE_SCHEMA = 'entente/article@1';

/** A half-open UTF-16 span into a record's `text`. */
export interface Span {
  start: number;
  end: number;
}

export type SourceFormat = 'text' | 'html' | 'rss' | 'atom' | 'warc';

export interface SourceInfo {
  uri: string;
  sha256: string;
  format: SourceFormat;
  fetchedAt: string | null;
}

export interface Dateline {
  place: string | null;
  agency: string | null;
  start: number;
  end: number;
}

export interface Caption {
  text: string;
  credit: string | null;
}

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  span?: Span;
}

export type EntityType = 'person' | 'organization' | 'country' | 'place';

export interface RuleSpan extends Span {
  ruleId: string;
}

export interface Role extends RuleSpan {
  title: string;
  country: string | null;
  /**
   * The office the title names, one id for all its variants ("Premier ministre", "chef du
   * gouvernement", "PM" → "head-of-government"); a counterpart ("son homologue russe") takes the
   * office of the person it is the counterpart of. Absent when the title names no known office.
   */
  office?: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  country: string | null;
  /** International organisations and their bodies: a stable short code ("UN", "UNSC", "ASEAN"); else null. */
  org: string | null;
  sector: string | null;
  roles: Role[];
  kb: { id: string; source: string } | null;
  acronym: string | null;
  mentions: RuleSpan[];
}

export type DateAnchor = 'published' | 'document' | 'none';
export type DateGrain = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

export interface DateMention extends RuleSpan {
  text: string;
  value: string | null;
  grain: DateGrain;
  anchor: DateAnchor;
}

/** The 16 PLOVER event types, cooperative quads first. */
export const PLOVER_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

export type PloverType = (typeof PLOVER_TYPES)[number];

export interface EventActor {
  code: string;
  entity: string | null;
  sector: string | null;
  /** An IGO side ("code": "IGO"): the organisation's short code ("ASEAN"); absent on other sides. */
  org?: string;
}

/** Where a commitment stands; decided at store level from later events and due dates. */
export const COMMITMENT_STATUSES = ['open', 'fulfilled', 'overdue', 'cancelled'] as const;

export type CommitmentKind = 'request' | 'promise' | 'agreement' | 'invitation' | 'offer';

export interface Commitment {
  kind: CommitmentKind;
  by: string | null;
  to: string | null;
  what: string | null;
  due: { text: string; value: string | null } | null;
  status: (typeof COMMITMENT_STATUSES)[number];
}

export interface EventRecord {
  id: string;
  event: PloverType;
  mode: string[];
  context: string[];
  sectors: string[];
  cameo: string;
  quad: 1 | 2 | 3 | 4;
  actor: EventActor[];
  recipient: EventActor[];
  date: { text: string; value: string | null } | null;
  place: { name: string; code: string | null } | null;
  commitment: Commitment | null;
  negated: boolean;
  hypothetical: boolean;
  evidence: Span;
  cue: Span;
  ruleId: string;
  confidence: number;
}

export type ArticleKind = 'article' | 'teaser';

export interface ArticleRecord {
  schema: typeof ARTICLE_SCHEMA;
  id: string;
  kind: ArticleKind;
  parent: string | null;
  position: number;
  source: SourceInfo;
  language: string | null;
  title: string | null;
  lead: string | null;
  dateline: Dateline | null;
  published: string | null;
  signoff: string | null;
  text: string;
  paragraphs: Span[];
  captions: Caption[];
  entities: Entity[];
  dates: DateMention[];
  events: EventRecord[];
  story: string | null;
  diagnostics: Diagnostic[];
}

export type ErrorCode = 'ENCODING' | 'EMPTY' | 'TOO_LARGE' | 'PARSE' | 'FETCH' | 'UNSUPPORTED';

export interface ErrorRecord {
  schema: typeof ARTICLE_SCHEMA;
  id: string;
  kind: 'error';
  source: SourceInfo;
  error: { code: ErrorCode; message: string };
  diagnostics: Diagnostic[];
}

export type OutputRecord = ArticleRecord | ErrorRecord;
