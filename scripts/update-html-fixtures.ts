// Regenerate src/extract/html/fixtures/<case>/expected.json from source.html.
// Usage: npx tsx scripts/update-html-fixtures.ts   (review the diff like code)
import { writeFileSync } from 'node:fs';
import { HTML_FIXTURES_DIR, htmlFixtureNames, runHtmlFixture } from '../src/extract/html/fixtures.js';

for (const name of htmlFixtureNames()) {
  const result = runHtmlFixture(name);
  writeFileSync(`${HTML_FIXTURES_DIR}${name}/expected.json`, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`updated ${name}/expected.json`);
}
