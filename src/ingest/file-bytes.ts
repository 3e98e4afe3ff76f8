import { readFile } from 'node:fs/promises';

/**
 * A file's bytes in a buffer of their own, read once: `readFile`'s Buffer seen as a plain
 * Uint8Array over the same memory. Copying it instead (`new Uint8Array(buffer)`) left a dead Buffer
 * of the page's size for each page read, outside the V8 heap, which the main thread frees only at
 * its next collection (rare there: it allocates little on its heap), while the ingest moves the
 * copy to its extraction thread.
 */
export async function readFileBytes(path: string): Promise<Uint8Array> {
  return ownBytes(await readFile(path));
}

/** A Buffer's bytes as a plain Uint8Array: the same memory when the Buffer fills it, else a copy. */
export function ownBytes(buffer: Buffer): Uint8Array {
  if (buffer.byteOffset === 0 && buffer.byteLength === buffer.buffer.byteLength)
    return new Uint8Array(buffer.buffer, 0, buffer.byteLength);
  return new Uint8Array(buffer);
}
