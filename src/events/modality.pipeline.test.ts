import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../records/article.js';
import { analysed } from './test-support/pipeline-events.js';

/** "TYPE FLAG "cue"" for each event of a text, from the whole analysis, the flag read by `flag`. */
function flagged(text: string, language: 'fr' | 'en', flag: (event: EventRecord) => string): string[] {
  const record = analysed(text, language);
  return record.events.map(
    (event) => `${event.event} ${flag(event)} "${record.text.slice(event.cue.start, event.cue.end)}"`,
  );
}

/** "TYPE HYP|FACT "cue"" for each event of a text. */
const moods = (text: string, language: 'fr' | 'en'): string[] =>
  flagged(text, language, (event) => (event.hypothetical ? 'HYP' : 'FACT'));

/** "TYPE NEG|POS "cue"" for each event of a text. */
const polarities = (text: string, language: 'fr' | 'en'): string[] =>
  flagged(text, language, (event) => (event.negated ? 'NEG' : 'POS'));

describe('the purpose of an aim (whole pipeline)', () => {
  it('is sought, not done, whether the clause hangs on the aim noun, its participle or its verb', () => {
    expect(
      moods("Efforts accrus pour lever l'embargo de l'Union européenne sur le riz thaïlandais", 'fr'),
    ).toEqual(['CONCEDE HYP "lever l\'embargo"']);
    expect(
      moods(
        "Le ministère a intensifié ses efforts pour lever l'embargo de l'Union européenne sur le riz thaïlandais.",
        'fr',
      ),
    ).toEqual(['CONCEDE HYP "lever l\'embargo"']);
    expect(
      moods("The ministry stepped up efforts to lift the European Union's ban on Thai rice.", 'en'),
    ).toEqual(['CONCEDE HYP "lift the European Union\'s ban"']);
    expect(
      moods(
        "Vietnam sent a delegation to Brussels in a bid to lift the European Union's ban on Thai rice.",
        'en',
      ),
    ).toEqual(['CONCEDE HYP "lift the European Union\'s ban"']);
  });

  it('leaves the purpose of a journey a fact', () => {
    expect(
      moods(
        "La Thaïlande a envoyé une délégation à Bruxelles pour signer un accord avec l'Union européenne.",
        'fr',
      ),
    ).toEqual(['AGREE FACT "signer un accord"']);
  });
});

describe('the act a directive asks of someone (whole pipeline)', () => {
  it('is ordered, not done, whether the parser made it a complement or an adverbial clause', () => {
    expect(
      moods(
        "Le ministère des Affaires étrangères a chargé l'ambassade du Vietnam au Japon de coopérer avec les autorités japonaises pour protéger les marins.",
        'fr',
      ),
    ).toEqual(['COOPERATE HYP "coopérer"']);
    expect(
      moods(
        'The Foreign Ministry instructed the Vietnamese embassy in Japan to cooperate with Japanese authorities to protect the sailors.',
        'en',
      ),
    ).toEqual(['COOPERATE HYP "cooperate"']);
    expect(moods('The president ordered the army to attack Ukrainian positions.', 'en')).toEqual([
      'ASSAULT HYP "attack"',
    ]);
  });
});

describe('an event noun an adjective of time to come modifies (whole pipeline)', () => {
  it('is hypothetical: "the upcoming visit", "sa prochaine visite"', () => {
    expect(moods("The Japanese minister's upcoming visit to Vietnam will focus on trade.", 'en')).toEqual([
      'CONSULT HYP "visit"',
    ]);
    expect(
      moods('Lors de sa prochaine visite au Vietnam, le ministre japonais rencontrera les dirigeants.', 'fr'),
    ).toEqual(['CONSULT HYP "visite au"', 'CONSULT HYP "rencontrera"']);
  });
});

describe('a negative subject or object (whole pipeline)', () => {
  it('negates the act: "aucun … n\'a été", "personne n\'a été", "no … was", "nobody was", "none of"', () => {
    expect(
      polarities(
        "Aucun pêcheur philippin n'a été arrêté par les garde-côtes chinois, a indiqué Manille.",
        'fr',
      ),
    ).toEqual(['COERCE NEG "arrêté"']);
    expect(
      polarities("Personne n'a été tué lors des frappes russes sur Kharkiv, selon le maire.", 'fr'),
    ).toEqual(['ASSAULT NEG "tué"']);
    expect(
      polarities('No Filipino fisherman was arrested by the Chinese coast guard, Manila said.', 'en'),
    ).toEqual(['COERCE NEG "arrested"']);
    expect(
      polarities('Nobody was killed when Russian missiles struck Kharkiv, the mayor said.', 'en'),
    ).toEqual(['ASSAULT NEG "killed"']);
    expect(polarities('China has detained none of the Philippine crew, the ministry said.', 'en')).toEqual([
      'COERCE NEG "detained"',
    ]);
  });

  it('leaves an act with a counted subject asserted', () => {
    expect(
      polarities(
        'Trois pêcheurs philippins ont été arrêtés par les garde-côtes chinois, a indiqué Manille.',
        'fr',
      ),
    ).toEqual(['COERCE POS "arrêtés"']);
  });
});

describe('a noun cue carried by a planning verb (whole pipeline)', () => {
  it('is planned as its object or passive subject, done as the subject of an active verb', () => {
    expect(
      moods('Des frappes aériennes israéliennes ont visé des positions militaires près de Damas.', 'fr'),
    ).toEqual(['ASSAULT FACT "frappes aériennes"']);
    expect(moods("Des pourparlers entre la Chine et l'Inde sont prévus en juin.", 'fr')).toEqual([
      'CONSULT HYP "pourparlers"',
    ]);
    expect(moods('Talks between China and India are planned for June.', 'en')).toEqual([
      'CONSULT HYP "Talks"',
    ]);
  });
});

describe('a passive infinitive clause on a noun (whole pipeline)', () => {
  it('tells what is to be done, while a participle tells what was done', () => {
    expect(
      moods('Chile did not publish the names of the Peruvian officials to be sanctioned.', 'en'),
    ).toEqual(['SANCTION HYP "sanctioned"']);
    expect(moods('Chile published the names of the Peruvian officials sanctioned on Monday.', 'en')).toEqual([
      'SANCTION FACT "sanctioned"',
    ]);
  });
});
