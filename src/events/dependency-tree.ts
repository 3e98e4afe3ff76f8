import { foldWord } from '../entities/fold.js';
import type { SyntaxAnalysis, SyntaxSentence, SyntaxWord } from '../syntax/types.js';
import { repairedWords, type TreeRepairWords } from './tree-repairs.js';

/** Parts of speech that can carry an event (the cue's head word is one of them when the cue has one). */
const CONTENT = new Set(['VERB', 'NOUN', 'PROPN', 'ADJ']);

/**
 * One parsed sentence with the lookups event coding needs: children by relation, subtrees and the
 * word under a character offset. Relations are compared without their subtype unless asked for.
 */
export class DependencyTree {
  readonly words: readonly SyntaxWord[];
  private readonly children: SyntaxWord[][];

  constructor(
    readonly sentence: SyntaxSentence,
    repairs: TreeRepairWords | null = null,
  ) {
    this.words = repairedWords(sentence.words, repairs);
    this.children = this.words.map(() => []);
    for (const word of this.words) {
      if (word.head > 0) this.children[word.head - 1]?.push(word);
    }
  }

  word(id: number): SyntaxWord | undefined {
    return id > 0 ? this.words[id - 1] : undefined;
  }

  head(word: SyntaxWord): SyntaxWord | undefined {
    return this.word(word.head);
  }

  /** Dependents of `word` whose relation is one of `relations` ("obl" matches "obl:arg"; "obl:arg" only itself). */
  dependents(word: SyntaxWord, ...relations: string[]): SyntaxWord[] {
    const all = this.children[word.id - 1] ?? [];
    if (relations.length === 0) return all;
    return all.filter((child) => relations.some((relation) => hasRelation(child, relation)));
  }

  /** The words of the subtree of `word` (itself included), in sentence order, leaving out branches by relation. */
  subtree(word: SyntaxWord, without: readonly string[] = []): SyntaxWord[] {
    return this.subtreeWhere(word, (child) => !without.some((relation) => hasRelation(child, relation)));
  }

  /** The words of the subtree of `word` (itself included), in sentence order, entering only the branches `enter` accepts. */
  subtreeWhere(word: SyntaxWord, enter: (child: SyntaxWord) => boolean): SyntaxWord[] {
    const found: SyntaxWord[] = [];
    const stack = [word];
    // A malformed tree (a cycle) must not hang: each word is visited once.
    const seen = new Set<number>();
    while (stack.length > 0) {
      const current = stack.pop()!;
      if (seen.has(current.id)) continue;
      seen.add(current.id);
      found.push(current);
      for (const child of this.dependents(current)) if (enter(child)) stack.push(child);
    }
    return found.sort((a, b) => a.id - b.id);
  }

  /** Whether `ancestor` dominates `word` (a word dominates itself). */
  dominates(ancestor: SyntaxWord, word: SyntaxWord): boolean {
    let current: SyntaxWord | undefined = word;
    for (let steps = 0; current && steps <= this.words.length; steps++) {
      if (current.id === ancestor.id) return true;
      current = this.head(current);
    }
    return false;
  }

  /**
   * The dependent of `ancestor` on the path down to `word` (the word itself when it depends on
   * `ancestor`), or null when `ancestor` does not dominate `word` or is `word`.
   */
  childTowards(ancestor: SyntaxWord, word: SyntaxWord): SyntaxWord | null {
    let current: SyntaxWord | undefined = word;
    for (let steps = 0; current && steps <= this.words.length; steps++) {
      const head = this.head(current);
      if (head?.id === ancestor.id) return current;
      current = head;
    }
    return null;
  }

  /** Words overlapping the character span [start, end). */
  wordsIn(start: number, end: number): SyntaxWord[] {
    return this.words.filter((word) => word.start < end && word.end > start);
  }

  /**
   * The word that heads a span: a content word of the span whose head lies outside it ("conversation"
   * in "conversation téléphonique", "entretenu" in "s'est entretenu avec"), else the first such word.
   */
  headOf(start: number, end: number): SyntaxWord | null {
    const inside = this.wordsIn(start, end);
    const ids = new Set(inside.map((word) => word.id));
    const tops = inside.filter((word) => !ids.has(word.head));
    return (
      tops.find((word) => CONTENT.has(word.upos)) ??
      inside.find((w) => CONTENT.has(w.upos)) ??
      tops[0] ??
      null
    );
  }
}

/** Whether a word lies wholly outside a character span (a cue's words are inside its span). */
export function outsideSpan(word: SyntaxWord, span: { start: number; end: number }): boolean {
  return word.end <= span.start || word.start >= span.end;
}

/** A word's folded lemma (its form when the model gave none): the key of every word list read on a tree. */
export function lemmaKey(word: SyntaxWord): string {
  return foldWord(word.lemma || word.form);
}

/** Whether a noun has a determiner among `determiners` (folded), by its form or its lemma ("la", "cette", "these"). */
export function determinedBy(
  tree: DependencyTree,
  noun: SyntaxWord,
  determiners: ReadonlySet<string>,
): boolean {
  return tree
    .dependents(noun, 'det')
    .some((det) => determiners.has(foldWord(det.form)) || determiners.has(foldWord(det.lemma)));
}

/** Whether a clause is introduced by one of `marks` (folded lemmas): "pour protester", "to send". */
export function markedBy(tree: DependencyTree, clause: SyntaxWord, marks: ReadonlySet<string>): boolean {
  return tree.dependents(clause, 'mark').some((mark) => marks.has(lemmaKey(mark)));
}

/** "obl" matches "obl", "obl:arg", "obl:agent"; "obl:arg" matches itself only. */
export function hasRelation(word: SyntaxWord, relation: string): boolean {
  return relation.includes(':')
    ? word.deprel === relation
    : word.deprel === relation || word.deprel.startsWith(`${relation}:`);
}

/** The parsed sentences of a record with the tree of the one under an offset (built on first use). */
export class RecordTrees {
  private readonly trees = new Map<number, DependencyTree>();

  constructor(
    private readonly analysis: SyntaxAnalysis,
    private readonly repairs: TreeRepairWords | null = null,
  ) {}

  /** The tree of the sentence containing `offset`, or null when that sentence was not parsed. */
  at(offset: number): DependencyTree | null {
    const { sentences } = this.analysis;
    let low = 0;
    let high = sentences.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sentences[middle]!.end <= offset) low = middle + 1;
      else high = middle;
    }
    const sentence = sentences[low];
    if (!sentence || sentence.start > offset || sentence.words.length === 0) return null;
    let tree = this.trees.get(low);
    if (!tree) {
      tree = new DependencyTree(sentence, this.repairs);
      this.trees.set(low, tree);
    }
    return tree;
  }
}

/** Branches of a noun phrase that name other things than the phrase's referent (clauses, other conjuncts). */
export const NOT_THE_REFERENT = ['acl', 'ccomp', 'xcomp', 'advcl', 'conj', 'cc', 'parataxis', 'punct', 'dep'];

/** The preposition (lemma of the `case` marker) that introduces a phrase, or "" when none does. */
export function prepositionOf(tree: DependencyTree, word: SyntaxWord): string {
  const marker = tree.dependents(word, 'case')[0];
  return marker ? lemmaKey(marker) : '';
}

/**
 * A verb with a finite auxiliary of its own coordinated with an infinitive ("a demandé à X de retirer
 * ses navires **et a exhorté** Y à…"): the parser hung the next main-clause verb on the infinitive; it
 * is a clause of its own, neither part of what the infinitive says nor governed by what governs it.
 */
export function finiteConjunctOfInfinitive(tree: DependencyTree, word: SyntaxWord): boolean {
  if (!hasRelation(word, 'conj')) return false;
  const head = tree.head(word);
  if (!head || head.feats['VerbForm'] !== 'Inf') return false;
  return (
    word.feats['VerbForm'] === 'Fin' ||
    tree.dependents(word, 'aux').some((aux) => aux.feats['VerbForm'] === 'Fin')
  );
}

/** The nearest noun or proper noun before a word, wherever the parser hung either. */
export function nounBefore(tree: DependencyTree, word: SyntaxWord): SyntaxWord | undefined {
  return tree.words
    .slice(0, word.id - 1)
    .reverse()
    .find((candidate) => candidate.upos === 'NOUN' || candidate.upos === 'PROPN');
}

/**
 * The noun a relative pronoun stands for: the nearest noun before it, or the noun that name's phrase
 * completes ("les attentats de Manille, qui…" → "attentats").
 */
export function antecedent(tree: DependencyTree, pronoun: SyntaxWord): SyntaxWord | undefined {
  let noun = nounBefore(tree, pronoun);
  // The last word of a name is part of its head's phrase ("Ferdinand Marcos **Jr.**, who…").
  while (noun && hasRelation(noun, 'flat')) noun = tree.head(noun);
  for (let steps = 0; noun && hasRelation(noun, 'nmod') && steps < tree.words.length; steps++) {
    const head = tree.head(noun);
    if (!head || head.upos !== 'NOUN') break;
    noun = head;
  }
  return noun;
}
