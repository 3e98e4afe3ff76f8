import { recordSignature } from '../dedupe/minhash.js';
import { setDeclaredLanguage } from '../language/language-hint.js';
import { analyzeRecords } from '../pipeline/analyze.js';
import type { OutputRecord } from '../records/article.js';
import type { SharedSyntaxModels } from '../syntax/syntax-models.js';
import { extractForAnalysis, type ExtractedPage } from './extracted-page.js';
import type { Page } from './page.js';

/**
 * What an analysis worker gets for a page: its extracted records, or (a small page) its bytes to
 * extract there. `signed`: the sender has the records' signatures (they read the extracted text
 * only), so the worker answers none.
 */
export type AnalysisWork = { extracted: ExtractedPage; signed?: boolean } | { page: Page; maxBytes: number };

/** A page's work sent to an analysis worker. */
export type AnalysisJob = { id: number } & AnalysisWork;

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
 * Analysis and copy-detection signatures of a page's extracted records: the CPU-heavy part of
 * ingest, done in the analysis workers (on their copy of the records) so the writer thread only
 * extracts and writes.
 */
export function analyzeExtracted(extracted: ExtractedPage, sign = true): AnalysedPage {
  const { records } = extracted;
  // postMessage's copy keeps the records' one shared `source` object, not the hint kept beside it.
  if (records[0]) setDeclaredLanguage(records[0].source, extracted.declaredLanguage);
  const analysed = analyzeRecords(records);
  return { records: analysed, signatures: sign ? analysed.map(recordSignature) : [] };
}

/** Extraction, analysis and copy-detection signatures of one page, on this thread. */
export function analyzePage(page: Page, maxBytes: number): AnalysedPage {
  return analyzeExtracted(extractForAnalysis(page, maxBytes));
}

/** A worker's job done: the records analysed, the page extracted first when it came as bytes. */
export function analyzeWork(work: AnalysisWork): AnalysedPage {
  return 'extracted' in work
    ? analyzeExtracted(work.extracted, !work.signed)
    : analyzePage(work.page, work.maxBytes);
}
