import type { ArticleRecord, SourceInfo } from '../records/article.js';

// Hints live beside the records, keyed by the `source` object that all records of one page
// share, so they never reach the JSON output and vanish with the page.
const declaredBySource = new WeakMap<SourceInfo, string>();
const mainLanguageBySource = new WeakMap<SourceInfo, string>();

/** Remember the language a page declares (`<html lang>`) as a hint for all of its records. */
export function setDeclaredLanguage(source: SourceInfo, declared: string | null | undefined): void {
  if (declared) declaredBySource.set(source, declared.toLowerCase());
}

/** The language a page declared for the records sharing `source` (to hand to another thread with them). */
export function declaredLanguage(source: SourceInfo): string | null {
  return declaredBySource.get(source) ?? null;
}

/** Remember the detected language of a page's main article, the prior for its teasers. */
export function setMainArticleLanguage(record: ArticleRecord, language: string): void {
  if (record.kind === 'article') mainLanguageBySource.set(record.source, language);
}

/** The expected language of a record: its main article's for a teaser, else the page's declared one. */
export function languagePrior(record: ArticleRecord): string | null {
  const main = record.kind === 'teaser' ? mainLanguageBySource.get(record.source) : undefined;
  if (main && main !== 'und') return main;
  return declaredBySource.get(record.source) ?? null;
}
