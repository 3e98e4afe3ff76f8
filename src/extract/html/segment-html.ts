import type { StageContext } from '../../pipeline/stage.js';
import { splitBodySignoff } from '../signoff.js';
import type { ArticleDraft, SegmentedPage } from '../article-draft.js';
import { readArticleBody } from './article-body.js';
import { readArticleDate } from './article-date.js';
import { readArticleTitle } from './article-title.js';
import { parseHtmlTree, MAX_DEPTH, MAX_ELEMENTS } from './html-tree.js';
import { readLead } from './lead.js';
import { findMainContent } from './main-content.js';
import { readPageMetadata, type PageMetadata } from './page-metadata.js';
import { findRelatedBlocks, readTeasers } from './teaser-blocks.js';
import { cleanText, renderBlocks } from './text-blocks.js';

// The JSON-LD body replaces the markup's when the markup has less than this share of its text.
const JSON_LD_BODY_SHARE = 0.3;
const MIN_JSON_LD_BODY = 200;

/** JSON-LD articleBody paragraphs when the markup gave (almost) no body, else null. */
function jsonLdBody(metadata: PageMetadata, body: string[]): string[] | null {
  const text = metadata.articleBody;
  if (!text || text.length < MIN_JSON_LD_BODY) return null;
  const markupLength = body.reduce((sum, paragraph) => sum + paragraph.length, 0);
  if (markupLength >= text.length * JSON_LD_BODY_SHARE) return null;
  // Some sites put markup in articleBody: render it like a page fragment.
  if (/<\/?[a-z][^<>]*>/i.test(text))
    return renderBlocks(parseHtmlTree(text).root, () => false).map((b) => b.text);
  return text
    .split(/\n\s*\n|\r?\n/)
    .map(cleanText)
    .filter(Boolean);
}

/**
 * Main-content extraction from an HTML page: the article (title, lead, body, captions, date,
 * declared language) and the teasers of its related blocks. A page without an article gives an
 * empty draft, which the caller turns into a PARSE error.
 */
export function segmentHtml(html: string, ctx: StageContext): SegmentedPage {
  const doc = parseHtmlTree(html);
  if (doc.depthCapped) {
    ctx.report(
      'html.depth-capped',
      `elements nested deeper than ${MAX_DEPTH} were flattened`,
      undefined,
      'info',
    );
  }
  if (doc.elementsCapped) {
    ctx.report(
      'html.elements-capped',
      `the page has more than ${MAX_ELEMENTS} elements: later tags were dropped, their text kept`,
      undefined,
      'warning',
    );
  }
  const metadata = readPageMetadata(doc);
  const content = findMainContent(doc.root);
  const title = readArticleTitle(doc.root, metadata, content);
  const article = readArticleBody(content, title);
  const fallback = jsonLdBody(metadata, article.body);
  if (fallback) {
    ctx.report(
      'html.json-ld-body',
      'the markup holds little text: the body is taken from JSON-LD articleBody',
      undefined,
      'info',
    );
    article.body = fallback;
  }
  const lead = readLead(doc.root, content, metadata, article.body);
  const signed = splitBodySignoff(lead.body);
  const main: ArticleDraft = {
    title,
    lead: lead.lead,
    body: signed.body,
    captions: article.captions,
    signoff: signed.signoff,
    published: readArticleDate(doc.root, content, metadata, article.bylineDates),
    declaredLanguage: metadata.declaredLanguage,
  };
  if (main.body.length === 0) return { main: { ...main, title: null }, teasers: [] };
  const related = findRelatedBlocks(doc.root, content);
  return { main, teasers: readTeasers(related) };
}
