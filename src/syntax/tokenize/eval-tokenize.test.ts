import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConllu } from '../conllu.js';
import { evalTokenize } from './eval-tokenize.js';
import { treebankDocuments } from './treebank-documents.js';

/** Two sentences written for this test: a contraction range and a title without a final dot. */
const CONLLU = [
  '# sent_id = doc-1',
  '# text = Visite du ministre',
  '1\tVisite\tvisite\tNOUN\t_\t_\t0\troot\t_\t_',
  '2-3\tdu\t_\t_\t_\t_\t_\t_\t_\t_',
  '2\tde\tde\tADP\t_\t_\t4\tcase\t_\t_',
  '3\tle\tle\tDET\t_\t_\t4\tdet\t_\t_',
  '4\tministre\tministre\tNOUN\t_\t_\t1\tnmod\t_\t_',
  '',
  '# sent_id = doc-2',
  "# text = L'accord est signé.",
  "1\tL'\tle\tDET\t_\t_\t2\tdet\t_\tSpaceAfter=No",
  '2\taccord\taccord\tNOUN\t_\t_\t4\tnsubj:pass\t_\t_',
  '3\test\têtre\tAUX\t_\t_\t4\taux:pass\t_\t_',
  '4\tsigné\tsigner\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t_\t_\t4\tpunct\t_\t_',
  '',
].join('\n');

const folder = mkdtempSync(join(tmpdir(), 'entente-eval-tokenize-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('treebankDocuments', () => {
  it('joins a document with a line break after a title and locates gold surface tokens', () => {
    const [document] = treebankDocuments(parseConllu(CONLLU));
    expect(document!.text).toBe("Visite du ministre\nL'accord est signé.");
    expect(document!.tokens.map((span) => document!.text.slice(span.start, span.end))).toEqual([
      'Visite',
      'du',
      'ministre',
      "L'",
      'accord',
      'est',
      'signé',
      '.',
    ]);
    expect(document!.sentences).toHaveLength(2);
  });
});

describe('evalTokenize', () => {
  it('prints token and sentence F1 and ends with the summary line', () => {
    const file = join(folder, 'tiny.conllu');
    writeFileSync(file, CONLLU);
    const lines = evalTokenize(file, 'fr').split('\n');
    expect(lines.at(-1)).toBe('TOKENS F1 1.0000 SENTENCES F1 1.0000 n 2');
    expect(lines.some((line) => line.includes('tokens per CPU second'))).toBe(true);
  });
});
