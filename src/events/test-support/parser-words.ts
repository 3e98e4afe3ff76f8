import type { SyntaxWord } from '../../syntax/types.js';

/** A parser word as a test writes it: form, UPOS, head id, relation, and features when they matter. */
export type WordRow = [string, string, number, string, Record<string, string>?];

/** [form, upos, head, deprel, feats] rows as the parser's words (offsets do not matter to the repairs). */
export function parserWords(rows: WordRow[]): SyntaxWord[] {
  return rows.map(([form, upos, head, deprel, feats], i) => ({
    id: i + 1,
    form,
    lemma: form.toLowerCase(),
    upos,
    feats: feats ?? {},
    head,
    deprel,
    start: 0,
    end: 0,
    token: i,
  })) as SyntaxWord[];
}
