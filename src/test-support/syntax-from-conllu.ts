import { parseConllu, parseFeats, type ConlluSentence } from '../syntax/conllu.js';
import type { SurfaceToken, SyntaxAnalysis, SyntaxLanguage, SyntaxSentence, Upos } from '../syntax/types.js';

/** Where `form` starts in `text` at or after `from`, skipping white space only. */
function locate(text: string, form: string, from: number, sentence: ConlluSentence): number {
  let at = from;
  while (at < text.length && /\s/u.test(text[at]!)) at++;
  if (!text.startsWith(form, at)) {
    throw new Error(`tree fixture ${sentence.sentId}: "${form}" not found at offset ${at} of the text`);
  }
  return at;
}

/**
 * A syntax analysis of `text` from hand-written CoNLL-U trees (one per sentence of the text, in
 * order), the words placed by their forms (a multiword token by its range's form). Test helper.
 */
export function syntaxFromConllu(text: string, conllu: string, language: SyntaxLanguage): SyntaxAnalysis {
  const sentences: SyntaxSentence[] = [];
  let cursor = 0;
  for (const parsed of parseConllu(conllu)) {
    cursor = locate(text, parsed.text.slice(0, 1), cursor, parsed);
    const tokens: SurfaceToken[] = [];
    const words: SyntaxSentence['words'] = [];
    const start = cursor;
    for (const word of parsed.words) {
      const range = parsed.ranges.find((r) => r.first <= word.id && word.id <= r.last);
      if (!range || range.first === word.id) {
        const form = range ? range.form : word.form;
        const at = locate(text, form, cursor, parsed);
        tokens.push({ start: at, end: at + form.length, text: form });
        cursor = at + form.length;
      }
      const token = tokens[tokens.length - 1]!;
      words.push({
        id: word.id,
        form: word.form,
        lemma: word.lemma,
        upos: word.upos as Upos,
        feats: parseFeats(word.feats),
        head: word.head,
        deprel: word.deprel,
        start: token.start,
        end: token.end,
        token: tokens.length - 1,
      });
    }
    sentences.push({ start, end: cursor, tokens, words });
  }
  return { language, sentences, tagHints: [], phraseHints: [] };
}
