import type { Stage } from '../pipeline/stage.js';
import type { ArticleRecord } from '../records/article.js';
import { findDates } from './find-dates.js';
import type { DateLanguage } from './locales.js';

function languagesFor(language: string | null): DateLanguage[] {
  if (language === 'fr' || language === 'en') return [language];
  // Undetermined short texts are still searched, French first (the project's main sources).
  return language === null || language === 'und' ? ['fr', 'en'] : [];
}

/** Fill `record.dates` from the record's own text and publication date (never another record's). */
export const datesStage: Stage<ArticleRecord, ArticleRecord> = {
  name: 'dates',
  run(record, ctx) {
    const languages = languagesFor(record.language);
    if (languages.length === 0) {
      ctx.report(
        'dates.unsupported-language',
        `no date parser for language "${record.language}"`,
        undefined,
        'info',
      );
      record.dates = [];
      return record;
    }
    const datelineSpan = record.dateline ? { start: record.dateline.start, end: record.dateline.end } : null;
    record.dates = findDates(record.text, { languages, published: record.published, datelineSpan }, ctx);
    return record;
  },
};
