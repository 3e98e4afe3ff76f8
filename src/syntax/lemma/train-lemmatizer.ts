import { MAX_SUFFIX, ruleFor, type LemmatizerMeta } from './lemmatizer.js';
import { countValue, mostFrequent } from '../train/value-counts.js';

export interface LemmaExample {
  form: string;
  upos: string;
  lemma: string;
}

/** Words rarer than this in training teach suffix rules (frequent words are in the table anyway). */
const RULE_MAX_FREQUENCY = 10;

/** Build the form table and suffix rules from treebank words. Deterministic (sorted keys, ties by key). */
export function trainLemmatizer(examples: readonly LemmaExample[]): LemmatizerMeta {
  const byForm = new Map<string, Map<string, number>>();
  for (const { form, upos, lemma } of examples) {
    if (lemma === '_') continue;
    countValue(byForm, `${upos}\t${form}`, lemma);
  }
  const table: Record<string, string> = {};
  const keys = [...byForm.keys()].sort();
  for (const key of keys) table[key] = mostFrequent(byForm.get(key)!);
  const ruleCounts = new Map<string, Map<string, number>>();
  for (const key of keys) {
    const counts = byForm.get(key)!;
    let frequency = 0;
    for (const count of counts.values()) frequency += count;
    if (frequency > RULE_MAX_FREQUENCY) continue;
    const tab = key.indexOf('\t');
    const upos = key.slice(0, tab);
    if (upos === 'PROPN' || upos === 'PUNCT' || upos === 'NUM' || upos === 'SYM') continue;
    const lower = key.slice(tab + 1).toLowerCase();
    const lemma = table[key]!;
    const rule = ruleFor(lower, lemma.toLowerCase() === lemma ? lemma : lemma.toLowerCase());
    const encoded = `${rule.strip}\t${rule.add}`;
    for (let length = 0; length <= Math.min(MAX_SUFFIX, lower.length); length += 1) {
      countValue(ruleCounts, `${upos}\t${lower.slice(lower.length - length)}`, encoded);
    }
  }
  const winners = new Map<string, string>();
  for (const key of ruleCounts.keys()) winners.set(key, mostFrequent(ruleCounts.get(key)!));
  const rules: Record<string, [number, string]> = {};
  for (const key of [...winners.keys()].sort()) {
    const winner = winners.get(key)!;
    // A suffix whose rule is its shorter suffix's rule adds nothing: the look-up falls back to it.
    const tab = key.indexOf('\t');
    const suffix = key.slice(tab + 1);
    if (suffix.length > 0 && winners.get(`${key.slice(0, tab)}\t${suffix.slice(1)}`) === winner) continue;
    const split = winner.indexOf('\t');
    rules[key] = [Number(winner.slice(0, split)), winner.slice(split + 1)];
  }
  return { table, rules, keepCase: ['PROPN'] };
}
