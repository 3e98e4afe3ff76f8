import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ownBytes, readFileBytes } from './file-bytes.js';

const dir = mkdtempSync(join(tmpdir(), 'entente-file-bytes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readFileBytes', () => {
  it("gives a file's bytes as a plain Uint8Array filling a buffer of its own (movable to a worker)", async () => {
    const path = join(dir, 'page.html');
    const content = Buffer.from('<html><body>'.padEnd(70_000, 'x'));
    writeFileSync(path, content);
    const bytes = await readFileBytes(path);
    expect(Buffer.isBuffer(bytes)).toBe(false);
    expect(bytes.byteOffset).toBe(0);
    expect(bytes.byteLength).toBe(bytes.buffer.byteLength);
    expect(Buffer.from(bytes).equals(content)).toBe(true);
  });
});

describe('ownBytes', () => {
  it('keeps the memory of a Buffer that fills it, without a copy', () => {
    const buffer = Buffer.alloc(64, 7);
    const bytes = ownBytes(buffer);
    expect(bytes.buffer).toBe(buffer.buffer);
  });

  it('copies a Buffer that is a slice of a larger one (a pooled small Buffer), so it can be moved alone', () => {
    const pooled = Buffer.from('a short page');
    const bytes = ownBytes(pooled.subarray(2, 7));
    expect(bytes.buffer).not.toBe(pooled.buffer);
    expect(bytes.byteLength).toBe(bytes.buffer.byteLength);
    expect(Buffer.from(bytes).toString()).toBe('short');
  });
});
