import { formatCounts, prf, type Counts } from '../../eval/ner-metrics.js';
import { readConlluFile } from '../conllu.js';
import type { SyntaxLanguage, TokenizedSentence } from '../types.js';
import { tokenizeText } from './tokenize-text.js';
import { treebankDocuments, type Span, type TreebankDocument } from './treebank-documents.js';

export interface TokenizeScores {
  tokens: Counts;
  sentences: Counts;
  goldSentences: number;
  unaligned: number;
  tokensPerSecond: number;
  misses: string[];
}

const MISS_CONTEXT = 30;
/** The speed figure is the mean of timed passes after warm-up passes (the JIT compiles the hot paths). */
const WARM_UP_PASSES = 10;
const TIMED_PASSES = 10;

/** Count exact span matches between two lists sorted by start (one pass). */
function matchSpans(
  gold: readonly Span[],
  predicted: readonly Span[],
  onMiss?: (kind: string, span: Span) => void,
): Counts {
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  let g = 0;
  let p = 0;
  while (g < gold.length || p < predicted.length) {
    const a = gold[g];
    const b = predicted[p];
    if (a !== undefined && b !== undefined && a.start === b.start && a.end === b.end) {
      counts.tp++;
      g++;
      p++;
    } else if (
      b === undefined ||
      (a !== undefined && (a.start < b.start || (a.start === b.start && a.end < b.end)))
    ) {
      counts.fn++;
      onMiss?.('FN', a!);
      g++;
    } else {
      counts.fp++;
      onMiss?.('FP', b);
      p++;
    }
  }
  return counts;
}

function addInto(total: Counts, more: Counts): void {
  total.tp += more.tp;
  total.fp += more.fp;
  total.fn += more.fn;
}

function scoreDocument(
  document: TreebankDocument,
  sentences: readonly TokenizedSentence[],
  scores: TokenizeScores,
  keepMisses: boolean,
): void {
  const tokens: Span[] = sentences.flatMap((sentence) => sentence.tokens);
  const miss = (kind: string, span: Span): void => {
    if (scores.misses.length >= 2000) return;
    const before = document.text.slice(Math.max(0, span.start - MISS_CONTEXT), span.start);
    const after = document.text.slice(span.end, span.end + MISS_CONTEXT);
    scores.misses.push(
      `${kind} ${before}⟦${document.text.slice(span.start, span.end)}⟧${after}`.replace(/\n/g, ' '),
    );
  };
  addInto(scores.tokens, matchSpans(document.tokens, tokens, keepMisses ? miss : undefined));
  addInto(
    scores.sentences,
    matchSpans(
      document.sentences,
      sentences,
      keepMisses
        ? (kind, span) => miss(`${kind}-sentence`, { start: span.end - 1, end: span.end })
        : undefined,
    ),
  );
}

/** Token and sentence-boundary F1 of `tokenizeText` against a UD treebank's surface tokens. */
export function scoreTokenizer(path: string, language: SyntaxLanguage, keepMisses = false): TokenizeScores {
  const documents = treebankDocuments(readConlluFile(path));
  const scores: TokenizeScores = {
    tokens: { tp: 0, fp: 0, fn: 0 },
    sentences: { tp: 0, fp: 0, fn: 0 },
    goldSentences: documents.reduce((sum, document) => sum + document.sentences.length, 0),
    unaligned: documents.reduce((sum, document) => sum + document.unaligned, 0),
    tokensPerSecond: 0,
    misses: [],
  };
  for (let pass = 0; pass < WARM_UP_PASSES; pass++)
    for (const document of documents) tokenizeText(document.text, language);
  const began = process.cpuUsage();
  let results: TokenizedSentence[][] = [];
  for (let pass = 0; pass < TIMED_PASSES; pass++)
    results = documents.map((document) => tokenizeText(document.text, language));
  const used = process.cpuUsage(began);
  const seconds = (used.user + used.system) / 1e6 / TIMED_PASSES;
  let tokens = 0;
  documents.forEach((document, index) => {
    const sentences = results[index]!;
    for (const sentence of sentences) tokens += sentence.tokens.length;
    scoreDocument(document, sentences, scores, keepMisses);
  });
  scores.tokensPerSecond = seconds === 0 ? 0 : tokens / seconds;
  return scores;
}

/** The printed report of `entente eval tokenize`; the last line is `TOKENS F1 x SENTENCES F1 x n N`. */
export function evalTokenize(path: string, language: SyntaxLanguage, showMisses = false): string {
  const scores = scoreTokenizer(path, language, showMisses);
  const lines = [
    `${path} (${language}): ${scores.goldSentences} sentences${scores.unaligned > 0 ? `, ${scores.unaligned} gold tokens not found in # text` : ''}`,
    formatCounts('tokens', scores.tokens),
    formatCounts('sentence boundaries', scores.sentences),
    `speed ${Math.round(scores.tokensPerSecond).toLocaleString('en-US')} tokens per CPU second (tokenizeText only, mean of ${TIMED_PASSES} passes after ${WARM_UP_PASSES} warm-up passes)`,
  ];
  if (showMisses) lines.push(...scores.misses.map((miss) => `  ${miss}`));
  lines.push(
    `TOKENS F1 ${prf(scores.tokens).f1.toFixed(4)} SENTENCES F1 ${prf(scores.sentences).f1.toFixed(4)} n ${scores.goldSentences}`,
  );
  return lines.join('\n');
}
