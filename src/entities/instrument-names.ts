import type { Analysis } from './analysis.js';

/** Words a French instrument's name puts between its head and the place ("Accord de Paris", "Traité de l'Atlantique"). */
const LINKS = new Set(['de', 'du', 'des', 'd', "'", 'l', 'la', 'of', 'the']);

/** A capitalised instrument head at `index` ("Convention", "Agreement"), not opening a sentence in lower case. */
function isHead(analysis: Analysis, index: number): boolean {
  const token = analysis.tokens[index];
  return (
    token?.isWord === true &&
    token.capitalised &&
    analysis.lang.instrumentHeads.has(analysis.keys[index] ?? '')
  );
}

/**
 * "la Convention de Vienne", "l'Accord de Paris", "the Paris Agreement", "the Treaty of Rome": a place
 * in the name of an instrument signed there names the instrument, not a party or where an act took
 * place. Its mention is dropped (states named so, "Accords de Minsk", stay states: only places go).
 */
export function dropPlacesInInstrumentNames(analysis: Analysis): void {
  if (analysis.lang.instrumentHeads.size === 0) return;
  analysis.mentions = analysis.mentions.filter((mention) => {
    if (mention.type !== 'place') return true;
    // English: the place opens the name ("the Vienna Convention", "the Paris Agreement").
    if (isHead(analysis, mention.tokenEnd)) return false;
    // Both: the head, links, then the place ("Convention de Vienne", "Treaty of Rome").
    let index = mention.tokenStart - 1;
    for (let links = 0; links < 3 && LINKS.has(analysis.keys[index] ?? ''); links += 1) index -= 1;
    return index === mention.tokenStart - 1 || !isHead(analysis, index);
  });
}
