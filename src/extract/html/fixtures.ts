import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DiagnosticCollector } from '../../pipeline/stage.js';
import type { Diagnostic } from '../../records/article.js';
import type { SegmentedPage } from '../article-draft.js';
import { segmentHtml } from './segment-html.js';

/** Folder of the golden HTML fixtures: `<case>/source.html` and `<case>/expected.json`. */
export const HTML_FIXTURES_DIR = fileURLToPath(
  new URL('../../../src/extract/html/fixtures/', import.meta.url),
);

/** What a fixture's `expected.json` holds: the segmented page and the diagnostics reported. */
export interface HtmlFixtureResult {
  segmented: SegmentedPage;
  diagnostics: Diagnostic[];
}

/** Names of the fixture cases, sorted. */
export function htmlFixtureNames(): string[] {
  return readdirSync(HTML_FIXTURES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** Segment one fixture's `source.html` as the golden test and the update script both do. */
export function runHtmlFixture(name: string): HtmlFixtureResult {
  const html = readFileSync(`${HTML_FIXTURES_DIR}${name}/source.html`, 'utf8');
  const ctx = new DiagnosticCollector();
  const segmented = segmentHtml(html, ctx);
  return { segmented, diagnostics: ctx.diagnostics };
}
