import { describe, expect, it } from 'vitest';
import { analyzeRecord } from '../pipeline/analyze.js';
import type { Stage } from '../pipeline/stage.js';
import type { ArticleRecord } from '../records/article.js';
import { recordFromRawText } from '../records/raw-text.js';
import { syntaxOf, withSyntax, withoutSyntax } from './record-syntax.js';
import { syntaxStage } from './syntax-stage.js';

describe("the record's syntax state", () => {
  it('survives stages that copy the record, never shows in JSON, and is gone after the pipeline', () => {
    const record = recordFromRawText('Le ministre a reçu son homologue.');
    const seen: Array<ReturnType<typeof syntaxOf>> = [];
    const copying: Stage<ArticleRecord, ArticleRecord> = {
      name: 'copying',
      run: (input) => ({ ...input, events: [] }),
    };
    const reading: Stage<ArticleRecord, ArticleRecord> = {
      name: 'reading',
      run: (input) => {
        seen.push(syntaxOf(input));
        return input;
      },
    };
    const out = analyzeRecord({ ...record, language: 'fr' }, [syntaxStage, copying, reading]);
    expect(seen[0]?.sentences[0]?.words.map((word) => word.form)).toEqual([
      'Le',
      'ministre',
      'a',
      'reçu',
      'son',
      'homologue',
      '.',
    ]);
    expect(syntaxOf(out)).toBeNull();
    const state = withSyntax(out, seen[0]!);
    expect(JSON.stringify(state)).toBe(JSON.stringify(out));
    expect(syntaxOf(withoutSyntax(state))).toBeNull();
  });
});
