import type { ConlluSentence } from '../conllu.js';

export interface Span {
  start: number;
  end: number;
}

/** A treebank document rebuilt as raw text, with the gold surface tokens and sentences as spans. */
export interface TreebankDocument {
  id: string;
  text: string;
  tokens: Span[];
  sentences: Span[];
  /** Gold tokens whose form could not be found in the sentence's `# text`. */
  unaligned: number;
}

/** The surface tokens of a CoNLL-U sentence: a multiword range ("du", "don't") or a plain word. */
export function surfaceForms(sentence: ConlluSentence): string[] {
  const forms: string[] = [];
  const ranges = new Map(sentence.ranges.map((range) => [range.first, range]));
  for (let i = 0; i < sentence.words.length; i++) {
    const word = sentence.words[i]!;
    const range = ranges.get(word.id);
    forms.push(range?.form ?? word.form);
    if (range !== undefined)
      while (i + 1 < sentence.words.length && sentence.words[i + 1]!.id <= range.last) i++;
  }
  return forms;
}

/** A sentence ending with ".", "!", "?", "…" (maybe inside quotes or brackets) runs on after a space. */
const ENDS_WITH_TERMINATOR = /[.!?…][\s"'»”’)\]]*$/u;

/** "weblog-…-0004" → "weblog-…"; ids without a numbered suffix share one document per file. */
function documentId(sentId: string): string {
  const match = /^(.*)-\d+$/.exec(sentId);
  return match?.[1] ?? '';
}

/**
 * Rebuild the documents of a treebank (sentences grouped by `sent_id` prefix) as running text and
 * locate each gold token in it. The treebanks keep no paragraphs: a sentence ending with ".", "!",
 * "?" or "…" is followed by one space, any other (a title, a list item) by a line break, as it
 * would stand in an article.
 */
export function treebankDocuments(sentences: readonly ConlluSentence[]): TreebankDocument[] {
  const documents: TreebankDocument[] = [];
  let current: TreebankDocument | undefined;
  for (const sentence of sentences) {
    const id = documentId(sentence.sentId);
    if (current === undefined || current.id !== id) {
      current = { id, text: '', tokens: [], sentences: [], unaligned: 0 };
      documents.push(current);
    }
    const base = current.text.length === 0 ? 0 : current.text.length + 1;
    const separator = ENDS_WITH_TERMINATOR.test(current.text) ? ' ' : '\n';
    current.text = current.text.length === 0 ? sentence.text : `${current.text}${separator}${sentence.text}`;
    let cursor = 0;
    const first = current.tokens.length;
    for (const form of surfaceForms(sentence)) {
      const at = sentence.text.indexOf(form, cursor);
      if (at < 0) {
        current.unaligned++;
        continue;
      }
      current.tokens.push({ start: base + at, end: base + at + form.length });
      cursor = at + form.length;
    }
    if (current.tokens.length > first)
      current.sentences.push({ start: current.tokens[first]!.start, end: current.tokens.at(-1)!.end });
  }
  return documents;
}
