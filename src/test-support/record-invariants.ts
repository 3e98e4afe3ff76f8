import type { OutputRecord, Span } from '../records/article.js';

function spanProblem(label: string, span: Span, textLength: number): string | null {
  const { start, end } = span;
  const inBounds =
    Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= textLength;
  return inBounds ? null : `${label} [${start}, ${end}) is outside text of length ${textLength}`;
}

/**
 * What a record breaks of the contract's structural rules (empty when none): spans that do
 * not slice `text`, NBSP or CR left in `text`, an error message that does not name its input.
 */
export function recordInvariantViolations(record: OutputRecord): string[] {
  if (record.kind === 'error') {
    return record.error.message.includes(record.source.uri)
      ? []
      : [`error message does not name ${record.source.uri}: ${record.error.message}`];
  }
  const problems: string[] = [];
  const length = record.text.length;
  record.paragraphs.forEach((span, i) => {
    const problem = spanProblem(`paragraph ${i}`, span, length);
    if (problem) problems.push(problem);
  });
  if (record.dateline) {
    const problem = spanProblem('dateline', record.dateline, length);
    if (problem) problems.push(problem);
  }
  if (record.text.includes('\u00A0')) problems.push('text contains a no-break space');
  if (record.text.includes('\r')) problems.push('text contains a carriage return');
  return problems;
}
