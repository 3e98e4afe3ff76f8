import { parseHTML } from 'linkedom';
import type { StageContext } from '../../pipeline/stage.js';
import type { SegmentedPage } from '../article-draft.js';
import { normalizeInlineSpace } from '../normalize-space.js';

/** Main-content extraction from an HTML page (first version: title and paragraphs). */
export function segmentHtml(html: string, _ctx: StageContext): SegmentedPage {
  const { document } = parseHTML(html);
  const title =
    normalizeInlineSpace(document.querySelector('h1')?.textContent ?? document.title ?? '') || null;
  const body = [...document.querySelectorAll('p')]
    .map((p) => normalizeInlineSpace(p.textContent ?? ''))
    .filter(Boolean);
  return { main: { title, lead: null, body, captions: [], signoff: null, published: null }, teasers: [] };
}
