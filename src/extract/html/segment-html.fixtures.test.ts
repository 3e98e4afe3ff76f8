import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HTML_FIXTURES_DIR, htmlFixtureNames, runHtmlFixture, type HtmlFixtureResult } from './fixtures.js';

// Golden fixtures: regenerate with `npx tsx scripts/update-html-fixtures.ts` and review the diff.
describe('segmentHtml golden fixtures', () => {
  for (const name of htmlFixtureNames()) {
    it(name, () => {
      const expected = JSON.parse(
        readFileSync(`${HTML_FIXTURES_DIR}${name}/expected.json`, 'utf8'),
      ) as HtmlFixtureResult;
      expect(runHtmlFixture(name)).toEqual(expected);
    });
  }
});
