import { recordSignature } from '../dedupe/minhash.js';
import { extractPage } from '../extract/extract-page.js';
import { analyzeRecords } from '../pipeline/analyze.js';
import type { OutputRecord } from '../records/article.js';
import type { SharedSyntaxModels } from '../syntax/syntax-models.js';
import type { Page } from './page.js';

/** A page sent to an analysis worker. */
export interface AnalysisJob {
  id: number;
  page: Page;
  maxBytes: number;
}

/**
 * What an analysis worker starts with: the syntax models another worker decoded onto shared
 * memory, or whether to decode them now and send them to the pool (`{ syntaxModels }`).
 */
export type AnalysisWorkerData = { syntaxModels: SharedSyntaxModels } | { shareSyntaxModels: boolean };

/** A page's records and their MinHash signatures (by record index), ready for the store. */
export interface AnalysedPage {
  records: OutputRecord[];
  signatures: Array<Uint32Array | null>;
}

/**
 * Extraction, analysis and copy-detection signatures of one page: the CPU-heavy part of ingest,
 * done in the analysis workers so the single writer thread only writes.
 */
export function analyzePage(page: Page, maxBytes: number): AnalysedPage {
  const records = analyzeRecords(extractPage(page, { maxBytes }));
  return { records, signatures: records.map(recordSignature) };
}
