import { createHash } from 'node:crypto';
import { detectDateline } from '../extract/dateline.js';
import { ARTICLE_SCHEMA, type ArticleRecord, type Span } from './article.js';

/** What a caller knows about a raw text besides the text itself. */
export interface RawTextOptions {
  id?: string;
  published?: string | null;
  /** Forced language; null or absent lets the language stage detect it. */
  language?: string | null;
  /** Where the text comes from; defaults to `text:<id>` when an id is given, else `stdin:`. */
  uri?: string;
}

// Only CRLF and CR become LF: every other character stays, so offsets map onto the input.
const CARRIAGE_RETURN = /\r\n?/g;
const BLANK_LINE = /^[ \t\f\v\u00A0]*$/;

/** Spans of the blank-line-separated blocks of a text, each trimmed of surrounding whitespace. */
export function blockSpans(text: string): Span[] {
  const spans: Span[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    if (BLANK_LINE.test(text.slice(lineStart, lineEnd))) {
      if (blockStart !== -1) spans.push(trimSpan(text, blockStart, blockEnd));
      blockStart = -1;
    } else {
      if (blockStart === -1) blockStart = lineStart;
      blockEnd = lineEnd;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (blockStart !== -1) spans.push(trimSpan(text, blockStart, blockEnd));
  return spans;
}

function trimSpan(text: string, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

/** A headline: one short line with no sentence-final punctuation. */
const HEADLINE = /^[^\n]{1,200}$/u;
const SENTENCE_END = /[.!?…»"”]$/u;

/**
 * The dateline of the first block ("Hanoi (VNA) – …"), or of the second when the first is a headline
 * ("India imposes duty on Vietnamese steel", then "Hanoi (VNA) – …"), as pasted agency texts run.
 */
function datelineOf(text: string, paragraphs: readonly Span[]): ReturnType<typeof detectDateline> {
  const [first, second] = paragraphs;
  if (!first) return null;
  const opening = detectDateline(text.slice(first.start, first.end), first.start);
  if (opening || !second) return opening;
  const headline = text.slice(first.start, first.end);
  if (!HEADLINE.test(headline) || SENTENCE_END.test(headline)) return null;
  return detectDateline(text.slice(second.start, second.end), second.start);
}

/**
 * An article record whose `text` is the input itself (newlines normalised to `\n`, nothing else
 * changed), so offsets point into the input; no page segmentation: paragraphs are its blocks.
 */
export function recordFromRawText(input: string, options: RawTextOptions = {}): ArticleRecord {
  const text = input.replace(CARRIAGE_RETURN, '\n');
  const sha256 = createHash('sha256').update(text).digest('hex');
  const id = options.id ?? `a_${sha256.slice(0, 16)}`;
  const uri = options.uri ?? (options.id === undefined ? 'stdin:' : `text:${options.id}`);
  const paragraphs = blockSpans(text);
  return {
    schema: ARTICLE_SCHEMA,
    id,
    kind: 'article',
    parent: null,
    position: 0,
    source: { uri, sha256, format: 'text', fetchedAt: null },
    language: options.language ?? null,
    title: null,
    lead: null,
    dateline: datelineOf(text, paragraphs),
    published: options.published ?? null,
    signoff: null,
    text,
    paragraphs,
    captions: [],
    entities: [],
    dates: [],
    events: [],
    story: null,
    diagnostics: [],
  };
}

const PUBLISHED_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether a publication date is a valid YYYY, YYYY-MM or YYYY-MM-DD calendar date. */
export function isPublishedDate(value: string): boolean {
  const match = PUBLISHED_DATE.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return false;
  if (day === undefined) return true;
  const daysInMonth = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate();
  return Number(day) >= 1 && Number(day) <= daysInMonth;
}
