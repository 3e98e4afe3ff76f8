import { createHash } from 'node:crypto';
import { normalizeNewlines } from '../extract/normalize-space.js';
import { ARTICLE_SCHEMA, type ArticleRecord } from './article.js';

/** What a caller knows about a raw text besides the text itself. */
export interface RawTextOptions {
  id?: string;
  published?: string | null;
  language?: string | null;
}

/**
 * An article record whose `text` is the input itself (newlines normalised to `\n`, nothing else
 * changed), so offsets point into the input; no page segmentation.
 */
export function recordFromRawText(input: string, options: RawTextOptions = {}): ArticleRecord {
  const text = normalizeNewlines(input);
  const sha256 = createHash('sha256').update(text).digest('hex');
  const id = options.id ?? `a_${sha256.slice(0, 16)}`;
  return {
    schema: ARTICLE_SCHEMA,
    id,
    kind: 'article',
    parent: null,
    position: 0,
    source: { uri: `raw:${id}`, sha256, format: 'text', fetchedAt: null },
    language: options.language ?? null,
    title: null,
    lead: null,
    dateline: null,
    published: options.published ?? null,
    signoff: null,
    text,
    paragraphs: text.length > 0 ? [{ start: 0, end: text.length }] : [],
    captions: [],
    entities: [],
    dates: [],
    events: [],
    story: null,
    diagnostics: [],
  };
}
