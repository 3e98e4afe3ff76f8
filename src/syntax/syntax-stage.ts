import { recordDatelines } from '../extract/dateline.js';
import type { Stage } from '../pipeline/stage.js';
import type { ArticleRecord } from '../records/article.js';
import { analyzeSyntax } from './analyze-syntax.js';
import { withSyntax } from './record-syntax.js';
import { isSyntaxLanguage } from './syntax-models.js';

/**
 * Sentences, tokens, tags, lemmas and dependency trees of the record's text, computed once and
 * kept as the record's analysis state (`syntaxOf(record)`) for the stages after it. Sentences are
 * split and tokenized here; each is tagged and parsed the first time a later stage reads its words.
 */
export const syntaxStage: Stage<ArticleRecord, ArticleRecord> = {
  name: 'syntax',
  run(record, ctx) {
    const language = record.language;
    if (!isSyntaxLanguage(language)) {
      ctx.report(
        'syntax.unsupported-language',
        `no syntax model for language "${language ?? 'unknown'}"`,
        undefined,
        'info',
      );
      return record;
    }
    const analysis = analyzeSyntax(
      record.text,
      language,
      (ruleId, message, span) => ctx.report(ruleId, message, span),
      { onDemand: true, sentenceEnds: datelineEnds(record) },
    );
    return withSyntax(record, analysis);
  },
};

/** Where the datelines that open the record's paragraphs end ("Hanoï, 8 août (VNA) –"). */
function datelineEnds(record: ArticleRecord): number[] {
  return recordDatelines(record).map((dateline) => dateline.end);
}
