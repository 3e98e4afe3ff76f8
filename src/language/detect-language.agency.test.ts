import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA_DIR, sharedAvailable } from '../test-support/seeds.js';
import { detectLanguage } from './detect-language.js';

// The agency-news dev set is read in place (its texts may not be copied into the repository).
const AGENCY_NEWS = `${SHARED_DATA_DIR}agency-news/dev.jsonl`;

describe.skipIf(!sharedAvailable(AGENCY_NEWS))('detectLanguage on agency-news dev', () => {
  it('names the language of every text, and of every first line given the text language', () => {
    const items = readFileSync(AGENCY_NEWS, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as { id: string; lang: string; text: string });
    const wrong = items.flatMap((item) => {
      const firstLine = item.text.split('\n')[0] ?? '';
      const text = detectLanguage(item.text).language;
      const title = detectLanguage(firstLine, { prior: text }).language;
      return text === item.lang && (title === item.lang || !/\p{L}/u.test(firstLine)) ? [] : [item.id];
    });
    expect(wrong).toEqual([]);
  });
});
