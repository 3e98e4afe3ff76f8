import type { ArticleRecord } from '../../records/article.js';

/** The text an article is searched by besides its title: its body (all of it when untitled). */
export function articleBody(record: ArticleRecord): string {
  return searchBody(record.title, record.text, record.paragraphs[1]?.start);
}

/** `articleBody` from the record's title, text and its second paragraph's start (UTF-16 offset). */
export function searchBody(title: string | null, text: string, secondParagraph: number | undefined): string {
  return title ? text.slice(secondParagraph ?? 0) : text;
}
