import { describe, expect, it } from 'vitest';
import { buildArticleRecord } from '../extract/build-record.js';
import { analyzeRecords } from '../pipeline/analyze.js';
import { DiagnosticCollector } from '../pipeline/stage.js';
import type { ArticleRecord } from '../records/article.js';
import { recordFromRawText } from '../records/raw-text.js';
import { setDeclaredLanguage } from './language-hint.js';
import { languageStage } from './language-stage.js';

const FRENCH_ARTICLE =
  'Le ministre des Affaires étrangères a reçu mardi son homologue, avec qui il a évoqué la coopération économique et les échanges entre les deux pays.';

function teaserOf(main: ArticleRecord, text: string): ArticleRecord {
  return { ...recordFromRawText(text), kind: 'teaser', parent: main.id, position: 1, source: main.source };
}

describe('languageStage', () => {
  it('keeps a language forced by the caller', () => {
    const record = recordFromRawText(FRENCH_ARTICLE, { language: 'en' });
    expect(languageStage.run(record, new DiagnosticCollector()).language).toBe('en');
  });

  it("gives a teaser its main article's language as prior", () => {
    const main = recordFromRawText(FRENCH_ARTICLE);
    const teaser = teaserOf(main, 'Vu Le Thai Hoang et Bojan Kumer');
    const [analysedMain, analysedTeaser] = analyzeRecords([main, teaser], [languageStage]);
    expect(analysedMain).toMatchObject({ language: 'fr' });
    expect(analysedTeaser).toMatchObject({ language: 'fr' });
  });

  it('uses the declared page language as prior and reports weak evidence', () => {
    const record = recordFromRawText('Photo : VNA');
    setDeclaredLanguage(record.source, 'EN');
    const ctx = new DiagnosticCollector();
    expect(languageStage.run(record, ctx).language).toBe('en');
    expect(ctx.diagnostics.map((d) => d.ruleId)).toEqual(['language.low-confidence']);
  });

  it('reads the declared language of an extracted page, for the article and its teasers', () => {
    const source = { uri: 'page.html', sha256: '0'.repeat(64), format: 'html' as const, fetchedAt: null };
    const draft = {
      title: 'Photo : VNA',
      lead: null,
      body: [],
      captions: [],
      signoff: null,
      published: null,
    };
    const main = buildArticleRecord({ ...draft, declaredLanguage: 'en' }, source, 'article', 0, null);
    const teaser = buildArticleRecord(draft, source, 'teaser', 1, main.id);
    expect(analyzeRecords([main, teaser], [languageStage]).map((r) => (r as ArticleRecord).language)).toEqual(
      ['en', 'en'],
    );
    expect('declaredLanguage' in main).toBe(false);
  });

  it('writes "und" for empty text without a diagnostic', () => {
    const ctx = new DiagnosticCollector();
    expect(languageStage.run(recordFromRawText(''), ctx).language).toBe('und');
    expect(ctx.diagnostics).toEqual([]);
  });

  it('adds no property to the JSON output', () => {
    const record = recordFromRawText(FRENCH_ARTICLE);
    setDeclaredLanguage(record.source, 'fr');
    expect(Object.keys(JSON.parse(JSON.stringify(record)) as object)).toEqual(Object.keys(record));
    expect(Object.keys(record.source)).toEqual(['uri', 'sha256', 'format', 'fetchedAt']);
  });
});
