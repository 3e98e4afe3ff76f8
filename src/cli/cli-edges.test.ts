import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));
const STACK_LINE = /\n\s+at .+:\d+:\d+/;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built CLI; `onStdout` may end the reading early (as `| head` does). */
function run(args: string[], onStdout?: (chunk: string, stop: () => void) => void): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      onStdout?.(chunk, () => child.stdout.destroy());
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe.skipIf(!existsSync(CLI))('CLI edges (run `npm run build` first)', { concurrent: true }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits quietly when the reader closes the pipe early (| head)', async () => {
    const result = await run(['extract', join(SAMPLES, 'text'), '--no-analyze'], (_chunk, stop) => stop());
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/EPIPE|Error/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it('says a port is in use and how to choose another, without a stack trace', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const result = await run(['serve', '--db', join(dir, 'serve.db'), '--port', String(port), '--no-auth']);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(new RegExp(`port ${port} .*already in use.*--port`));
      expect(result.stderr).toMatch(/npm start -- --port/);
      expect(result.stderr).not.toMatch(STACK_LINE);
    } finally {
      blocker.close();
    }
  });

  it('creates the folder of --out', async () => {
    const out = join(dir, 'new', 'nested', 'records.jsonl');
    const result = await run([
      'extract',
      join(SAMPLES, 'text', 'fr-vnm-rus-demande-vaccins.txt'),
      '--no-analyze',
      '--out',
      out,
    ]);
    expect(result.status).toBe(0);
    expect(readFileSync(out, 'utf8').split('\n').filter(Boolean).length).toBeGreaterThan(0);
  });

  it('extracts the pages of samples/ only: golden JSON lines and the README are skipped with a note', async () => {
    const result = await run(['extract', SAMPLES, '--no-analyze']);
    expect(result.status).toBe(0);
    const uris = result.stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { source: { uri: string } }).source.uri);
    expect(uris.length).toBeGreaterThan(20);
    expect(uris.every((uri) => /\.(txt|html)$/.test(uri))).toBe(true);
    expect(result.stderr).toMatch(/skipped file:.*README\.md: documentation file/);
    expect(result.stderr).toMatch(/skipped file:.*\.jsonl: JSON lines/);
  });
});
