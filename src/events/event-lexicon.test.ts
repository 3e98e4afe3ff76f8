import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePack } from './compiled-pack.js';
import { loadEventLanguagePack } from './event-lexicon.js';
import { readTsv } from './lexicon-tsv.js';
import { regularFrenchForms } from './inflect-fr.js';
import { cameoMapping } from './plover-mapping.js';

const vocabulary = (name: string, key: string): Set<string> =>
  new Set(
    (
      JSON.parse(readFileSync(new URL(`../../data/plover/${name}`, import.meta.url), 'utf8')) as Record<
        string,
        string[]
      >
    )[key],
  );
const contexts = vocabulary('contexts.json', 'contexts');
const sectors = vocabulary('sectors.json', 'sectors');

describe.each(['fr', 'en'])('event lexicon %s', (language) => {
  const pack = loadEventLanguagePack(language);

  it('compiles every cue pattern, lemma and frame (a bad row fails here, not as a crash per record)', () => {
    expect(() => compilePack(pack)).not.toThrow();
  });

  it('covers all 16 PLOVER types', () => {
    expect(new Set(pack.cues.map((cue) => cue.event).filter(Boolean)).size).toBe(16);
  });

  it('gives every cue a CAMEO code of its own PLOVER type and a confidence', () => {
    for (const cue of pack.cues.filter((c) => c.event !== null)) {
      expect(cameoMapping(cue.cameo)?.plover, `${cue.ruleId} ${cue.cameo}`).toBe(cue.event);
      expect(cue.confidence).toBeGreaterThan(0);
      expect(
        cue.ruleId.startsWith(`${language}.${cue.event!.toLowerCase()}.`) ||
          cue.ruleId.includes('.support.apology'),
      ).toBe(true);
    }
  });

  it('uses only the PLOVER contexts and Entente sectors', () => {
    for (const context of [...pack.cues.flatMap((c) => c.context), ...pack.topics.map((t) => t.context)]) {
      if (context) expect(contexts.has(context), context).toBe(true);
    }
    for (const topic of pack.topics)
      if (topic.sector) expect(sectors.has(topic.sector), topic.sector).toBe(true);
  });
});

describe('mapping table', () => {
  it('has one well-formed row per code and falls back to the parent code', () => {
    const rows = readTsv(
      readFileSync(new URL('../../data/plover/plover-cameo.tsv', import.meta.url), 'utf8'),
    );
    expect(new Set(rows.map((r) => r.cameo)).size).toBe(rows.length);
    expect(cameoMapping('0412')?.cameo).toBe('041');
    expect(cameoMapping('999')).toBeNull();
  });
});

describe('regularFrenchForms', () => {
  it('inflects first- and second-group verbs with their spelling changes', () => {
    expect(regularFrenchForms('lancer')).toEqual(expect.arrayContaining(['lancé', 'lançant', 'lancent']));
    expect(regularFrenchForms('rejeter')).toEqual(expect.arrayContaining(['rejette', 'rejeté']));
    expect(regularFrenchForms("s'engager")).toEqual(expect.arrayContaining(['engagés', 'engageant']));
    expect(regularFrenchForms('saisir')).toEqual(expect.arrayContaining(['saisi', 'saisissent']));
    expect(regularFrenchForms('envoyer')).toEqual(expect.arrayContaining(['envoie', 'envoyé']));
  });
});
