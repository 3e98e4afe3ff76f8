import { createHash } from 'node:crypto';
import {
  ARTICLE_SCHEMA,
  type ArticleKind,
  type ArticleRecord,
  type Diagnostic,
  type SourceInfo,
  type Span,
} from '../records/article.js';
import type { ArticleDraft } from './article-draft.js';
import { detectDateline } from './dateline.js';
import { setDeclaredLanguage } from '../language/language-hint.js';

const BLOCK_SEPARATOR = '\n\n';

/** Stable record id: a hash of the source content hash, the kind and the position. */
export function recordId(sourceSha256: string, kind: string, position: number): string {
  const digest = createHash('sha256').update(`${sourceSha256}\u0000${kind}\u0000${position}`).digest('hex');
  return `a_${digest.slice(0, 16)}`;
}

/**
 * Lay out a draft as the contract's `text` (title, lead, body paragraphs separated by blank
 * lines) and record each block's span in `paragraphs` (title first, then lead, then body).
 */
export function buildArticleRecord(
  draft: ArticleDraft,
  source: SourceInfo,
  kind: ArticleKind,
  position: number,
  parent: string | null,
  diagnostics: Diagnostic[] = [],
): ArticleRecord {
  setDeclaredLanguage(source, draft.declaredLanguage);
  const blocks: string[] = [];
  if (draft.title) blocks.push(draft.title);
  if (draft.lead) blocks.push(draft.lead);
  const bodyStartIndex = blocks.length;
  for (const paragraph of draft.body) if (paragraph) blocks.push(paragraph);

  const paragraphs: Span[] = [];
  let cursor = 0;
  for (const block of blocks) {
    paragraphs.push({ start: cursor, end: cursor + block.length });
    cursor += block.length + BLOCK_SEPARATOR.length;
  }
  const text = blocks.join(BLOCK_SEPARATOR);
  const firstBody = paragraphs[bodyStartIndex];
  const dateline = firstBody ? detectDateline(blocks[bodyStartIndex]!, firstBody.start) : null;

  return {
    schema: ARTICLE_SCHEMA,
    id: recordId(source.sha256, kind, position),
    kind,
    parent,
    position,
    source,
    language: null,
    title: draft.title,
    lead: draft.lead,
    dateline,
    published: draft.published,
    signoff: draft.signoff,
    text,
    paragraphs,
    captions: draft.captions,
    entities: [],
    dates: [],
    events: [],
    story: null,
    diagnostics,
  };
}
