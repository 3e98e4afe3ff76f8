import { describe, expect, it } from 'vitest';
import { SqliteArticleStore } from '../../store/sqlite/sqlite-store.js';
import { pageFromSpec } from '../../store/test-support/record-fixtures.js';
import { exportLines } from '../../export/export-lines.js';

async function lines(
  format: 'jsonl' | 'csv' | 'plover' | 'cameo-tsv',
  store: SqliteArticleStore,
): Promise<string[]> {
  const out: string[] = [];
  for await (const line of exportLines(store, format, {})) out.push(line);
  return out;
}

describe('exportLines', () => {
  it('writes records as JSONL and counted events as CSV, PLOVER JSON and CAMEO TSV', async () => {
    const store = SqliteArticleStore.open(':memory:');
    await store.storePage(
      pageFromSpec({
        uri: 'file:a.txt',
        title: 'La Russie livre des vaccins au Vietnam',
        body: 'Un lot de vaccins offert par la Russie est arrivé à Hanoï ce mardi soir.',
        published: '2021-07-20',
        events: [{ type: 'AID', actor: 'RUS', recipient: 'VNM', sectors: ['vaccines'] }],
      }),
    );
    const jsonl = await lines('jsonl', store);
    expect(jsonl).toHaveLength(1);
    expect(JSON.parse(jsonl[0]!).story).toMatch(/^s_/);
    expect(await lines('csv', store)).toHaveLength(2);
    const plover = JSON.parse((await lines('plover', store))[0]!) as { event: string };
    expect(plover.event).toBe('AID');
    const tsv = await lines('cameo-tsv', store);
    expect(tsv[0]).toMatch(/^EventId\t/);
    expect(tsv[1]).toContain('\tRUS\tVNM\t');
    await store.close();
  });
});
