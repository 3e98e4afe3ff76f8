import { describe, expect, it } from 'vitest';
import { parseConllu } from '../syntax/conllu.js';
import type { SyntaxWord } from '../syntax/types.js';
import { coded, country, summary } from './test-support/coded-trees.js';
import { repairedWords } from './tree-repairs.js';

/** Words of a CoNLL-U block (offsets do not matter to the repair). */
function words(conllu: string): SyntaxWord[] {
  const [sentence] = parseConllu(conllu);
  return sentence!.words.map((word, i) => ({
    id: i + 1,
    form: word.form,
    lemma: word.lemma,
    upos: word.upos,
    feats: {},
    head: word.head,
    deprel: word.deprel,
    start: 0,
    end: 0,
    token: i,
  })) as SyntaxWord[];
}

const row = (id: number, form: string, upos: string, head: number, deprel: string): string =>
  [id, form, form.toLowerCase(), upos, '_', '_', head, deprel, '_', '_'].join('\t');

describe('tree repairs', () => {
  it('reads a clause "conjoined" with no conjunction or comma, with a subject of its own, as the complement', () => {
    const misparsed = words(
      [
        '# text = Cuba says Spain will help.',
        row(1, 'Cuba', 'PROPN', 2, 'nsubj'),
        row(2, 'says', 'VERB', 0, 'root'),
        row(3, 'Spain', 'PROPN', 5, 'nsubj'),
        row(4, 'will', 'AUX', 5, 'aux'),
        row(5, 'help', 'VERB', 2, 'conj'),
        row(6, '.', 'PUNCT', 2, 'punct'),
      ].join('\n'),
    );
    const repaired = repairedWords(misparsed);
    expect(repaired[4]!.deprel).toBe('ccomp');
    expect(misparsed[4]!.deprel).toBe('conj');
    expect(repaired[0]).toBe(misparsed[0]);
  });

  it('keeps real coordinations: with "and", after a comma, or sharing the subject', () => {
    const coordinated = (joiner: string, subject: boolean): readonly SyntaxWord[] =>
      repairedWords(
        words(
          [
            '# text = x',
            row(1, 'Cuba', 'PROPN', 2, 'nsubj'),
            row(2, 'met', 'VERB', 0, 'root'),
            row(3, 'Spain', 'PROPN', 2, 'obj'),
            joiner === ''
              ? row(4, 'then', 'ADV', 6, 'advmod')
              : row(4, joiner, joiner === ',' ? 'PUNCT' : 'CCONJ', 6, joiner === ',' ? 'punct' : 'cc'),
            subject ? row(5, 'Peru', 'PROPN', 6, 'nsubj') : row(5, 'soon', 'ADV', 6, 'advmod'),
            row(6, 'signed', 'VERB', 2, 'conj'),
            row(7, '.', 'PUNCT', 2, 'punct'),
          ].join('\n'),
        ),
      );
    expect(coordinated('and', true)[5]!.deprel).toBe('conj');
    expect(coordinated(',', true)[5]!.deprel).toBe('conj');
    expect(coordinated('', false)[5]!.deprel).toBe('conj');
  });

  it('a promise inside what another party hopes for is not made (the parser had coordinated the clauses)', () => {
    const { events } = coded(
      'en',
      ['hopes-will-continue-misparsed'],
      [country('Thailand', 'THA'), country('Laos', 'LAO')],
    );
    const promises = events.filter((event) => event.event === 'AGREE');
    expect(promises.map(summary)).toEqual(['AGREE LAO>THA']);
    expect(promises.every((event) => event.hypothetical)).toBe(true);
  });
});

describe('a name after its title and a comma, hung on the verb', () => {
  const received = (nameHead: number, nameRelation: string, caseWord = false): readonly SyntaxWord[] =>
    repairedWords(
      words(
        [
          '# text = x',
          row(1, 'Il', 'PRON', 2, 'nsubj'),
          row(2, 'reçut', 'VERB', 0, 'root'),
          row(3, 'son', 'DET', 4, 'det'),
          row(4, 'homologue', 'NOUN', 2, 'obj'),
          row(5, 'chilien', 'ADJ', 4, 'amod'),
          row(6, ',', 'PUNCT', 7, 'punct'),
          caseWord
            ? row(7, 'Talca', 'PROPN', nameHead, nameRelation)
            : row(7, 'Mora', 'PROPN', nameHead, nameRelation),
          caseWord ? row(8, 'à', 'ADP', 7, 'case') : row(8, '.', 'PUNCT', 2, 'punct'),
        ].join('\n'),
      ),
    );

  it('is the apposition of the title the argument before the comma has', () => {
    const repaired = received(2, 'obl:mod');
    expect(repaired[6]!.deprel).toBe('appos');
    expect(repaired[6]!.head).toBe(4);
  });

  it('stays where it is with a preposition of its own or under another word', () => {
    expect(received(2, 'obl:mod', true)[6]!.deprel).toBe('obl:mod');
    expect(received(4, 'appos')[6]!.head).toBe(4);
    expect(received(2, 'nsubj')[6]!.deprel).toBe('nsubj');
  });
});

describe('subjects the parser left elsewhere', () => {
  const kenya = [
    { type: 'person' as const, name: 'William Ruto', country: 'KEN' },
    { type: 'person' as const, name: 'Lula', country: 'BRA' },
    country('Brazil', 'BRA'),
  ];

  it('the subject after an introductory phrase, hung on its last name as an apposition, acts', () => {
    const { events } = coded('en', ['invitation-subject-as-appos'], kenya);
    expect(events.map(summary)).toEqual(['CONSULT KEN>BRA']);
  });

  it('of two subjects, the one after a preposition is no subject', () => {
    const { events } = coded(
      'en',
      ['meeting-with-two-subjects'],
      [
        { type: 'person', name: 'Jean Dupont', country: 'FRA' },
        { type: 'person', name: 'Ana Costa', country: 'PRT' },
        country('France', 'FRA'),
      ],
    );
    expect(events.map(summary)).toEqual(['REQUEST PRT>FRA']);
  });
});

describe('an infinitive the parser hung on the verb beside its object', () => {
  it('completes a noun that takes an infinitive: the decision criticised is no act of the critic', () => {
    const { events } = coded(
      'fr',
      ['decision-infinitive-on-verb'],
      [country('Brésil', 'BRA'), country('Argentine', 'ARG')],
    );
    expect(events.map(summary)).toEqual(['ACCUSE BRA>ARG']);
  });
});

describe('two titled names coordinated as the subject (English misparses)', () => {
  const leaders = [
    { type: 'person' as const, name: 'Gustavo Petro', country: 'COL' },
    { type: 'person' as const, name: 'Daniel Noboa', country: 'ECU' },
    { type: 'person' as const, name: 'Lula', country: 'BRA' },
    { type: 'person' as const, name: 'Gabriel Boric', country: 'CHL' },
    { type: 'person' as const, name: 'Dina Boluarte', country: 'PER' },
  ];

  it('reads both names as the subject, whatever the parser hung the verb on', () => {
    for (const [id, pair] of [
      ['coordinated-titled-subjects-two-nsubj', 'COL,ECU'],
      ['coordinated-titled-subjects-appos', 'BRA,CHL'],
      ['coordinated-titled-subjects-relative', 'BRA,PER'],
    ] as const) {
      const { events } = coded('en', [id], leaders);
      expect(events.map(summary), id).toEqual([`CONSULT ${pair}>${pair}`]);
    }
  });
});

describe('pronouns the parser read in the wrong role', () => {
  const lexicon = {
    infinitiveNouns: new Set<string>(),
    objectControl: new Set<string>(),
    subjectPronouns: new Set(['il', 'elle', 'ils', 'elles', 'on']),
    passiveAuxiliaryLemmas: new Set<string>(),
  };

  it('reads a subject-only pronoun labelled as an object, and a relative after a preposition, right', () => {
    const misparsed = words(
      [
        '# text = Pedro, à qui il a demandé de venir.',
        row(1, 'Pedro', 'PROPN', 0, 'root'),
        row(2, ',', 'PUNCT', 6, 'punct'),
        row(3, 'à', 'ADP', 4, 'case'),
        row(4, 'qui', 'PRON', 7, 'expl:subj'),
        row(5, 'il', 'PRON', 7, 'iobj'),
        row(6, 'a', 'AUX', 7, 'aux:tense'),
        row(7, 'demandé', 'VERB', 1, 'acl:relcl'),
        row(8, 'de', 'ADP', 9, 'mark'),
        row(9, 'venir', 'VERB', 7, 'xcomp'),
        row(10, '.', 'PUNCT', 1, 'punct'),
      ].join('\n'),
    );
    misparsed[3] = { ...misparsed[3]!, feats: { PronType: 'Rel' } };
    const repaired = repairedWords(misparsed, lexicon);
    expect(repaired[4]).toMatchObject({ form: 'il', head: 7, deprel: 'nsubj' });
    expect(repaired[3]).toMatchObject({ form: 'qui', head: 7, deprel: 'obl:arg' });
  });
});
