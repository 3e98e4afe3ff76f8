import type { ConlluSentence } from '../conllu.js';
import type { SyntaxModel } from '../syntax-model.js';

/** Relations reported one by one (those event coding reads). */
export const REPORTED_RELATIONS = [
  'nsubj',
  'nsubj:pass',
  'obj',
  'iobj',
  'obl',
  'obl:agent',
  'obl:arg',
  'obl:mod',
  'xcomp',
  'ccomp',
  'advcl',
  'acl',
  'acl:relcl',
  'conj',
  'cc',
  'appos',
  'nmod',
  'flat:name',
  'aux:pass',
  'expl:pass',
  'advmod',
  'case',
  'det',
  'punct',
];

export interface RelationScore {
  gold: number;
  predicted: number;
  correct: number;
}

export interface SyntaxScores {
  sentences: number;
  words: number;
  upos: number;
  lemma: number;
  uas: number;
  /** Head and universal relation right (subtypes ignored), as the CoNLL 2018 shared task scores. */
  las: number;
  /** Head and full relation right, subtype included. */
  lasSubtypes: number;
  relations: Map<string, RelationScore>;
  seconds: number;
  /** CPU time of the process while parsing (what one core spent, whatever else the machine ran). */
  cpuSeconds: number;
  /** CPU time of a second, warm pass of the whole analysis (compiled code, filled caches). */
  warmCpuSeconds: number;
  /** CPU time of a pass of the tagger alone (UPOS and features), warm. */
  taggerCpuSeconds: number;
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const cpu = process.cpuUsage(start);
  return (cpu.user + cpu.system) / 1e6;
}

const universal = (relation: string): string => relation.split(':')[0]!;

/** Parse the gold words of each sentence and compare with the gold annotation (punctuation included). */
export function scoreSyntax(model: SyntaxModel, gold: readonly ConlluSentence[]): SyntaxScores {
  const relations = new Map<string, RelationScore>(
    REPORTED_RELATIONS.map((relation) => [relation, { gold: 0, predicted: 0, correct: 0 }]),
  );
  let words = 0;
  let upos = 0;
  let lemma = 0;
  let uas = 0;
  let las = 0;
  let lasSubtypes = 0;
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  for (const sentence of gold) {
    const forms = sentence.words.map((word) => word.form);
    const analysis = model.analyzeWords(forms);
    sentence.words.forEach((word, i) => {
      words += 1;
      if (analysis.upos[i] === word.upos) upos += 1;
      if (analysis.lemmas[i] === word.lemma) lemma += 1;
      const headRight = analysis.heads[i] === word.head;
      const predictedRelation = analysis.deprels[i]!;
      if (headRight) uas += 1;
      if (headRight && universal(predictedRelation) === universal(word.deprel)) las += 1;
      if (headRight && predictedRelation === word.deprel) lasSubtypes += 1;
      const goldScore = relations.get(word.deprel);
      if (goldScore) {
        goldScore.gold += 1;
        if (headRight && predictedRelation === word.deprel) goldScore.correct += 1;
      }
      const predictedScore = relations.get(predictedRelation);
      if (predictedScore) predictedScore.predicted += 1;
    });
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSince(cpuStart);
  const sentences = gold.map((sentence) => sentence.words.map((word) => word.form));
  const warmStart = process.cpuUsage();
  for (const forms of sentences) model.analyzeWords(forms);
  const warmCpuSeconds = cpuSince(warmStart);
  const taggerStart = process.cpuUsage();
  for (const forms of sentences) model.tagger.tag(forms);
  const taggerCpuSeconds = cpuSince(taggerStart);
  const share = (count: number): number => (words === 0 ? 0 : count / words);
  return {
    sentences: gold.length,
    words,
    upos: share(upos),
    lemma: share(lemma),
    uas: share(uas),
    las: share(las),
    lasSubtypes: share(lasSubtypes),
    relations,
    seconds,
    cpuSeconds,
    warmCpuSeconds,
    taggerCpuSeconds,
  };
}

/** The report `entente eval syntax` prints; its last line is the machine-readable summary. */
export function formatSyntaxScores(scores: SyntaxScores, label: string): string {
  const f = (value: number): string => value.toFixed(4);
  const perCpuSecond = (cpuSeconds: number): number => Math.round(scores.words / Math.max(cpuSeconds, 1e-9));
  const lines = [
    `${label}: ${scores.sentences} sentences, ${scores.words} words (gold words, punctuation included)`,
    `UPOS ${f(scores.upos)}  lemma ${f(scores.lemma)}  UAS ${f(scores.uas)}  LAS ${f(scores.las)}  LAS with subtypes ${f(scores.lasSubtypes)}`,
    `speed: ${perCpuSecond(scores.cpuSeconds)} words per CPU second, ` +
      `${Math.round(scores.words / Math.max(scores.seconds, 1e-9))} words/s wall clock (tagger + lemmatizer + parser, one thread, first pass)`,
    `speed, second pass: ${perCpuSecond(scores.warmCpuSeconds)} words per CPU second (tagger + lemmatizer + parser); ` +
      `tagger alone ${perCpuSecond(scores.taggerCpuSeconds)} words per CPU second`,
    '',
    'relation       gold  pred  LAS-recall  LAS-precision  (full relation, subtype included)',
  ];
  for (const [relation, score] of scores.relations) {
    if (score.gold === 0 && score.predicted === 0) continue;
    const recall = score.gold ? score.correct / score.gold : 0;
    const precision = score.predicted ? score.correct / score.predicted : 0;
    lines.push(
      `${relation.padEnd(14)} ${String(score.gold).padStart(5)} ${String(score.predicted).padStart(5)}  ${f(recall)}      ${f(precision)}`,
    );
  }
  lines.push('');
  lines.push(
    `UPOS ${f(scores.upos)} LEMMA ${f(scores.lemma)} UAS ${f(scores.uas)} LAS ${f(scores.las)} n ${scores.sentences}`,
  );
  return lines.join('\n');
}
