import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleRecord, ErrorRecord, OutputRecord } from '../../records/article.js';
import { analyzeUsageError, runAnalyze } from './analyze.js';

const CLI = fileURLToPath(new URL('../../../dist/cli/main.js', import.meta.url));
// Written for this test in the style of an agency dispatch.
const DISPATCH =
  'Moscou (VNA) - L’ambassadeur du Vietnam en Russie a présenté le 29 mai ses lettres de créance au vice-ministre russe des Affaires étrangères.\r\n\r\nLes deux parties ont convenu de promouvoir la coopération.\r\n';

describe.skipIf(!existsSync(CLI))('entente analyze (run `npm run build` first)', { concurrent: true }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-analyze-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // Asynchronous, so the concurrent cases below pay the CLI start-up once, side by side.
  const run = (args: string[], input = '') =>
    new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, 'analyze', ...args]);
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      child.on('error', reject);
      child.on('close', (status) => resolve({ status, stdout, stderr }));
      child.stdin.end(input);
    });
  const records = (stdout: string): OutputRecord[] =>
    stdout
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as OutputRecord);
  const file = (name: string, content: string): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('analyses a text file into one record whose offsets point into the input', async () => {
    const result = await run([file('dispatch.txt', DISPATCH), '--published', '2021-05-29']);
    expect(result.status).toBe(0);
    const [record, ...rest] = records(result.stdout) as ArticleRecord[];
    expect(rest).toEqual([]);
    expect(record).toMatchObject({ kind: 'article', language: 'fr', published: '2021-05-29', title: null });
    expect(record!.text).toBe(DISPATCH.replace(/\r\n/g, '\n'));
    expect(record!.paragraphs).toHaveLength(2);
    expect(record!.dateline).toMatchObject({ place: 'Moscou', agency: 'VNA' });
  });

  it('reads stdin and lets --lang force the language', async () => {
    const result = await run(['-', '--lang', 'en'], DISPATCH);
    expect(result.status).toBe(0);
    expect(records(result.stdout)[0]).toMatchObject({ language: 'en', source: { uri: 'stdin:' } });
  });

  it('rejects a bad --published with exit code 2 and a clear message', async () => {
    const badDate = await run(['-', '--published', '29/05/2021'], DISPATCH);
    expect(badDate.status).toBe(2);
    expect(badDate.stderr).toContain('YYYY, YYYY-MM or YYYY-MM-DD');
    expect(badDate.stdout).toBe('');
  });

  it('analyses a JSONL batch line by line, echoing ids and going on past bad lines', async () => {
    const batch = [
      JSON.stringify({ id: 'n1', text: DISPATCH, published: '2021-05' }),
      '{not json',
      '',
      JSON.stringify({
        id: 'n2',
        text: 'The minister received the ambassador on Tuesday in Hanoi to discuss trade.',
      }),
      JSON.stringify({ id: 'n3', text: 'x', published: 'soon' }),
    ].join('\n');
    const result = await run([file('batch.jsonl', batch), '--jsonl-input']);
    expect(result.status).toBe(1);
    const out = records(result.stdout);
    expect(out.map((r) => r.id)).toEqual(['n1', 'line-2', 'n2', 'line-5']);
    expect(out[0]).toMatchObject({ language: 'fr', published: '2021-05' });
    expect(out[2]).toMatchObject({ language: 'en', published: null });
    expect((out[1] as ErrorRecord).error).toMatchObject({ code: 'PARSE' });
    expect((out[1] as ErrorRecord).error.message).toMatch(/^line 2: /);
    expect((out[3] as ErrorRecord).error.message).toMatch(/^line 5: "published"/);
  });
});

// In process: the same code paths without paying a CLI start-up per case.
describe('runAnalyze and its option checks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-analyze-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const analyse = async (input: string): Promise<OutputRecord[]> => {
    const lines: string[] = [];
    await runAnalyze(input, {}, async (line) => {
      lines.push(line);
    });
    return lines.map((line) => JSON.parse(line) as OutputRecord);
  };

  it('rejects an unsupported --lang and accepts supported ones', () => {
    expect(analyzeUsageError({ lang: 'xx' })).toContain('--lang "xx" is not supported');
    expect(analyzeUsageError({ lang: 'fr', published: '2021' })).toBeNull();
  });

  it('turns a missing file or invalid UTF-8 into an error record', async () => {
    expect((await analyse(join(dir, 'nope.txt')))[0]).toMatchObject({
      kind: 'error',
      error: { code: 'FETCH' },
    });
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Le ministre a reçu', 'latin1'));
    expect((await analyse(latin1))[0]).toMatchObject({ kind: 'error', error: { code: 'ENCODING' } });
  });
});
