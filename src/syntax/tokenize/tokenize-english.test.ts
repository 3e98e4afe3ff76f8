import { describe, expect, it } from 'vitest';
import { sentenceTexts as sentences, tokenTexts as tokens } from './test-support/token-texts.js';

describe('tokenizeText (English, UD EWT conventions)', () => {
  it('keeps contractions and possessives as one surface token, as EWT multiword tokens', () => {
    expect(tokens("I don't think they can't see China's and the kids' point", 'en')).toBe(
      "I | don't | think | they | can't | see | China's | and | the | kids' | point",
    );
  });

  it('keeps abbreviations, acronyms, URLs, e-mail addresses and emoticons whole', () => {
    expect(
      tokens(
        'Mr. Smith of the U.S. Navy wrote to jane.doe@example.org (see https://example.org/a?b=1) :)',
        'en',
      ),
    ).toBe(
      'Mr. | Smith | of | the | U.S. | Navy | wrote | to | jane.doe@example.org | ( | see | https://example.org/a?b=1 | ) | :)',
    );
  });

  it('ends a sentence after an acronym only before a clear opener, and gives it the dot', () => {
    expect(sentences('He flew to the U.S. The talks began. Dr. Lee spoke for the U.S. Navy.', 'en')).toEqual([
      'He | flew | to | the | U.S | .',
      'The | talks | began | .',
      'Dr. | Lee | spoke | for | the | U.S. | Navy | .',
    ]);
    expect(
      sentences('Talks resume on Jan. 5 at Acme Inc. in Geneva, not at Acme Inc. They said so.', 'en'),
    ).toEqual([
      'Talks | resume | on | Jan. | 5 | at | Acme | Inc. | in | Geneva | , | not | at | Acme | Inc | .',
      'They | said | so | .',
    ]);
  });

  it('keeps numbers and prefixed words whole, cuts other hyphens off as EWT does, and keeps emoji', () => {
    expect(tokens('About 1,500 well-known e-mail users 👍🏽 cheered 🇫🇷!', 'en')).toBe(
      'About | 1,500 | well | - | known | e-mail | users | 👍🏽 | cheered | 🇫🇷 | !',
    );
  });

  it('keeps closing quotes with the sentence they close', () => {
    expect(sentences('"We agree." They signed (finally.) Then "why?" he asked.', 'en')).toEqual([
      '" | We | agree | . | "',
      'They | signed | ( | finally | . | )',
      'Then | " | why | ? | " | he | asked | .',
    ]);
  });

  it('keeps phone numbers, host and file names and hashtags whole', () => {
    expect(tokens('Call 555-010-4477 or see news.example.co.uk and report_2024.pdf #diplomacy', 'en')).toBe(
      'Call | 555-010-4477 | or | see | news.example.co.uk | and | report_2024.pdf | #diplomacy',
    );
  });

  it('starts a sentence with a lower-case word after a full stop, as web text does', () => {
    expect(sentences('see alt.news.misc', 'en')).toEqual(['see | alt | . | news | . | misc']);
    expect(sentences('we met at 5pm. it went well! "really?" she asked', 'en')).toEqual([
      'we | met | at | 5 | pm | .',
      'it | went | well | !',
      '" | really | ? | " | she | asked',
    ]);
  });
});
