import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cpuMs } from '../test-support/cpu-time.js';
import { DiagnosticCollector } from '../pipeline/stage.js';
import type { ArticleRecord, EventRecord } from '../records/article.js';
import { eventsStage } from './events-stage.js';
import { fixtureRecord, type FixtureDate, type FixtureEntity } from './fixture-record.js';

const VNM: FixtureEntity = {
  type: 'country',
  name: 'Vietnam',
  country: 'VNM',
  surfaces: ['Vietnam', 'vietnamien', 'vietnamienne', 'vietnamiens'],
};
/** A state named by one surface form. */
const country = (name: string, code: string): FixtureEntity => ({
  type: 'country',
  name,
  country: code,
  surfaces: [name],
});
const RUS: FixtureEntity = {
  type: 'country',
  name: 'Russie',
  country: 'RUS',
  surfaces: ['Russie', 'russe', 'russes'],
};
const MINH: FixtureEntity = {
  type: 'person',
  name: 'Pham Binh Minh',
  country: 'VNM',
  surfaces: ['Pham Binh Minh', 'Minh'],
};
const LAVROV: FixtureEntity = {
  type: 'person',
  name: 'Sergueï Lavrov',
  country: 'RUS',
  surfaces: ['Sergueï Lavrov', 'Lavrov'],
};

function run(text: string, entities: FixtureEntity[], dates: FixtureDate[] = [], language = 'fr') {
  const ctx = new DiagnosticCollector();
  const record = eventsStage.run(fixtureRecord(text, language, entities, dates), ctx);
  return { record, events: record.events, diagnostics: ctx.diagnostics };
}

const side = (actors: EventRecord['actor']): string => actors.map((a) => a.code).join(',');
const summary = (e: EventRecord): string => `${e.event} ${side(e.actor)}>${side(e.recipient)}`;
const slice = (record: ArticleRecord, span: { start: number; end: number }): string =>
  record.text.slice(span.start, span.end);

describe('eventsStage: clause analysis', () => {
  it('codes a phone call with its persons, mode, date, evidence and cue', () => {
    const { record, events } = run(
      'Le 29 mai, le ministre Pham Binh Minh a eu une conversation téléphonique avec le ministre russe Sergueï Lavrov.',
      [MINH, LAVROV, RUS],
      [{ text: '29 mai', value: 'XXXX-05-29' }],
    );
    expect(events).toHaveLength(1);
    const [call] = events;
    expect(summary(call!)).toBe('CONSULT VNM>RUS');
    expect(call!.mode).toEqual(['phone']);
    expect(call!.cameo).toBe('041');
    expect(call!.quad).toBe(1);
    expect(call!.actor[0]!.entity).toBe('e1');
    expect(call!.date).toEqual({ text: '29 mai', value: 'XXXX-05-29' });
    expect(slice(record, call!.cue)).toBe('conversation téléphonique');
    expect(slice(record, call!.evidence)).toBe(record.text);
    expect(call!.ruleId).toBe('fr.consult.phone-call');
  });

  it('lists both countries on both sides of reciprocal events and for "les deux parties"', () => {
    const text =
      'Pham Binh Minh et Sergueï Lavrov ont convenu de renforcer la coopération. Les deux parties ont décidé de coopérer.';
    const { events } = run(text, [MINH, LAVROV, VNM, RUS]);
    expect(events.map(summary)).toEqual(['AGREE VNM,RUS>VNM,RUS', 'AGREE VNM,RUS>VNM,RUS']);
  });

  it('resolves "il" to the last person who acted and the recipient to the other side of the dyad', () => {
    const text = 'Sergueï Lavrov a reçu Pham Binh Minh à Moscou. Il a salué les progrès de la coopération.';
    const { events } = run(text, [MINH, LAVROV, { type: 'place', name: 'Moscou', country: 'RUS' }]);
    expect(events.map(summary)).toEqual(['CONSULT RUS>VNM', 'SUPPORT RUS>VNM']);
    expect(events[0]!.place).toEqual({ name: 'Moscou', code: 'RUS' });
  });

  it('keeps the speaker as actor of a speech act and the embedded subject otherwise', () => {
    const { events } = run('Le Vietnam a déclaré que la Russie avait accepté la proposition.', [VNM, RUS]);
    expect(events.map(summary)).toEqual(['AGREE RUS>VNM']);
    const en = run(
      'The United States said that China must end its drills.',
      [
        { type: 'country', name: 'United States', country: 'USA' },
        { type: 'country', name: 'China', country: 'CHN' },
      ],
      [],
      'en',
    );
    expect(en.events.map(summary)[0]).toBe('REQUEST USA>CHN');
  });

  it('finds the agent of passives and of nouns after "par"/"by" or as an adjacent demonym', () => {
    const passive = run('Un message de félicitations a été adressé au Vietnam par la Russie.', [VNM, RUS]);
    expect(passive.events.map(summary)).toEqual(['SUPPORT RUS>VNM']);
    const noun = run("L'arrestation de pêcheurs vietnamiens par la police russe a eu lieu lundi.", [
      VNM,
      RUS,
    ]);
    expect(noun.events.map(summary)).toEqual(['COERCE RUS>VNM']);
  });

  it('marks negation and modality', () => {
    const { events } = run(
      "La Russie n'a pas signé l'accord. Le Vietnam pourrait expulser un diplomate russe.",
      [VNM, RUS],
    );
    expect(events.map((e) => [e.event, e.negated, e.hypothetical])).toEqual([
      ['AGREE', true, false],
      ['SANCTION', false, true],
    ]);
    expect(events[0]!.commitment).toBeNull();
    const en = run(
      'Japan did not sign the treaty.',
      [{ type: 'country', name: 'Japan', country: 'JPN' }],
      [],
      'en',
    );
    expect(en.events[0]!.negated).toBe(true);
  });

  it('records commitments with what and the due date after the cue', () => {
    const { events } = run(
      "L'ambassadeur vietnamien a demandé à la Russie de fournir des vaccins en juillet ou en août.",
      [VNM, RUS],
      [{ text: 'en juillet ou en août', value: '[XXXX-07,XXXX-08]', grain: 'month' }],
    );
    expect(events[0]!.commitment).toEqual({
      kind: 'request',
      by: 'VNM',
      to: 'RUS',
      what: 'fournir des vaccins en juillet ou en août',
      due: { text: 'en juillet ou en août', value: '[XXXX-07,XXXX-08]' },
      status: 'open',
    });
    expect(events[0]!.sectors).toContain('vaccines');
    expect(events[0]!.date).toBeNull();
  });

  it('does not code what a request asks for as an event of its own, nor "sur invitation de"', () => {
    const { events } = run(
      'Sur invitation de la Russie, le Vietnam a demandé à la Russie de soutenir ses exportations.',
      [VNM, RUS],
    );
    expect(events.map((e) => e.event)).toEqual(['REQUEST']);
  });

  it('merges an event restated in the dateline paragraph into the lead one', () => {
    const text = [
      'Titre',
      'Le Vietnam a salué la Russie.',
      'Hanoï (VNA) – Le Vietnam a salué la Russie le 3 mai.',
      'Le Vietnam a félicité la Russie une nouvelle fois.',
    ].join('\n\n');
    const { record, events } = run(text, [VNM, RUS], [{ text: '3 mai', value: 'XXXX-05-03' }]);
    expect(events).toHaveLength(2);
    expect(events[0]!.evidence.start).toBe(record.paragraphs[1]!.start);
    expect(events[0]!.date?.value).toBe('XXXX-05-03');
  });

  it('gives a headline event to the body sentence that tells it again, and keeps one the body never tells', () => {
    const text = [
      'Le Vietnam salue la Russie',
      'Le ministre Pham Binh Minh a salué la Russie le 3 mai à Hanoï.',
    ].join('\n\n');
    const { record, events } = run(text, [VNM, RUS, MINH], [{ text: '3 mai', value: 'XXXX-05-03' }]);
    expect(events).toHaveLength(1);
    expect(events[0]!.evidence.start).toBe(record.paragraphs[1]!.start);
    const alone = run('Le Vietnam salue la Russie\n\nLe Vietnam a reçu la Russie.', [VNM, RUS]).events;
    expect(alone.map((event) => event.event).sort()).toEqual(['CONSULT', 'SUPPORT']);
  });

  it('reads the first line of a raw text as its headline when a caption and the body follow in the same block', () => {
    const text = [
      'Le Vietnam salue la Russie',
      'Le ministre Pham Binh Minh à Hanoï. (Photo : VNA)',
      'Le ministre Pham Binh Minh a salué la Russie le 3 mai à Hanoï.',
    ].join('\n');
    const { events } = run(text, [VNM, RUS, MINH], [{ text: '3 mai', value: 'XXXX-05-03' }]);
    expect(events).toHaveLength(1);
    expect(events[0]!.date?.value).toBe('XXXX-05-03');
  });

  it('gives what "les manifestants" do to the group that acted last', () => {
    const text =
      "La communauté vietnamienne a manifesté devant l'ambassade de Chine. Les manifestants ont exigé que la Chine retire sa plateforme.";
    const { events } = run(text, [country('vietnamienne', 'VNM'), country('Chine', 'CHN')]);
    const request = events.find((event) => event.event === 'REQUEST');
    expect(request?.actor.map((side) => side.code)).toEqual(['VNM']);
    expect(request?.recipient.map((side) => side.code)).toEqual(['CHN']);
  });

  it('reads a march by its purpose, never a market ("marché" folds to "marche")', () => {
    const states = [country('France', 'FRA'), country('Russie', 'RUS')];
    expect(run('Le marché de la France a progressé face à la Russie.', states).events).toEqual([]);
    const march = run("Des milliers de Français ont défilé à Paris lors d'une marche contre la Russie.", [
      country('Français', 'FRA'),
      country('Russie', 'RUS'),
    ]).events;
    expect(march.map((event) => event.event)).toEqual(['PROTEST']);
  });

  it('codes no attack, threat or withdrawal in a sentence about sport', () => {
    const japan = country('japonais', 'JPN');
    const korea = country('Corée', 'KOR');
    const text = 'Les joueurs japonais ont attaqué et menacé la Corée pendant tout le match.';
    expect(run(text, [japan, korea]).events).toEqual([]);
    const war = 'Les soldats japonais ont attaqué la Corée.';
    expect(run(war, [japan, korea]).events.map((event) => event.event)).toEqual(['ASSAULT']);
  });

  it('codes no event in a photo caption left in a raw text, and the body glued after its credit', () => {
    const text = [
      'Titre',
      'Le Vietnam a salué la Russie. Photo : VNA',
      'Hanoï (VNA) – Le Vietnam a condamné la Russie. (Photo : VNA)Le Vietnam a critiqué la Russie.',
    ].join('\n\n');
    const { record, events } = run(text, [VNM, RUS]);
    expect(events.map((event) => slice(record, event.cue))).toEqual(['critiqué']);
  });

  it('keeps two agreements to different acts apart, even with the same cue words', () => {
    const text = [
      'Titre',
      'Un paragraphe.',
      'Un autre paragraphe.',
      'Le Vietnam et la Russie ont convenu de renforcer les échanges commerciaux.',
      'Le Vietnam et la Russie ont convenu de poursuivre les négociations sur un accord commercial.',
      'Le Vietnam et la Russie ont convenu de renforcer les échanges commerciaux et culturels.',
    ].join('\n\n');
    const agreed = run(text, [VNM, RUS]).events.filter((event) => event.event === 'AGREE');
    expect(agreed.map((event) => event.commitment?.what?.split(' ')[0])).toEqual(['renforcer', 'poursuivre']);
  });

  it('gives talks held during a reported visit the visit mode', () => {
    const text =
      'Sergueï Lavrov effectue une visite officielle au Vietnam. Il a eu un entretien avec Pham Binh Minh.';
    const { events } = run(text, [MINH, LAVROV, VNM]);
    expect(events.map((e) => [e.event, e.mode])).toEqual([
      ['CONSULT', ['visit']],
      ['CONSULT', ['visit']],
    ]);
  });

  it('reports and skips languages without a lexicon', () => {
    const { events, diagnostics } = run('Việt Nam và Nga', [], [], 'vi');
    expect(events).toEqual([]);
    expect(diagnostics[0]!.ruleId).toBe('events.unsupported-language');
  });
});

describe('eventsStage: pathological input', () => {
  it('never throws, whatever the text and the mentions', () => {
    const words = fc.constantFrom(
      'Le',
      'Vietnam',
      'a',
      'salué',
      'la',
      'Russie',
      ',',
      '.',
      "n'",
      'pas',
      '\n\n',
      'M.',
      'ils',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(words, fc.string()), { maxLength: 40 }),
        fc.constantFrom('fr', 'en'),
        (parts, language) => {
          const record = fixtureRecord(parts.join(' '), language, [VNM, RUS]);
          expect(() => eventsStage.run(record, new DiagnosticCollector())).not.toThrow();
        },
      ),
      { numRuns: 200 },
    );
  });

  const runOn = (text: string, entities: FixtureEntity[]): { ms: number; diagnostics: string[] } => {
    const record = fixtureRecord(text, 'fr', entities);
    let best = Infinity;
    let diagnostics: string[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const ctx = new DiagnosticCollector();
      best = Math.min(
        best,
        cpuMs(() => eventsStage.run(record, ctx)),
      );
      diagnostics = ctx.diagnostics.map((d) => d.ruleId);
    }
    return { ms: best, diagnostics };
  };
  const people = (n: number): FixtureEntity[] =>
    Array.from({ length: n }, (_, i): FixtureEntity => ({ type: 'person', name: `Nom${i}`, country: 'VNM' }));

  // Linear time: four times the input must cost well under the sixteen times a quadratic pass would.
  it.each([
    [
      '10k commas',
      (n: number) => `Le Vietnam ${', '.repeat(n)} a salué la Russie.`,
      () => [VNM, RUS],
      'events.long-sentence',
    ],
    [
      '500 names in one sentence',
      (n: number) =>
        `${Array.from({ length: n / 20 }, (_, i) => `Nom${i}`).join(' et ')} ont salué la Russie.`,
      (n: number) => [...people(n / 20), RUS],
      'events.long-sentence',
    ],
    [
      'repeated cues',
      (n: number) => `Le Vietnam ${'a salué '.repeat(n / 5)}la Russie.`,
      () => [VNM, RUS],
      'events.too-many-cues',
    ],
  ] as const)('%s: N vs 4N stays linear and is reported', (_name, build, entities, diagnostic) => {
    const small = runOn(build(2500), entities(2500));
    const large = runOn(build(10000), entities(10000));
    expect(large.diagnostics).toContain(diagnostic);
    expect(large.ms / Math.max(small.ms, 0.5)).toBeLessThan(10);
  });
});
