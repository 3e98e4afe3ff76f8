import { describe, expect, it } from 'vitest';
import { cpuMs as timeOf } from '../test-support/cpu-time.js';
import { extractEntities } from './entities-stage.js';

/**
 * Best times of two runs measured in turns, so that both see the same load on a busy machine; the
 * best time is the one least disturbed by other work.
 */
function bestTimesInTurns(first: () => void, second: () => void, turns: number): [number, number] {
  let bestFirst = Infinity;
  let bestSecond = Infinity;
  for (let turn = 0; turn < turns; turn += 1) {
    bestFirst = Math.min(bestFirst, timeOf(first));
    bestSecond = Math.min(bestSecond, timeOf(second));
  }
  return [bestFirst, bestSecond];
}

function repeat(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const NAMES = Array.from(
  { length: 500 },
  (_, index) => `l'ambassadeur Nguyen Van An${index.toString(36)}`,
).join(', ');

/** Pathological text: no punctuation, a page in capitals, 500 names in one sentence, unsupported scripts. */
function pathological(size: number): string {
  const quarter = Math.floor(size / 4);
  return [
    repeat('le ministre Dang Minh Khoi du Vietnam en Russie Comité central du Parti et ', quarter),
    repeat('LE MINISTÈRE RUSSE DES AFFAIRES ÉTRANGÈRES A DÉCLARÉ À MOSCOU QUE LE RDIF. ', quarter),
    repeat(`${NAMES}, le ministre et An0 `, quarter),
    repeat('越南与俄罗斯 Вьетнам и Россия فيتنام (ABC) XYZ ABC de la Banque Centrale (BCX) ', quarter),
  ].join('\n');
}

// Linear work takes about 4× as long on 4× the text and quadratic work 16×; the bound leaves room for a busy machine.
const MAX_GROWTH = 12;
const SIZE = 40_000;

describe('entity extraction on pathological input', () => {
  it('grows linearly: time on 4N over time on N', () => {
    const small = pathological(SIZE);
    const large = pathological(SIZE * 4);
    const [smallTime, largeTime] = bestTimesInTurns(
      () => extractEntities(small, 'fr'),
      () => extractEntities(large, 'fr'),
      5,
    );
    expect(largeTime / Math.max(smallTime, 0.5)).toBeLessThan(MAX_GROWTH);
  });

  it('survives a megabyte without punctuation and an empty text', () => {
    expect(extractEntities(repeat('mots sans ponctuation Vietnam ', 1_000_000), 'fr').length).toBeGreaterThan(
      0,
    );
    expect(extractEntities('', 'fr')).toEqual([]);
  });
});
