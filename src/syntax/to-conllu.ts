import { formatFeats } from './conllu.js';
import type { SyntaxSentence } from './types.js';

const clean = (value: string): string => value.replace(/[\t\n\r]/g, ' ') || '_';

/**
 * Sentences as CoNLL-U: contractions as ranges ("4-5 du"), each word's UTF-16 span in MISC as
 * `Offsets=start:end`, `SpaceAfter=No` where the next token is glued.
 */
export function toConllu(sentences: readonly SyntaxSentence[], text: string, idPrefix = 's'): string {
  const out: string[] = [];
  sentences.forEach((sentence, index) => {
    out.push(`# sent_id = ${idPrefix}${index + 1}`);
    out.push(`# text = ${text.slice(sentence.start, sentence.end).replace(/\s*\n\s*/g, ' ')}`);
    let w = 0;
    sentence.tokens.forEach((token, tokenIndex) => {
      const next = sentence.tokens[tokenIndex + 1];
      const glued = next !== undefined && next.start === token.end;
      const words = [];
      while (w < sentence.words.length && sentence.words[w]!.token === tokenIndex)
        words.push(sentence.words[w++]!);
      const misc = (word: { start: number; end: number }, last: boolean): string =>
        [`Offsets=${word.start}:${word.end}`, ...(last && glued ? ['SpaceAfter=No'] : [])].join('|');
      if (words.length > 1) {
        out.push(
          `${words[0]!.id}-${words[words.length - 1]!.id}\t${clean(token.text)}\t_\t_\t_\t_\t_\t_\t_\t${misc(token, true)}`,
        );
      }
      words.forEach((word, i) => {
        out.push(
          [
            word.id,
            clean(word.form),
            clean(word.lemma),
            word.upos,
            '_',
            formatFeats(word.feats),
            word.head,
            word.deprel,
            '_',
            words.length > 1 ? `Offsets=${word.start}:${word.end}` : misc(word, i === words.length - 1),
          ].join('\t'),
        );
      });
    });
    out.push('');
  });
  return out.length ? `${out.join('\n')}\n` : '';
}
