import {
  ARTICLE_SCHEMA,
  type ErrorCode,
  type ErrorRecord,
  type OutputRecord,
  type SourceFormat,
  type SourceInfo,
} from '../records/article.js';
import { DiagnosticCollector, type Stage, type StageContext } from '../pipeline/stage.js';
import type { Page } from '../ingest/page.js';
import { decodeBytes } from '../ingest/decode.js';
import { binaryKind, isWarc, sniffTextFormat } from '../ingest/sniff-format.js';
import type { SegmentedPage } from './article-draft.js';
import { buildArticleRecord, recordId } from './build-record.js';
import { segmentHtml } from './html/segment-html.js';
import { segmentTextDump } from './text-dump/segment-text-dump.js';

export interface ExtractOptions {
  /** Pages larger than this are refused with TOO_LARGE. */
  maxBytes: number;
}

export const DEFAULT_EXTRACT_OPTIONS: ExtractOptions = { maxBytes: 32 * 1024 * 1024 };

// Anything but whitespace, zero-width characters and soft hyphens, which the text normalisation drops.
const VISIBLE_CHARACTER = /[^\s\u200B-\u200D\u2060\u00AD]/u;
// Decoder notes that mean characters were lost, not just a decision taken.
const LOSSY_DECODE_NOTES = new Set(['replacement', 'utf8']);

function sourceInfo(page: Page, format: SourceFormat): SourceInfo {
  return { uri: page.uri, sha256: page.sha256, format, fetchedAt: page.fetchedAt };
}

/** The error record for an input that yields no article. */
export function errorRecord(page: Page, format: SourceFormat, code: ErrorCode, message: string): ErrorRecord {
  return {
    schema: ARTICLE_SCHEMA,
    id: recordId(page.sha256, 'error', 0),
    kind: 'error',
    source: sourceInfo(page, format),
    error: { code, message: `${page.uri}: ${message}` },
    diagnostics: [],
  };
}

function segment(text: string, format: 'html' | 'text', ctx: StageContext): SegmentedPage {
  return format === 'html' ? segmentHtml(text, ctx) : segmentTextDump(text, ctx);
}

/**
 * Page bytes → article records: main article first, then its teasers; or one error record
 * when the page cannot be read. Never throws for bad input.
 */
export function extractPage(page: Page, options: ExtractOptions = DEFAULT_EXTRACT_OPTIONS): OutputRecord[] {
  if (page.bytes.length > options.maxBytes) {
    return [
      errorRecord(
        page,
        'text',
        'TOO_LARGE',
        `${page.bytes.length} bytes exceeds the limit of ${options.maxBytes}`,
      ),
    ];
  }
  if (page.bytes.length === 0) return [errorRecord(page, 'text', 'EMPTY', 'the input is empty (0 bytes)')];
  if (isWarc(page.bytes))
    return [errorRecord(page, 'warc', 'UNSUPPORTED', 'WARC archives are read by `entente ingest`')];
  const binary = binaryKind(page.bytes);
  if (binary) return [errorRecord(page, 'text', 'UNSUPPORTED', `${binary} is not a page (text or HTML)`)];
  const decoded = decodeBytes(page.bytes, { contentType: page.contentType ?? null });
  if (!decoded.ok) return [errorRecord(page, 'text', decoded.code, decoded.message)];
  const sniffed = sniffTextFormat(decoded.text);
  if (sniffed !== 'html' && sniffed !== 'text') {
    return [
      errorRecord(
        page,
        sniffed === 'atom' ? 'atom' : 'rss',
        'UNSUPPORTED',
        `a ${sniffed} feed is read by \`entente ingest\``,
      ),
    ];
  }
  if (!VISIBLE_CHARACTER.test(decoded.text))
    return [errorRecord(page, sniffed, 'EMPTY', 'the input holds only whitespace')];

  const ctx = new DiagnosticCollector();
  for (const note of decoded.notes) {
    const kind = note.split(':')[0]!;
    ctx.report(`ingest.decode.${kind}`, note, undefined, LOSSY_DECODE_NOTES.has(kind) ? 'warning' : 'info');
  }
  let segmented: SegmentedPage;
  try {
    segmented = segment(decoded.text, sniffed, ctx);
  } catch (error) {
    return [errorRecord(page, sniffed, 'PARSE', `could not segment the page: ${(error as Error).message}`)];
  }
  const { main, teasers } = segmented;
  if (!main.title && main.body.length === 0) {
    return [errorRecord(page, sniffed, 'PARSE', 'no article found on the page')];
  }
  main.published ??= page.publishedHint ?? null;
  const source = sourceInfo(page, sniffed);
  const mainRecord = buildArticleRecord(main, source, 'article', 0, null, ctx.diagnostics);
  const records: OutputRecord[] = [mainRecord];
  teasers.forEach((teaser, i) => {
    if (teaser.title) records.push(buildArticleRecord(teaser, source, 'teaser', i + 1, mainRecord.id));
  });
  return records;
}

/** `extractPage` in the pipeline's stage shape. */
export const extractStage: Stage<Page, OutputRecord[]> = {
  name: 'extract',
  run: (page) => extractPage(page),
};
