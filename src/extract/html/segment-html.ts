import type { StageContext } from '../../pipeline/stage.js';
import type { ArticleDraft, SegmentedPage } from '../article-draft.js';
import { readArticleBody } from './article-body.js';
import { readArticleDate } from './article-date.js';
import { readArticleTitle } from './article-title.js';
import { parseHtmlTree, MAX_DEPTH } from './html-tree.js';
import { readLead } from './lead.js';
import { findMainContent } from './main-content.js';
import { readPageMetadata } from './page-metadata.js';
import { findRelatedBlocks, readTeasers } from './teaser-blocks.js';

/**
 * Main-content extraction from an HTML page: the article (title, lead, body, captions, date,
 * declared language) and the teasers of its related blocks. A page without an article gives an
 * empty draft, which the caller turns into a PARSE error.
 */
export function segmentHtml(html: string, ctx: StageContext): SegmentedPage {
  const doc = parseHtmlTree(html);
  if (doc.depthCapped) {
    ctx.report('html.depth-capped', `elements nested deeper than ${MAX_DEPTH} were flattened`, undefined, 'info');
  }
  const metadata = readPageMetadata(doc);
  const content = findMainContent(doc.root);
  const title = readArticleTitle(doc.root, metadata, content);
  const article = readArticleBody(content, title);
  const lead = readLead(doc.root, content, metadata, article.body);
  const main: ArticleDraft = {
    title,
    lead: lead.lead,
    body: lead.body,
    captions: article.captions,
    signoff: null,
    published: readArticleDate(doc.root, content, metadata, article.bylineDates),
    declaredLanguage: metadata.declaredLanguage,
  };
  if (main.body.length === 0) return { main: { ...main, title: null }, teasers: [] };
  const related = findRelatedBlocks(doc.root, (el) => content.stats.get(el)?.textLength ?? 0);
  return { main, teasers: readTeasers(related) };
}
