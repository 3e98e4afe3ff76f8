import type { Stage } from '../pipeline/stage.js';
import type { ArticleRecord } from '../records/article.js';
import { detectLanguage } from './detect-language.js';
import { languagePrior, setMainArticleLanguage } from './language-hint.js';

/**
 * Fill `language` per article and per teaser; a language already set (forced by the caller, e.g.
 * `entente analyze --lang`) is kept. Weak evidence is reported as `language.low-confidence`.
 */
export const languageStage: Stage<ArticleRecord, ArticleRecord> = {
  name: 'language',
  run(record, ctx) {
    if (record.language === null) {
      const guess = detectLanguage(record.text, { prior: languagePrior(record) });
      record.language = guess.language;
      if (!guess.confident) {
        ctx.report(
          'language.low-confidence',
          `language "${guess.language}": ${guess.reason}`,
          undefined,
          'info',
        );
      }
    }
    setMainArticleLanguage(record, record.language);
    return record;
  },
};
