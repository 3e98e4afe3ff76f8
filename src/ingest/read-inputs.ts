import { readdir, stat } from 'node:fs/promises';
import { readFileBytes } from './file-bytes.js';
import { join, normalize, sep } from 'node:path';
import { makePage, type Page } from './page.js';
import { inflatedPage, looksBinary, notAPageReason } from './page-files.js';

export type InputItem =
  | { page: Page }
  | { uri: string; error: string }
  /** A file met in a folder that is not a page (README, JSON lines…): skipped. */
  | { uri: string; skipped: string };

/** How a file path is shown in `source.uri`: as the user gave it (stable across machines). */
export function fileUri(path: string): string {
  return `file:${normalize(path).split(sep).join('/')}`;
}

/** Files below a folder, recursive, sorted by name, hidden entries skipped. */
export async function* walk(dir: string): AsyncGenerator<string> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}

/** All of standard input, as bytes. */
export async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Largest inflated size of a gzip page read by `readInputs` unless told otherwise. */
const DEFAULT_MAX_INFLATED_BYTES = 32 * 1024 * 1024;

/**
 * Pages from command-line inputs: files, directories (recursive, sorted, hidden files
 * skipped) and `-` for stdin; gzip pages ("page.html.gz") are inflated up to `maxBytes`. An
 * unreadable input yields an error item; the rest goes on.
 */

export async function* readInputs(
  inputs: string[],
  maxBytes = DEFAULT_MAX_INFLATED_BYTES,
): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    if (input === '-') {
      yield { page: makePage('stdin:', await readStdin()) };
      continue;
    }
    let paths: AsyncIterable<string> | string[];
    let folder: boolean;
    try {
      folder = (await stat(input)).isDirectory();
      paths = folder ? walk(input) : [input];
    } catch (error) {
      yield { uri: fileUri(input), error: (error as Error).message };
      continue;
    }
    for await (const path of paths) {
      // In a folder only pages are read; a file named on the command line always is.
      const reason = folder ? notAPageReason(path) : null;
      if (reason) {
        yield { uri: fileUri(path), skipped: reason };
        continue;
      }
      try {
        const read = inflatedPage(await readFileBytes(path), maxBytes);
        if ('error' in read) yield { uri: fileUri(path), error: read.error };
        else if (looksBinary(read.bytes)) yield { uri: fileUri(path), error: 'binary file, not a page' };
        else yield { page: makePage(fileUri(path), read.bytes) };
      } catch (error) {
        yield { uri: fileUri(path), error: (error as Error).message };
      }
    }
  }
}
