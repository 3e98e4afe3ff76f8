import type { Caption } from '../records/article.js';

/**
 * What a format extractor (text dump, HTML, …) finds for one article before it becomes a
 * record: plain strings, whitespace already normalised with `normalizeInlineSpace`.
 */
export interface ArticleDraft {
  title: string | null;
  lead: string | null;
  /** Body paragraphs in order; the dateline, when present, opens the first one. */
  body: string[];
  captions: Caption[];
  signoff: string | null;
  /** EDTF publication date from page metadata or a visible byline of this article. */
  published: string | null;
  /** Language declared by the page (`<html lang>`), a hint for the language stage. */
  declaredLanguage?: string | null;
}

/** One page split into its main article and the teasers it shows. */
export interface SegmentedPage {
  main: ArticleDraft;
  teasers: ArticleDraft[];
}
