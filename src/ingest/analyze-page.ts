import { extractPage } from '../extract/extract-page.js';
import { analyzeRecords } from '../pipeline/analyze.js';
import type { OutputRecord } from '../records/article.js';
import type { Page } from './page.js';

/** A page sent to an analysis worker. */
export interface AnalysisJob {
  id: number;
  page: Page;
  maxBytes: number;
}

/** Extraction then analysis of one page (the CPU-heavy part of ingest). */
export function analyzePage(page: Page, maxBytes: number): OutputRecord[] {
  return analyzeRecords(extractPage(page, { maxBytes }));
}
