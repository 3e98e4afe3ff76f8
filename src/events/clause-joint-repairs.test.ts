import { describe, expect, it } from 'vitest';
import { parserWords as words } from './test-support/parser-words.js';
import { pipelineEvents } from './test-support/pipeline-events.js';
import { clauseAfterSemicolon } from './clause-joint-repairs.js';

describe('a clause after a semicolon read as a relative clause', () => {
  // "Le Conseil a prolongé les sanctions; la Chine s'est abstenue." with "abstenue" on "sanctions".
  const misparsed = words([
    ['Le', 'DET', 2, 'det'],
    ['Conseil', 'NOUN', 4, 'nsubj'],
    ['a', 'AUX', 4, 'aux:tense'],
    ['prolongé', 'VERB', 0, 'root'],
    ['les', 'DET', 6, 'det'],
    ['sanctions', 'NOUN', 4, 'obj'],
    [';', 'PUNCT', 12, 'punct'],
    ['la', 'DET', 9, 'det'],
    ['Chine', 'PROPN', 12, 'nsubj'],
    ["s'", 'PRON', 12, 'expl:pv'],
    ['est', 'AUX', 12, 'aux:tense'],
    ['abstenue', 'VERB', 6, 'acl:relcl'],
  ]);

  it('is a clause of its own beside the root', () => {
    expect(clauseAfterSemicolon(misparsed, misparsed[11]!)?.form).toBe('prolongé');
  });

  it('leaves a relative clause after a comma', () => {
    const comma = misparsed.map((word) => (word.form === ';' ? { ...word, form: ',' } : word));
    expect(clauseAfterSemicolon(comma, comma[11]!)).toBeNull();
  });

  it('keeps the first clause’s act its subject’s (whole pipeline)', () => {
    const found = pipelineEvents(
      "Le Conseil de sécurité de l'ONU a prolongé le 30 mai les sanctions contre la Libye; la Russie s'est abstenue.",
      'fr',
    );
    expect(found).toContain('SANCTION IGO>LBY');
    expect(found.some((event) => event.startsWith('SANCTION RUS'))).toBe(false);
  });
});
