import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SqliteArticleStore } from '../store/sqlite/sqlite-store.js';
import { afterAll, describe, expect, it } from 'vitest';
import { writeHostileCorpus } from '../test-support/hostile-inputs.js';

const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
const MAX_BYTES = 4 * 1024 * 1024;
const RSS_CEILING_MB = 500;
const dir = mkdtempSync(join(tmpdir(), 'entente-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('entente ingest on the hostile-input corpus (built CLI; `npm test` builds first)', () => {
  it('counts each hostile case by its code, stores every good page beside them, stays under the RSS ceiling', async () => {
    expect(existsSync(CLI), `${CLI} missing: run npm run build`).toBe(true);
    const corpus = join(dir, 'corpus');
    const cases = writeHostileCorpus(corpus, MAX_BYTES);
    // Reports the peak resident set of the whole process (worker threads included) at exit.
    const hook = join(dir, 'max-rss.mjs');
    writeFileSync(
      hook,
      "process.on('exit', () => process.stderr.write(`max-rss-kb ${process.resourceUsage().maxRSS}\\n`));\n",
    );
    const db = join(dir, 'hostile.db');
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        pathToFileURL(hook).href,
        CLI,
        'ingest',
        corpus,
        '--db',
        db,
        '--max-bytes',
        String(MAX_BYTES),
        '--workers',
        '1',
        '--quiet',
      ],
      { encoding: 'utf8', timeout: 240_000 },
    );
    expect(run.status, run.stderr).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const expected = new Map<string, number>();
    for (const { code } of cases) if (code) expected.set(code, (expected.get(code) ?? 0) + 1);
    const errorsLine = /errors: (.*)/.exec(run.stderr)?.[1] ?? '';
    for (const [code, count] of expected) expect(errorsLine, code).toContain(`${code} ${count}`);
    expect(errorsLine).not.toMatch(/ANALYSIS/);

    const store = SqliteArticleStore.open(db, { readonly: true });
    const hits = await store.searchArticles({ includeDuplicates: true, limit: 1000 });
    const good = new Set(hits.filter((hit) => /good-\d+/.test(hit.uri)).map((hit) => hit.uri));
    expect(good.size).toBe(cases.reduce((sum, c) => sum + c.goodPages, 0));
    const long = hits.find((hit) => hit.uri.endsWith('long-text.txt'));
    const record = long ? await store.article(long.id) : null;
    expect(record?.diagnostics.map((d) => d.ruleId)).toContain('analysis.text-capped');
    await store.close();

    const maxRssMb = Number(/max-rss-kb (\d+)/.exec(run.stderr)?.[1]) / 1024;
    expect(maxRssMb).toBeLessThan(RSS_CEILING_MB);
  }, 300_000);
});
