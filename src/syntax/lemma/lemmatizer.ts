/**
 * Lemmas: the treebank's form→lemma table (by form and UPOS), then suffix edit rules learned from
 * the same table for unseen words ("négociations" + NOUN → strip "s"; "rencontré" + VERB → "é"→"er").
 */

/** An edit: strip `strip` code units from the lower-cased form's end, then append `add`. */
export interface LemmaRule {
  strip: number;
  add: string;
}

export interface LemmatizerMeta {
  /** `${upos}\t${form}` → lemma (exact form first, then lower case). */
  table: Record<string, string>;
  /** `${upos}\t${suffix}` → rule, for suffixes of 0..MAX_SUFFIX characters. */
  rules: Record<string, [number, string]>;
  /** UPOS whose lemma keeps the form's case (PROPN). */
  keepCase: string[];
}

export const MAX_SUFFIX = 6;

/** The edit turning a lower-cased form into its lemma. */
export function ruleFor(form: string, lemma: string): LemmaRule {
  let common = 0;
  const limit = Math.min(form.length, lemma.length);
  while (common < limit && form[common] === lemma[common]) common += 1;
  return { strip: form.length - common, add: lemma.slice(common) };
}

/** `${upos}\t${key}` → value entries as one map per UPOS (no key string built per lookup). */
function byUpos<T>(entries: Record<string, T>): Map<string, Map<string, T>> {
  const maps = new Map<string, Map<string, T>>();
  for (const [key, value] of Object.entries(entries)) {
    const tab = key.indexOf('\t');
    const upos = key.slice(0, tab);
    let map = maps.get(upos);
    if (!map) maps.set(upos, (map = new Map()));
    map.set(key.slice(tab + 1), value);
  }
  return maps;
}

const NONE = new Map<string, never>();

export class Lemmatizer {
  private readonly table: Map<string, Map<string, string>>;
  private readonly rules: Map<string, Map<string, [number, string]>>;
  private readonly keepCase: Set<string>;

  constructor(meta: LemmatizerMeta) {
    this.table = byUpos(meta.table);
    this.rules = byUpos(meta.rules);
    this.keepCase = new Set(meta.keepCase);
  }

  lemma(form: string, upos: string): string {
    const table = this.table.get(upos) ?? NONE;
    const exact = table.get(form);
    if (exact !== undefined) return exact;
    const lower = form.toLowerCase();
    const folded = table.get(lower);
    if (folded !== undefined) return folded;
    if (upos === 'PUNCT' || upos === 'SYM' || upos === 'NUM' || /^\P{L}*$/u.test(form)) return form;
    if (this.keepCase.has(upos)) return form;
    const rules = this.rules.get(upos) ?? NONE;
    for (let length = Math.min(MAX_SUFFIX, lower.length); length >= 0; length -= 1) {
      const rule = rules.get(lower.slice(lower.length - length));
      if (!rule) continue;
      const [strip, add] = rule;
      if (strip > lower.length) continue;
      return lower.slice(0, lower.length - strip) + add;
    }
    return lower;
  }
}
