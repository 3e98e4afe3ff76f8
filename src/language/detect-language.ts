import type { Stage } from '../pipeline/stage.js';
import type { ArticleRecord } from '../records/article.js';

const STOPWORDS: Record<string, string[]> = {
  fr: [
    'le',
    'la',
    'les',
    'des',
    'du',
    'de',
    'et',
    'est',
    'une',
    'un',
    'pour',
    'dans',
    'avec',
    'sur',
    'au',
    'aux',
    'que',
    'qui',
    'a',
    'ont',
    'ses',
    'leur',
    'par',
  ],
  en: [
    'the',
    'of',
    'and',
    'to',
    'in',
    'is',
    'was',
    'for',
    'on',
    'with',
    'that',
    'by',
    'has',
    'have',
    'a',
    'an',
    'its',
    'their',
    'at',
    'from',
    'as',
  ],
};

/** Stop-word vote between the supported languages; "und" when too little evidence. */
export function detectLanguage(text: string): string {
  const counts = new Map<string, number>();
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const [code, list] of Object.entries(STOPWORDS)) {
    const set = new Set(list);
    counts.set(code, words.filter((w) => set.has(w)).length);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 2 || (second && best[1] === second[1])) return 'und';
  return best[0];
}

export const languageStage: Stage<ArticleRecord, ArticleRecord> = {
  name: 'language',
  run(record) {
    record.language = detectLanguage(record.text);
    return record;
  },
};
