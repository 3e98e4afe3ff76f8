import { lexiconEnd, ruleId, spanText, type Analysis } from './analysis.js';
import { foldWord } from './fold.js';

const MAX_STREET_WORDS = 4;

/** Street addresses ("16, rue La Boétie", "quai de la Tournelle") as places, with a house number before them. */
export function findStreets(analysis: Analysis): void {
  const { tokens, keys, lang } = analysis;
  if (lang.streetHeads.size === 0) return;
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token?.isWord || !lang.streetHeads.has(keys[index] ?? '') || analysis.gazetteerCovered[index])
      continue;
    if (isSeatAt(analysis, index)) continue;
    let position = tokens[index + 1]?.raw === '.' ? index + 2 : index + 1;
    const linkEnd = lexiconEnd(analysis, lang.streetLinks, position);
    if (linkEnd > 0) position = linkEnd;
    let words = 0;
    while (words < MAX_STREET_WORDS && tokens[position]?.capitalised && tokens[position]?.isWord) {
      words += 1;
      position += 1;
      if (tokens[position]?.raw === '-' && !tokens[position]?.spaceBefore && tokens[position + 1]?.isWord)
        position += 2;
    }
    if (words === 0) continue;
    const start = houseNumberStart(analysis, index);
    analysis.gazetteerCovered.fill(1, start, position);
    analysis.mentions.push({
      type: 'place',
      key: `place:${foldWord(spanText(analysis, index, position))}`,
      name: spanText(analysis, index, position),
      country: null,
      tokenStart: start,
      tokenEnd: position,
      ruleId: ruleId(analysis, 'place.street'),
      form: 'name',
    });
    index = position - 1;
  }
}

/** "16, rue …": the token index of the house number, or the street head itself. */
function houseNumberStart(analysis: Analysis, head: number): number {
  const comma = analysis.tokens[head - 1];
  const number = analysis.tokens[head - 2];
  if (comma?.raw === ',' && number && /^\p{N}+$/u.test(number.raw)) return head - 2;
  if (comma && /^\p{N}+$/u.test(comma.raw)) return head - 1;
  return head;
}

/** "Quai d'Orsay", "Downing Street": a seat of government, left to the organisations step. */
function isSeatAt(analysis: Analysis, index: number): boolean {
  const end = lexiconEnd(analysis, analysis.lang.standaloneOrgs, index);
  return end > 0 && analysis.lang.seats.has(analysis.keys.slice(index, end).join(' '));
}
