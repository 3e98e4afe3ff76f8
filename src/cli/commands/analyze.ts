import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { analyzeRecord } from '../../pipeline/analyze.js';
import { SUPPORTED_LANGUAGES, isSupportedLanguage } from '../../language/supported-languages.js';
import {
  ARTICLE_SCHEMA,
  type ErrorCode,
  type ErrorRecord,
  type OutputRecord,
} from '../../records/article.js';
import { toJsonLine } from '../../records/jsonl.js';
import { readStdin } from '../../ingest/read-inputs.js';
import { isPublishedDate, recordFromRawText } from '../../records/raw-text.js';

/** The options of `entente analyze`. */
export interface AnalyzeOptions {
  lang?: string;
  published?: string;
  jsonlInput?: boolean;
}

function errorRecord(
  id: string,
  uri: string,
  content: string,
  code: ErrorCode,
  message: string,
): ErrorRecord {
  const sha256 = createHash('sha256').update(content).digest('hex');
  return {
    schema: ARTICLE_SCHEMA,
    id,
    kind: 'error',
    source: { uri, sha256, format: 'text', fetchedAt: null },
    error: { code, message },
    diagnostics: [],
  };
}

async function readWholeInput(input: string): Promise<Uint8Array> {
  return input === '-' ? readStdin() : readFile(input);
}

/** One JSONL line as a record: an error record naming the line when it is not a valid item. */
function recordFromJsonLine(
  line: string,
  lineNumber: number,
  uri: string,
  options: AnalyzeOptions,
): OutputRecord {
  const lineUri = `${uri}#line=${lineNumber}`;
  const fail = (message: string): ErrorRecord =>
    errorRecord(`line-${lineNumber}`, lineUri, line, 'PARSE', `line ${lineNumber}: ${message}`);
  let item: unknown;
  try {
    item = JSON.parse(line);
  } catch (error) {
    return fail(`not JSON (${(error as Error).message})`);
  }
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return fail('not a JSON object');
  const { id, text, published, lang } = item as Record<string, unknown>;
  if (typeof id !== 'string' || id === '') return fail('"id" must be a non-empty string');
  if (typeof text !== 'string') return fail('"text" must be a string');
  if (
    published !== undefined &&
    published !== null &&
    (typeof published !== 'string' || !isPublishedDate(published))
  ) {
    return fail('"published" must be YYYY, YYYY-MM or YYYY-MM-DD');
  }
  if (lang !== undefined && lang !== null && (typeof lang !== 'string' || !isSupportedLanguage(lang))) {
    return fail(`"lang" must be one of ${SUPPORTED_LANGUAGES.map((l) => l.code).join(', ')}`);
  }
  return analyzeRecord(
    recordFromRawText(text, {
      id,
      uri: lineUri,
      published: published ?? options.published ?? null,
      language: options.lang ?? lang ?? null,
    }),
  );
}

/** Analyse raw text (one record) or a JSONL batch (one record per line); returns the error count. */
export async function runAnalyze(
  input: string,
  options: AnalyzeOptions,
  write: (line: string) => Promise<void>,
): Promise<number> {
  const uri = input === '-' ? 'stdin:' : input;
  let failed = 0;
  const emit = async (record: OutputRecord): Promise<void> => {
    if (record.kind === 'error') {
      failed++;
      process.stderr.write(`error ${record.error.code}: ${record.error.message}\n`);
    }
    await write(toJsonLine(record));
  };
  if (options.jsonlInput) {
    let lineNumber = 0;
    try {
      const stream = input === '-' ? process.stdin : createReadStream(input);
      for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
        lineNumber++;
        if (line.trim()) await emit(recordFromJsonLine(line, lineNumber, uri, options));
      }
    } catch (error) {
      await emit(errorRecord('input', uri, '', 'FETCH', `cannot read ${uri}: ${(error as Error).message}`));
    }
    return failed;
  }
  let text: string;
  try {
    const bytes = await readWholeInput(input);
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    const code: ErrorCode = error instanceof TypeError ? 'ENCODING' : 'FETCH';
    const message =
      code === 'ENCODING' ? `${uri} is not valid UTF-8` : `cannot read ${uri}: ${(error as Error).message}`;
    await emit(errorRecord('input', uri, '', code, message));
    return failed;
  }
  await emit(
    analyzeRecord(
      recordFromRawText(text, {
        uri,
        published: options.published ?? null,
        language: options.lang ?? null,
      }),
    ),
  );
  return failed;
}

async function writeToStdout(line: string): Promise<void> {
  if (!process.stdout.write(line))
    await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
}

/** Check the options; returns a usage error message, or null when they are fine. */
export function analyzeUsageError(options: AnalyzeOptions): string | null {
  if (options.published !== undefined && !isPublishedDate(options.published)) {
    return `--published "${options.published}" is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2021-05-29)`;
  }
  if (options.lang !== undefined && !isSupportedLanguage(options.lang)) {
    return `--lang "${options.lang}" is not supported: use ${SUPPORTED_LANGUAGES.map((l) => l.code).join(', ')}`;
  }
  return null;
}

/** `entente analyze`: language, entities, dates and events of raw text, without page segmentation. */
export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('Analyse raw text (no page segmentation) into entente/article@1 JSONL records.')
    .argument('[input]', 'a UTF-8 text file, or - for stdin', '-')
    .option(
      '--lang <code>',
      `force the language (${SUPPORTED_LANGUAGES.map((l) => l.code).join(', ')}) instead of detecting it`,
    )
    .option(
      '--published <date>',
      'publication date (YYYY, YYYY-MM or YYYY-MM-DD) to resolve relative dates against',
    )
    .option(
      '--jsonl-input',
      'read one {"id","text","published"?,"lang"?} object per line; one record per line',
    )
    .addHelpText(
      'after',
      `
The record's text is the input with CRLF/CR turned into LF and nothing else changed, so every
offset points into the input; paragraphs are its blank-line-separated blocks.

Examples:
  $ entente analyze note.txt --lang fr --published 2021-05-29
  $ echo "Le ministre a reçu l'ambassadeur le 29 mai." | entente analyze -
  $ entente analyze batch.jsonl --jsonl-input > records.jsonl

With --jsonl-input, each record's id is the line's "id"; a bad line gives an error record
naming its line number and the batch goes on. --lang and --published apply to every line
(--lang overrides a line's "lang"; a line's "published" overrides --published).

Exit code: 0 when every input gave a record, 1 when some gave error records, 2 on usage errors.`,
    )
    .action(async (input: string, options: AnalyzeOptions) => {
      const problem = analyzeUsageError(options);
      if (problem) {
        process.stderr.write(`entente analyze: ${problem}\n`);
        process.exitCode = 2;
        return;
      }
      const failed = await runAnalyze(input, options, writeToStdout);
      process.exitCode = failed > 0 ? 1 : 0;
    });
}
