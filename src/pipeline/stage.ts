import type { Diagnostic, Severity, Span } from '../records/article.js';

/** What a stage may use besides its input: diagnostics, never files, network or the store. */
export interface StageContext {
  /** Record a problem on the document being processed instead of throwing. */
  report(ruleId: string, message: string, span?: Span, severity?: Severity): void;
}

/** One pipeline step: a pure function of its input and context. */
export interface Stage<In, Out> {
  readonly name: string;
  run(input: In, ctx: StageContext): Out;
}

/** A context that collects diagnostics into an array (the usual one for one document). */
export class DiagnosticCollector implements StageContext {
  readonly diagnostics: Diagnostic[] = [];

  report(ruleId: string, message: string, span?: Span, severity: Severity = 'warning'): void {
    const diagnostic: Diagnostic = { ruleId, severity, message };
    if (span) diagnostic.span = span;
    this.diagnostics.push(diagnostic);
  }
}
