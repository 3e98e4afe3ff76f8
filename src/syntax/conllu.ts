import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

/** One word line of a CoNLL-U file (ids are 1-based; empty nodes "8.1" are dropped). */
export interface ConlluWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  head: number;
  deprel: string;
  misc: string;
}

/** A multiword token range ("4-5 du"). */
export interface ConlluRange {
  first: number;
  last: number;
  form: string;
  misc: string;
}

export interface ConlluSentence {
  sentId: string;
  text: string;
  words: ConlluWord[];
  ranges: ConlluRange[];
}

/** Parse CoNLL-U text; comment lines other than `sent_id` and `text` are ignored. */
export function parseConllu(source: string): ConlluSentence[] {
  const sentences: ConlluSentence[] = [];
  let current: ConlluSentence = { sentId: '', text: '', words: [], ranges: [] };
  const flush = (): void => {
    if (current.words.length > 0) sentences.push(current);
    current = { sentId: '', text: '', words: [], ranges: [] };
  };
  for (const line of source.split('\n')) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (line.startsWith('#')) {
      const match = /^#\s*(sent_id|text)\s*=\s?(.*)$/.exec(line);
      if (match?.[1] === 'sent_id') current.sentId = match[2]!.trim();
      else if (match?.[1] === 'text') current.text = match[2]!;
      continue;
    }
    const cols = line.split('\t');
    if (cols.length < 10)
      throw new Error(`CoNLL-U: expected 10 columns, got ${cols.length}: ${line.slice(0, 80)}`);
    const id = cols[0]!;
    if (id.includes('.')) continue;
    const dash = id.indexOf('-');
    if (dash > 0) {
      current.ranges.push({
        first: Number(id.slice(0, dash)),
        last: Number(id.slice(dash + 1)),
        form: cols[1]!,
        misc: cols[9]!,
      });
      continue;
    }
    current.words.push({
      id: Number(id),
      form: cols[1]!,
      lemma: cols[2]!,
      upos: cols[3]!,
      xpos: cols[4]!,
      feats: cols[5]!,
      head: cols[6] === '_' ? 0 : Number(cols[6]),
      deprel: cols[7]!,
      misc: cols[9]!,
    });
  }
  flush();
  return sentences;
}

/** Read a CoNLL-U file, gunzipping `.gz`. */
export function readConlluFile(path: string): ConlluSentence[] {
  const bytes = readFileSync(path);
  const text = path.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  return parseConllu(text);
}

/** "Mood=Ind|Tense=Pres" → { Mood: 'Ind', Tense: 'Pres' } ("_" → {}). */
export function parseFeats(feats: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (feats === '_' || feats === '') return out;
  for (const pair of feats.split('|')) {
    const eq = pair.indexOf('=');
    if (eq > 0) out[pair.slice(0, eq)] = pair.slice(eq + 1);
  }
  return out;
}

/** { Mood: 'Ind' } → "Mood=Ind" (sorted as UD requires; {} → "_"). */
export function formatFeats(feats: Readonly<Record<string, string>>): string {
  const keys = Object.keys(feats).sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : 1));
  return keys.length === 0 ? '_' : keys.map((key) => `${key}=${feats[key]}`).join('|');
}
