import type { ArticleRecord } from '../records/article.js';
import type { SyntaxAnalysis } from './types.js';

/**
 * The record's analysis state: the syntax computed once by the syntax stage, read by the entity,
 * date and event stages. It rides on the record under a symbol, so stages that copy the record
 * (`{ ...record, events }`) keep it and JSON output never shows it.
 */
const SYNTAX = Symbol('entente.syntax');

type WithSyntax = ArticleRecord & { [SYNTAX]?: SyntaxAnalysis };

export function syntaxOf(record: ArticleRecord): SyntaxAnalysis | null {
  return (record as WithSyntax)[SYNTAX] ?? null;
}

export function withSyntax(record: ArticleRecord, analysis: SyntaxAnalysis): ArticleRecord {
  const next: WithSyntax = { ...record };
  next[SYNTAX] = analysis;
  return next;
}

/** The record without its analysis state: what leaves the pipeline is plain data. */
export function withoutSyntax(record: ArticleRecord): ArticleRecord {
  if ((record as WithSyntax)[SYNTAX] === undefined) return record;
  const next: WithSyntax = { ...(record as WithSyntax) };
  delete next[SYNTAX];
  return next;
}
