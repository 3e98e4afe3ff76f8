import { recordSignature } from '../dedupe/minhash.js';
import { extractPage } from '../extract/extract-page.js';
import { declaredLanguage } from '../language/language-hint.js';
import type { OutputRecord } from '../records/article.js';
import type { Page } from './page.js';

/**
 * A page's extracted records as sent to an analysis worker, with the language the page declared
 * (`<html lang>`): the records' hint, kept beside them on this thread, does not travel with them.
 */
export interface ExtractedPage {
  records: OutputRecord[];
  declaredLanguage: string | null;
}

/**
 * Extraction of one page (decoding, HTML segmentation): the part of ingest that needs no lexicon,
 * done on the writer thread so that the analysis workers only analyse. Loads no analysis code.
 */
export function extractForAnalysis(page: Page, maxBytes: number): ExtractedPage {
  const records = extractPage(page, { maxBytes });
  const first = records[0];
  return { records, declaredLanguage: first ? declaredLanguage(first.source) : null };
}

/** Whether extraction left anything to analyse (error records pass through analysis as they are). */
export function needsAnalysis(extracted: ExtractedPage): boolean {
  return extracted.records.some((record) => record.kind !== 'error');
}

/**
 * The MinHash signatures of a page's records, which read their text only: the same from the
 * extracted records as from the analysed ones (analysis adds to a record, its text stays).
 */
export function pageSignatures(records: OutputRecord[]): Array<Uint32Array | null> {
  return records.map(recordSignature);
}
